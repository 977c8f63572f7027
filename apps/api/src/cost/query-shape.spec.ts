import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { aliasCapRule } from './alias-cap.rule';
import { InMemoryCostStore } from './cost-store';
import { expandedSize } from './expanded-size';
import { queryDepthRule } from './query-depth.rule';
import { sourceCapErrors } from './source-caps';

const schema = buildSchema(`
  type Query { actor(id: ID!): Actor }
  type Actor { id: ID!  name: String!  friends: [Actor!]! }
`);

/** F1…Fn, each spreading the previous one twice inside `friends`: 2^n fields, depth n + 2 (actor, n friends, id). */
function chain(n: number): string {
  let query = `query { actor(id: "a") { ...F${n} } } fragment F0 on Actor { id name } `;
  for (let i = 1; i <= n; i += 1) query += `fragment F${i} on Actor { friends { ...F${i - 1} ...F${i - 1} } } `;
  return query;
}

describe('the shape of a query', () => {
  it('measures the depth of a 40-fragment chain (2^40 fields once expanded) in one visit per fragment', () => {
    const errors = validate(schema, parse(chain(40)), [...specifiedRules, queryDepthRule(10)]);
    expect(errors.map((e) => e.message)).toEqual(['The query is nested 42 levels deep; the query depth limit is 10']);
    expect(errors[0]!.extensions).toEqual({ code: 'LIMIT_EXCEEDED', depth: 42, limit: 10 });
  });

  it('counts the expanded size of a fragment chain without expanding it, stopping past the cap', () => {
    // Each selection counts 1 plus what it holds: F0 = 2, F1 = 1 + 2 × (1 + 2) = 7, F2 = 17, F3 = 37; actor + spread: 39.
    expect(expandedSize(parse(chain(3)), null, 1_000)).toBe(39);
    expect(expandedSize(parse(chain(60)), null, 5_000)).toBe(5_001);
  });

  it('caps aliases', () => {
    const query = `{ ${Array.from({ length: 4 }, (_, i) => `a${i}: actor(id: "x") { id }`).join(' ')} }`;
    expect(validate(schema, parse(query), [aliasCapRule(4)])).toEqual([]);
    expect(validate(schema, parse(query), [aliasCapRule(3)])[0]!.extensions).toEqual({
      code: 'LIMIT_EXCEEDED',
      limit: 3,
    });
  });

  it('caps tokens and nesting before parsing, and leaves syntax errors to the parser', () => {
    expect(sourceCapErrors('{ a b c }', 3)[0]!.message).toBe('The query has more than 3 tokens; send a shorter query');
    expect(sourceCapErrors(`${'{'.repeat(70)}${'}'.repeat(70)}`)[0]!.message).toMatch(/nests braces more than 64/);
    expect(sourceCapErrors('{ a "unterminated }')).toEqual([]);
    expect(sourceCapErrors('{ actor(id: "x") { id } }')).toEqual([]);
  });
});

describe('InMemoryCostStore', () => {
  it('spends a key’s units, refuses past them saying when to retry, and refills evenly over the window', async () => {
    const store = new InMemoryCostStore();
    expect(await store.take('ip:a', 40, 100, 60_000, 0)).toEqual({ allowed: true, remaining: 60, retryAfterMs: 0 });
    expect(await store.take('ip:a', 50, 100, 60_000, 0)).toMatchObject({ allowed: true, remaining: 10 });
    expect(await store.take('ip:a', 40, 100, 60_000, 0)).toEqual({
      allowed: false,
      remaining: 10,
      retryAfterMs: 18_000,
    });
    expect(await store.take('ip:b', 100, 100, 60_000, 0)).toMatchObject({ allowed: true });
    expect(await store.take('ip:a', 40, 100, 60_000, 18_000)).toMatchObject({ allowed: true, remaining: 0 });
  });
});
