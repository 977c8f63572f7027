import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectsSubfield } from './selects-subfield';

const schema = buildSchema(`
  type Page { totalCount: Int, items: [Int] }
  type Query { page: Page }
`);

/** Runs `query` and answers whether its `page` field selected totalCount. */
async function selectsTotal(query: string, variableValues?: Record<string, unknown>): Promise<boolean> {
  let seen: boolean | undefined;
  const rootValue = {
    page: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      seen = selectsSubfield(info, 'totalCount');
      return { totalCount: 1, items: [] };
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
});
