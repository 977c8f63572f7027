import { buildLuceneQuery, isLuceneQuery, NO_INTERACTION_FILTER, toLinkParams, toWhereParams } from '@actorgraph/graph';
import { int } from 'neo4j-driver';

/**
 * The five query workloads of issue 6, each as GraphQL (the API) and as the API's own Cypher (the ceiling), or
 * null where the API answers with several statements chosen as it goes, which no single statement behind bare
 * HTTP can stand for.
 */
export interface Workload {
  name: 'W1' | 'W2' | 'W3' | 'W4' | 'W5';
  title: string;
  graphql: { query: string; variables: Record<string, unknown> };
  cypher: { file: string; params: Record<string, unknown> } | null;
}

const NO_WHERE = { ...toWhereParams(NO_INTERACTION_FILTER), textIds: null };
const YEAR = { ...NO_WHERE, from: '2020-01-01', to: '2020-12-31' };
// The planner answers W2 and W4 from the projection (the whole of it; the year 2020 of INTERACTED_YEAR).
const LINKS = toLinkParams(null);
export const SEARCH_TEXT = 'Nikaka grain';

export function workloads(ids: { hub: string; regular: string }): Workload[] {
  return [
    {
      name: 'W1',
      title: 'an actor with its 20 latest interactions and their participants',
      graphql: {
        query: `query($id: ID!) { actor(id: $id) { id name interactions(first: 20) { edges { node { id kind date summary
          initiators { id name } targets { ... on Actor { id name } ... on Place { id name } } } } } } }`,
        variables: { id: ids.regular },
      },
      cypher: {
        file: 'actors/fields/interactions',
        params: {
          actorIds: [ids.regular],
          role: 'ANY',
          where: NO_WHERE,
          skip: int(0),
          limit: int(21),
          withTotal: false,
          unfiltered: true,
        },
      },
    },
    {
      name: 'W2',
      title: 'counterparts of a hub',
      graphql: {
        query: `query($id: ID!) { actor(id: $id) { counterparts(first: 20) { actor { id name } count kinds first last } } }`,
        variables: { id: ids.hub },
      },
      cypher: {
        file: 'actors/fields/counterparts/from-projection',
        params: { actorIds: [ids.hub], where: NO_WHERE, links: LINKS, anchor: null, window: null, limit: int(20) },
      },
    },
    {
      name: 'W3',
      title: '2-hop ego network of a hub (100 nodes)',
      graphql: {
        query: `query($id: ID!) { egoNetwork(actorId: $id, hops: 2, limit: 100) { nodes { id label } edges { source target weight } } }`,
        variables: { id: ids.hub },
      },
      // egoNetwork widens breadth-first in TypeScript, one statement per hop (ego-network/neighbours, degrees, graph):
      // W3 has no ceiling; it is compared with the peer.
      cypher: null,
    },
    {
      name: 'W4',
      title: 'top 50 dyads in 2020',
      graphql: {
        query: `{ dyads(where: { from: "2020", to: "2020" }, first: 50) { source { id name } target { id name } count kinds first last } }`,
        variables: {},
      },
      cypher: {
        file: 'dyads/from-projection-years',
        params: {
          where: YEAR,
          links: LINKS,
          anchor: null,
          window: { level: 'YEAR', from: '2020', to: '2020' },
          limit: int(50),
        },
      },
    },
    {
      name: 'W5',
      title: `full-text search "${SEARCH_TEXT}"`,
      graphql: {
        query: `query($t: String!) { search(text: $t, first: 10) { score actor { id name } place { id name } interaction { id summary } } }`,
        variables: { t: SEARCH_TEXT },
      },
      cypher: {
        file: 'search',
        params: { query: lucene(SEARCH_TEXT), kinds: null, candidates: int(10), limit: int(10) },
      },
    },
  ];
}

function lucene(text: string): string {
  const built = buildLuceneQuery(text);
  if (!isLuceneQuery(built)) throw new Error(built.error);
  return built.query;
}
