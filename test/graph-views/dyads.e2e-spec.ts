import type { Driver } from 'neo4j-driver';
import { type TestApi, startSeededApi, stopTestApi } from '../support/test-api';

const ZELENSKYY = 'person:volodymyr-zelenskyy';
const DYAD_FIELDS = 'source { id } target { id } count kinds first last';

describe('dyads: who spoke to whom', () => {
  let api: TestApi;
  let driver: Driver;

  /** The dyads for a filter, as plain rows. */
  async function dyads(args: string): Promise<any[]> {
    const response = await api.graphql(`{ dyads${args} { ${DYAD_FIELDS} } }`);
    expect(response.errors).toBeUndefined();
    return response.data!['dyads'].map((d: any) => ({ ...d, source: d.source.id, target: d.target.id }));
  }

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('ranks Zelenskyy → Tokayev among the most active dyads, with its two interactions of 2025-08-10', async () => {
    const all = await dyads('(first: 500)');
    const counts = all.map((d) => d.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Three dyads share the top count of 2; ties go by source id, then target id.
    expect(all.slice(0, 3).map((d) => [d.source, d.target, d.count])).toEqual([
      ['org:kazakhstan-foreign-ministry', 'state:ukraine', 2],
      [ZELENSKYY, 'person:kassym-jomart-tokayev', 2],
      ['state:kazakhstan', 'state:ukraine', 2],
    ]);
    expect(all[3].count).toBe(1);
    expect(all[1]).toEqual({
      source: ZELENSKYY,
      target: 'person:kassym-jomart-tokayev',
      count: 2,
      kinds: ['CALL', 'STATEMENT'],
      first: '2025-08-10',
      last: '2025-08-10',
    });

    const his = await dyads(`(where: { initiators: ["${ZELENSKYY}"] })`);
    expect(his[0]).toMatchObject({ source: ZELENSKYY, target: 'person:kassym-jomart-tokayev', count: 2 });
    expect(his).toHaveLength(10);
  });

  it('lists every leader Zelenskyy called on 2025-08-09, one call each', async () => {
    const called = await dyads(
      `(where: { kinds: [CALL], initiators: ["${ZELENSKYY}"], from: "2025-08-09", to: "2025-08-09" })`,
    );
    expect(called.map((d) => d.target)).toEqual([
      'person:alexander-stubb',
      'person:donald-tusk',
      'person:emmanuel-macron',
      'person:giorgia-meloni',
      'person:keir-starmer',
      'person:pedro-sanchez',
      'person:ursula-von-der-leyen',
    ]);
    for (const dyad of called) {
      expect(dyad).toMatchObject({
        source: ZELENSKYY,
        count: 1,
        kinds: ['CALL'],
        first: '2025-08-09',
        last: '2025-08-09',
      });
    }
  });

  it('includes month-precision events in a filter on one day of that month', async () => {
    const august = await dyads('(where: { from: "2022-08-15", to: "2022-08-15" })');
    const pairs = august.map((d) => `${d.source} -> ${d.target}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'person:petr-vrublevsky -> person:kazakh-blogger',
        'org:kazakhstan-foreign-ministry -> person:petr-vrublevsky',
        'org:assembly-of-the-people-of-kazakhstan -> person:petr-vrublevsky',
        'org:kazakh-public-organizations -> person:petr-vrublevsky',
      ]),
    );
    expect(august.find((d) => d.target === 'person:kazakh-blogger')).toMatchObject({
      count: 1,
      kinds: ['STATEMENT'],
      first: '2022-08',
      last: '2022-08',
    });
    expect(pairs).not.toContain(`${ZELENSKYY} -> person:kassym-jomart-tokayev`);
  });

  it('returns at most `first` dyads and refuses first: 501 with LIMIT_EXCEEDED', async () => {
    expect(await dyads('(first: 2)')).toHaveLength(2);
    const response = await api.graphql('{ dyads(first: 501) { count } }');
    expect(response.status).toBe(200);
    expect(response.errors?.[0]).toMatchObject({
      message: 'first must be between 1 and 500; got 501',
      extensions: { code: 'LIMIT_EXCEEDED', argument: 'first' },
    });
  });
});
