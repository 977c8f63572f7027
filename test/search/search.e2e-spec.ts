import type { Driver } from 'neo4j-driver';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';

const HIT = `score actor { id kind name } place { id name } interaction { id kind summary }`;

interface Hit {
  score: number;
  actor: { id: string; kind: string; name: string } | null;
  place: { id: string; name: string } | null;
  interaction: { id: string; kind: string; summary: string } | null;
}

const idOf = (hit: Hit) => (hit.actor ?? hit.place ?? hit.interaction)!.id;

describe('search', () => {
  let api: TestApi;
  let driver: Driver;

  const search = async (text: string, args = '') => {
    const response = await api.graphql<{ search: Hit[] }>(
      `query ($text: String!) { search(text: $text${args}) { ${HIT} } }`,
      { text },
    );
    return response;
  };
  const hits = async (text: string, args = '') => {
    const { data, errors } = await search(text, args);
    expect(errors).toBeUndefined();
    return data!.search;
  };

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('finds Pedro Sánchez first for "Sanchez", accents ignored', async () => {
    const [first] = await hits('Sanchez');
    expect(first!.actor).toEqual({ id: 'person:pedro-sanchez', kind: 'PERSON', name: 'Pedro Sánchez' });
  });

  it('finds Zelenskyy first despite a typo ("Zelenski")', async () => {
    const [first] = await hits('Zelenski');
    expect(first!.actor?.id).toBe('person:volodymyr-zelenskyy');
  });

  it('finds Tokayev first despite a typo ("Tokaev" is also an alias; "Tokayv" is not)', async () => {
    expect(idOf((await hits('Tokayv'))[0]!)).toBe('person:kassym-jomart-tokayev');
  });

  it('sets exactly one of actor, place and interaction on every hit, best score first', async () => {
    const found = await hits('Kazakhstan', ', first: 100');
    expect(found.length).toBeGreaterThan(5);
    for (const hit of found) expect([hit.actor, hit.place, hit.interaction].filter(Boolean)).toHaveLength(1);
    const scores = found.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(found.some((hit) => hit.actor) && found.some((hit) => hit.interaction)).toBe(true);
  });

  it('finds places by name', async () => {
    expect((await hits('Almaty')).some((hit) => hit.place?.id === 'place:almaty')).toBe(true);
  });

  it('restricts hits to actors of the given kinds', async () => {
    const found = await hits('Kazakhstan', ', kinds: [STATE]');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((hit) => hit.actor?.kind === 'STATE')).toBe(true);
    expect(found[0]!.actor!.id).toBe('state:kazakhstan');
  });

  it('finds an interaction by a word found only in its quote', async () => {
    // "sparked" is in the evidence quote of Vrublevsky's remark, in no summary and no name.
    const found = await hits('sparked');
    expect(idOf(found[0]!)).toBe('interaction:2022-08-vrublevsky-remark-to-kazakh-blogger');
  });

  it('finds the "chaos" remark', async () => {
    const found = await hits('chaos');
    expect(found[0]!.interaction).toMatchObject({
      id: 'interaction:2022-06-tokayev-self-determination-chaos-remark',
      kind: 'STATEMENT',
    });
  });

  it('returns at most `first` hits', async () => {
    expect(await hits('Kazakhstan', ', first: 3')).toHaveLength(3);
  });

  it('answers an empty list when nothing matches', async () => {
    expect(await hits('qwxzvbnm')).toEqual([]);
  });

  it.each(['', '   '])('refuses blank text %j as BAD_USER_INPUT naming text', async (text) => {
    const { errors } = await search(text);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    expect(errors?.[0]?.message).toMatch(/^text /);
  });

  it('refuses first: 501 naming first', async () => {
    const { errors } = await search('Zelensky', ', first: 501');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'first' });
  });

  it.each([
    ['a closing quote and OR', '") OR 1=1 //'],
    ['match-all syntax', '*:*'],
    ['a field and tildes', 'name:x~~'],
    ['a lone backslash', '\\'],
    ['a dangling operator', 'Zelensky AND NOT'],
    ['open parentheses', '((('],
    ['an unbalanced quote', '"unbalanced'],
    ['10,000 characters', 'a'.repeat(10_000)],
    ['forty words', Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')],
    ['a stop word', 'the'],
  ])('answers %s cleanly or as BAD_USER_INPUT, never INTERNAL', async (_label, text) => {
    const { data, errors } = await search(text);
    if (errors) {
      expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(errors[0]!.extensions?.['argument']).toBe('text');
    } else {
      expect(Array.isArray(data!.search)).toBe(true);
    }
  });

  it('treats operators as words: "Putin OR" finds Putin, not everything', async () => {
    const found = await hits('Putin OR');
    expect(found[0]!.actor?.id).toBe('person:vladimir-putin');
  });
});
