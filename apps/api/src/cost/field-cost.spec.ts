import { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLString, type GraphQLField } from 'graphql';
import { defaultCostEstimator } from './default-cost.estimator';
import { fieldCost, intArgument } from './field-cost';

const Query = new GraphQLObjectType({
  name: 'Query',
  fields: {
    centrality: { type: new GraphQLList(GraphQLString), args: { metric: { type: GraphQLString } } },
    things: { type: new GraphQLList(GraphQLString), args: { first: { type: GraphQLInt } } },
    plain: { type: GraphQLString },
  },
});
const field = (name: string) => Query.getFields()[name] as GraphQLField<unknown, unknown>;

describe('field costs', () => {
  it('charges a declared base once and the selection once per item its size argument asks for', () => {
    const estimate = fieldCost({ base: 100, items: { argument: 'first', default: 50, max: 500 } });
    const at = (args: Record<string, unknown>) =>
      estimate({ type: Query, field: field('things'), args, childComplexity: 3 });
    expect(at({ first: 10 })).toBe(100 + 10 * 3);
    expect(at({})).toBe(100 + 50 * 3);
    expect(at({ first: 100_000 })).toBe(100 + 500 * 3);
    expect(at({ first: -4 })).toBe(100 + 1 * 3);
  });

  it('lets the base depend on the arguments', () => {
    const estimate = fieldCost({ base: ({ metric }) => (metric === 'BETWEENNESS' ? 20_000 : 1_000) });
    expect(
      estimate({ type: Query, field: field('centrality'), args: { metric: 'BETWEENNESS' }, childComplexity: 2 }),
    ).toBe(20_002);
    expect(estimate({ type: Query, field: field('centrality'), args: { metric: 'DEGREE' }, childComplexity: 2 })).toBe(
      1_002,
    );
  });

  it('charges undeclared fields from the table, else by their first, else 1 plus their selection', () => {
    const at = (name: string, args: Record<string, unknown>) =>
      defaultCostEstimator({ type: Query, field: field(name), args, childComplexity: 2, node: undefined as never });
    expect(at('centrality', { metric: 'BETWEENNESS', first: 1 })).toBe(20_000 + 2);
    expect(at('things', { first: 7 })).toBe(1 + 7 * 2);
    expect(at('plain', {})).toBe(1 + 2);
  });

  it('reads integer arguments within bounds', () => {
    expect(intArgument({ n: 7.9 }, 'n', 1, 1, 5)).toBe(5);
    expect(intArgument({ n: 'x' }, 'n', 3, 1, 5)).toBe(3);
  });
});
