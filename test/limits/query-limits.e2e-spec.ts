import { getIntrospectionQuery } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { type TestApi, startSeededApi, stopTestApi } from '../support/test-api';

/** Every field of an interaction, its participants and evidence: what an analyst exporting a page asks for. */
const FULL_INTERACTION = `
  id kind date datePrecision until dateStart dateEnd summary amount cameo dataset
  initiators { id kind name aliases description recognition wikidataId iso3 }
  targets { ... on Actor { id kind name aliases } ... on Place { id placeKind: kind name aliases } }
  mentions { ... on Actor { id kind name aliases } ... on Place { id placeKind: kind name aliases } }
  place { id kind name aliases description }
  evidence { quote source { id title publisher url publishedAt } }`;

describe('query limits', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('refuses a query nested deeper than 10 levels with LIMIT_EXCEEDED naming the depth limit', async () => {
    // actor → timeline → initiators → … : 12 levels.
    const chain = 'timeline { initiators { '.repeat(5);
    const response = await api.graphql(`query Deep { actor(id: "state:ukraine") { ${chain}id${' } }'.repeat(5)} } }`);
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: '"Deep" query is nested 12 levels deep; the query depth limit is 10',
        extensions: { code: 'LIMIT_EXCEEDED', depth: 12, limit: 10 },
      }),
    ]);
  });

  it('refuses three full pages of 500 interactions with LIMIT_EXCEEDED saying what they cost', async () => {
    const aliases = [1, 2, 3].map(
      (i) => `page${i}: interactions(first: 500) { edges { node { ${FULL_INTERACTION} } } }`,
    );
    const response = await api.graphql(`{ ${aliases.join(' ')} }`);
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toEqual({ code: 'LIMIT_EXCEEDED', cost: expect.any(Number), limit: 50000 });
    const { cost } = response.errors![0]!.extensions as { cost: number };
    expect(cost).toBeGreaterThan(50000);
    expect(response.errors![0]!.message).toMatch(
      new RegExp(`^query cost ${cost} exceeds the limit of 50000 per request: `),
    );
  });

  it('counts a page size passed in a variable', async () => {
    const page = (alias: string) => `${alias}: interactions(first: $n) { edges { node { ${FULL_INTERACTION} } } }`;
    const query = `query ($n: Int) { ${page('a')} ${page('b')} ${page('c')} }`;
    expect((await api.graphql(query, { n: 10 })).errors).toBeUndefined();
    expect((await api.graphql(query, { n: 500 })).errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('accepts two full pages of 500 interactions with every field', async () => {
    const response = await api.graphql(
      `{ interactions(first: 500) { totalCount edges { node { ${FULL_INTERACTION} } } }
         again: interactions(first: 500) { edges { node { ${FULL_INTERACTION} } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!['interactions'].edges).toHaveLength(response.data!['interactions'].totalCount);
  });

  it('refuses first: 501 on actors with LIMIT_EXCEEDED naming first', async () => {
    const response = await api.graphql('{ actors(first: 501) { totalCount } }');
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'first must be between 1 and 500; got 501',
        extensions: { code: 'LIMIT_EXCEEDED', argument: 'first' },
      }),
    ]);
  });

  it('still answers the introspection query GraphiQL sends, which is 15 levels deep', async () => {
    const response = await api.graphql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(response.errors).toBeUndefined();
    expect(response.data!['__schema'].queryType.name).toBe('Query');
  });

  it('reports ordinary validation errors as GRAPHQL_VALIDATION_FAILED, limits aside', async () => {
    const response = await api.graphql('{ actors { nope } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
