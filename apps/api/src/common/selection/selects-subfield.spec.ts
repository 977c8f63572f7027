import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectsSubfield } from './selects-subfield';

const schema = buildSchema(`
  type Edge { ids: [Int], weight: Int }
  type Page { totalCount: Int, items: [Int], edges: [Edge] }
  type Query { page: Page }
`);

/** Runs `query` and answers whether its `page` field selected totalCount. */
async function selectsTotal(query: string, variableValues?: Record<string, unknown>): Promise<boolean> {
  return selects(query, 'totalCount', variableValues);
}

/** Runs `query` and answers whether its `page` field selected `path`. */
async function selects(
  query: string,
  path: string | string[],
  variableValues?: Record<string, unknown>,
): Promise<boolean> {
  let seen: boolean | undefined;
  const rootValue = {
    page: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      seen = selectsSubfield(info, path);
      return { totalCount: 1, items: [], edges: [] };
    },
  };
  const result = await graphql({ schema, source: query, rootValue, variableValues });
  expect(result.errors).toBeUndefined();
  return seen as boolean;
}

describe('selectsSubfield', () => {
  it('sees a field selected directly or under an alias', async () => {
    expect(await selectsTotal('{ page { totalCount } }')).toBe(true);
    expect(await selectsTotal('{ page { n: totalCount } }')).toBe(true);
  });

  it('sees a field selected through a fragment spread or an inline fragment', async () => {
    expect(await selectsTotal('{ page { ...F } } fragment F on Page { totalCount }')).toBe(true);
    expect(await selectsTotal('{ page { ... on Page { totalCount } } }')).toBe(true);
  });

  it('does not see a field the client left out or skipped', async () => {
    expect(await selectsTotal('{ page { items } }')).toBe(false);
    expect(await selectsTotal('query($s: Boolean!) { page { items totalCount @skip(if: $s) } }', { s: true })).toBe(
      false,
    );
  });

  it('follows a path of names through lists of objects, fragments and aliases', async () => {
    const path = ['edges', 'ids'];
    expect(await selects('{ page { edges { ids } } }', path)).toBe(true);
    expect(await selects('{ page { e: edges { ...E } } } fragment E on Edge { i: ids }', path)).toBe(true);
    expect(await selects('{ page { a: edges { weight } b: edges { ids } } }', path)).toBe(true);
    expect(await selects('{ page { edges { weight } } }', path)).toBe(false);
    expect(await selects('{ page { totalCount } }', path)).toBe(false);
  });
});
