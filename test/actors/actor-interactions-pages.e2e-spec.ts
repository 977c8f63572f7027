import { Neo4jService } from '@actorgraph/neo4j';
import type { Driver } from 'neo4j-driver';
import { type GraphQLResponse, type TestApi, startSeededApi, stopTestApi } from '../support/test-api';

const ZELENSKYY = 'person:volodymyr-zelenskyy';

// Actor.interactions counts all of an actor's interactions only when totalCount is asked for; without it, the
// pages and hasNextPage must be exactly the same.
describe("paging through an actor's interactions with and without totalCount", () => {
  let api: TestApi;
  let driver: Driver;

  async function allPages(withTotal: boolean): Promise<{ ids: string[]; pages: number; total?: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let total: number | undefined;
    for (;;) {
      const response: GraphQLResponse = await api.graphql(
        `query($after: String) { actor(id: "${ZELENSKYY}") { interactions(first: 3, after: $after) {
          ${withTotal ? 'totalCount' : ''} pageInfo { hasNextPage endCursor } edges { node { id } } } } }`,
        { after },
      );
      expect(response.errors).toBeUndefined();
      const page: any = response.data!['actor'].interactions;
      ids.push(...page.edges.map((e: any) => e.node.id));
      total = page.totalCount;
      pages += 1;
      if (!page.pageInfo.hasNextPage) return { ids, pages, total };
      after = page.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('gives the same interactions, page by page, and stops on the same last page', async () => {
    const counted = await allPages(true);
    const uncounted = await allPages(false);
    expect(counted.total).toBe(counted.ids.length);
    expect(counted.ids.length).toBeGreaterThan(6);
    expect(new Set(counted.ids).size).toBe(counted.ids.length);
    expect(uncounted).toEqual({ ids: counted.ids, pages: counted.pages, total: undefined });
  });

  // A short first page of a busy actor is found by walking the date index, a long one by sorting them all
  // (Zelenskyy, in 14 of the seed's 36 interactions, is busy enough for a page of one).
  it('gives as its latest interaction the first of the whole list, in any role', async () => {
    for (const role of ['ANY', 'INITIATOR']) {
      const response = await api.graphql(`{ actor(id: "${ZELENSKYY}") {
        latest: interactions(role: ${role}, first: 1) { edges { node { id } } }
        all: interactions(role: ${role}, first: 500) { edges { node { id } } } } }`);
      expect(response.errors).toBeUndefined();
      const ids = (connection: any) => connection.edges.map((e: any) => e.node.id);
      const { latest, all } = response.data!['actor'];
      expect(all.edges.length).toBeGreaterThan(1);
      expect(ids(latest)).toEqual(ids(all).slice(0, 1));
    }
  });

  it('reads actor(id) with its interactions in one transaction, with the same page as a list of actors gives', async () => {
    const neo4j = api.app.get(Neo4jService);
    const read = jest.spyOn(neo4j, 'read');
    const named = jest.spyOn(neo4j, 'namedReadTransaction');
    const fields = `interactions(role: INITIATOR, first: 4) { totalCount pageInfo { hasNextPage } edges { node { id } } }`;
    const one = await api.graphql(`{ actor(id: "${ZELENSKYY}") { id ${fields} } }`);
    expect(one.errors).toBeUndefined();
    // An actor's own id needs no look-up of its own (a name would: actor-refs), nor any other read.
    expect(read).not.toHaveBeenCalled();
    expect(named.mock.calls.map(([name]) => name)).toEqual(['actor+interactions']);
    read.mockRestore();
    named.mockRestore();
    // The field resolver's own path (a list of actors, one batch): the same page, count and next-page flag.
    const listed = await api.graphql(`{ actors(where: { ids: ["${ZELENSKYY}"] }) { edges { node { ${fields} } } } }`);
    expect(listed.errors).toBeUndefined();
    expect(one.data!['actor'].interactions).toEqual(listed.data!['actors'].edges[0].node.interactions);
    expect(one.data!['actor'].interactions.edges).toHaveLength(4);
  });

  it('answers an actor none of whose interactions match with an empty page, not null', async () => {
    const response = await api.graphql(`{ actor(id: "${ZELENSKYY}") { id
      interactions(where: { from: "1900", to: "1901" }) { totalCount edges { node { id } } } } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ actor: { id: ZELENSKYY, interactions: { totalCount: 0, edges: [] } } });
  });
});
