import type { GraphQLResponse, TestApi } from '../support/test-api';

/**
 * `centrality(<args>) { <selection> }` against the suite's API (a thunk: the API starts in beforeAll): `ask` gives the
 * response as it is, for tests of refusals; `scores` the scores of a request that must succeed.
 */
export function centralityRequests<S>(
  api: () => TestApi,
  selection: string,
): {
  ask: (args: string) => Promise<GraphQLResponse<{ centrality: S[] }>>;
  scores: (args: string) => Promise<S[]>;
} {
  const ask = (args: string) => api().graphql<{ centrality: S[] }>(`{ centrality(${args}) { ${selection} } }`);
  const scores = async (args: string) => {
    const { data, errors } = await ask(args);
    expect(errors).toBeUndefined();
    return data!.centrality;
  };
  return { ask, scores };
}
