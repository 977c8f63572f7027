import type { Driver } from 'neo4j-driver';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';

const ZELENSKYY = 'person:volodymyr-zelenskyy';
const TOKAYEV = 'person:kassym-jomart-tokayev';
const TRUMP = 'person:donald-trump';
const PUTIN = 'person:vladimir-putin';

// The filter keys analysts asked for (between, text) and the link options, over HTTP on the shipped data.
describe('between, text and link options', () => {
  let api: TestApi;
  let driver: Driver;

  async function data(query: string): Promise<any> {
    const response = await api.graphql(query);
    expect(response.errors).toBeUndefined();
    return response.data;
  }

  async function interactionIds(where: string): Promise<string[]> {
    const found = await data(`{ interactions(where: ${where}, orderBy: DATE_ASC) { edges { node { id } } } }`);
    return found.interactions.edges.map((e: any) => e.node.id);
  }

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('between: what Tokayev and Zelenskyy directed at each other, either way, in one query', async () => {
    const ids = await interactionIds(`{ between: ["${TOKAYEV}", "${ZELENSKYY}"] }`);
    expect(ids.sort()).toEqual([
      'interaction:2025-08-10-tokayev-reaffirms-interest-in-lasting-peace',
      'interaction:2025-08-10-zelenskyy-calls-tokayev',
      'interaction:2025-08-10-zelenskyy-emphasizes-european-support',
    ]);
    expect(await interactionIds(`{ between: ["${ZELENSKYY}", "${TOKAYEV}"] }`)).toEqual(
      await interactionIds(`{ between: ["${TOKAYEV}", "${ZELENSKYY}"] }`),
    );
    // Co-initiators are on the same side: the Alaska meeting is not "between" Trump and Putin.
    expect(await interactionIds(`{ between: ["${TRUMP}", "${PUTIN}"] }`)).toEqual([]);
  });

  it('text: every word, in the summary or a quote, accents and case folded, common words skipped', async () => {
    // The recall says "summons" in its summary and "summoned to the Foreign Ministry" in its quote.
    expect(await interactionIds('{ text: "summoned the Foreign Ministry" }')).toEqual([
      'interaction:2022-ukraine-recalls-vrublevsky',
      'interaction:2022-08-vrublevsky-summoned-to-kazakh-foreign-ministry',
    ]);
    expect(await interactionIds('{ text: "SÁNCHEZ", kinds: [CALL] }')).toEqual(
      await interactionIds('{ text: "sanchez", kinds: [CALL] }'),
    );
    expect((await interactionIds('{ text: "sanchez" }')).length).toBeGreaterThan(0);
    // Whole words only: no typo forgiven (that is what `search` is for).
    expect(await interactionIds('{ text: "summond" }')).toEqual([]);
  });

  it('refuses a text with no word and a between that is not two ids, naming the field', async () => {
    for (const [where, argument] of [
      ['{ text: "the of" }', 'where.text'],
      [`{ between: ["${TOKAYEV}"] }`, 'where.between'],
      [`{ between: ["${TOKAYEV}", "${TOKAYEV}"] }`, 'where.between'],
    ]) {
      const response = await api.graphql(`{ interactions(where: ${where}) { totalCount } }`);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('the Trump–Putin meeting in Alaska (two initiators, no target) is a co-participation dyad and counterpart', async () => {
    const { dyads } = await data('{ dyads(where: { kinds: [MEETING] }) { source { id } target { id } count modes } }');
    expect(dyads).toEqual([{ source: { id: TRUMP }, target: { id: PUTIN }, count: 1, modes: ['CO_PARTICIPATION'] }]);
    const off = await data('{ dyads(where: { kinds: [MEETING] }, links: { coParticipation: false }) { count } }');
    expect(off.dyads).toEqual([]);

    const { actor } = await data(`{ actor(id: "${PUTIN}") { counterparts { actor { id } count modes kinds first } } }`);
    expect(actor.counterparts).toEqual([
      { actor: { id: TRUMP }, count: 1, modes: ['CO_PARTICIPATION'], kinds: ['MEETING'], first: '2025-08' },
    ]);
  });

  it('mentions count only when asked for', async () => {
    const query = (links: string) =>
      `{ actor(id: "${PUTIN}") { counterparts(links: ${links}) { actor { id } modes } } }`;
    const without = (await data(query('{}'))).actor.counterparts;
    const withMentions = (await data(query('{ mentions: true }'))).actor.counterparts;
    expect(without.map((c: any) => c.actor.id)).toEqual([TRUMP]);
    expect(withMentions.map((c: any) => c.actor.id)).toEqual(
      expect.arrayContaining([TRUMP, 'state:russia', 'state:united-states', 'person:marat-shibutov']),
    );
    expect(withMentions.find((c: any) => c.actor.id === 'state:russia').modes).toEqual(['MENTION']);
  });
});
