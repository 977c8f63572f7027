import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLError } from 'graphql';
import { MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH, queryLimitRules } from './query-limits';

// A recursive schema in the shape of the API's: paged lists with `first`, short lists without.
const schema = buildSchema(`
  type Query { actors(first: Int): [Actor!]!  actor(id: ID!): Actor }
  type Actor { id: ID!  name: String!  friends: [Actor!]!  interactions(first: Int, limit: Int): [Actor!]! }
`);

function errorsOf(query: string, variables: Record<string, unknown> = {}): readonly GraphQLError[] {
  // As mercurius runs them: graphql-js's own rules, then ours.
  return validate(schema, parse(query), [...specifiedRules, ...queryLimitRules({ variables })]);
}

/** `actor { friends { friends { … { id } } } }` with `levels` nested `friends`: depth levels + 2. */
const nested = (levels: number) => `{ actor(id: "a") { ${'friends { '.repeat(levels)}id${' }'.repeat(levels)} } }`;

describe('query limits', () => {
  it(`accepts a query ${MAX_QUERY_DEPTH} levels deep and refuses one deeper, naming the limit`, () => {
    expect(errorsOf(nested(MAX_QUERY_DEPTH - 2))).toEqual([]);
    const [error, ...more] = errorsOf(nested(MAX_QUERY_DEPTH - 1));
    expect(more).toEqual([]);
    expect(error!.message).toBe(`The query is nested 11 levels deep; the query depth limit is ${MAX_QUERY_DEPTH}`);
    expect(error!.extensions['code']).toBe('LIMIT_EXCEEDED');
  });

  it('counts fields inside fragments, and names the operation', () => {
    const query = `query Deep { actor(id: "a") { ...F } } fragment F on Actor { ${'friends { '.repeat(9)}id${' }'.repeat(9)} }`;
    expect(errorsOf(query).map((e) => e.message)).toEqual([
      `"Deep" query is nested 11 levels deep; the query depth limit is ${MAX_QUERY_DEPTH}`,
    ]);
  });

  it('survives a fragment cycle (reported by graphql-js itself)', () => {
    const errors = errorsOf('{ actor(id: "a") { ...A } } fragment A on Actor { friends { ...A } }');
    expect(errors.map((e) => e.message)).toEqual(['Cannot spread fragment "A" within itself.']);
  });

  it('does not count introspection, so GraphiQL still loads the schema', () => {
    expect(errorsOf(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toEqual([]);
  });

  it('multiplies a list by its first (or limit), default 50, and refuses an expensive query naming the cost', () => {
    // 5 aliases × (1 + 500 × (1 + 1 + (1 + 100 × 2))) = 5 × 101,501.
    const expensive = `{ ${[1, 2, 3, 4, 5].map((i) => `a${i}: actors(first: 500) { id name interactions(limit: 100) { id name } }`).join(' ')} }`;
    const [error] = errorsOf(expensive);
    expect(error!.extensions['code']).toBe('LIMIT_EXCEEDED');
    expect(error!.message).toMatch(new RegExp(`^query complexity 507505 exceeds the limit of ${MAX_QUERY_COMPLEXITY}`));
  });

  it('reads first from the variables', () => {
    const query = 'query ($n: Int) { actors(first: $n) { id interactions(first: 500) { id } } }';
    expect(errorsOf(query, { n: 1 })).toEqual([]);
    expect(errorsOf(query, { n: 500 })[0]!.message).toMatch(/^query complexity 251001 exceeds/);
  });

  it('counts first above 500 as 500, leaving the resolver to name the argument', () => {
    expect(errorsOf('{ actors(first: 100000) { id name } }')).toEqual([]);
  });
});
