import type { Workload } from './workloads';

/**
 * W1–W5 as the peer (@neo4j/graphql, bench/peer/type-defs.graphql) asks them: generated fields where the library
 * has them (W1, W5), its @cypher fields where it does not (W2, W3, W4). Same ids, same limits as the API's.
 */
export function peerQueries(
  ids: { hub: string; regular: string },
  searchQuery: string,
): Record<Workload['name'], { query: string; variables: Record<string, unknown> }> {
  return {
    // An actor's interactions in any role: the library filters interactions by an OR of relationship predicates.
    W1: {
      query: `query($id: ID!) {
        actors(where: { id: { eq: $id } }) { id name }
        interactions(
          where: { OR: [
            { initiators: { some: { id: { eq: $id } } } }
            { targets: { some: { Actor: { id: { eq: $id } } } } }
            { mentions: { some: { Actor: { id: { eq: $id } } } } }
          ] }
          sort: [{ dateStart: DESC }, { id: ASC }]
          limit: 20
        ) { id kind date summary initiators { id name } targets { ... on Actor { id name } ... on Place { id name } } }
      }`,
      variables: { id: ids.regular },
    },
    W2: {
      query: `query($id: ID!) { actors(where: { id: { eq: $id } }) {
        counterparts(first: 20) { actor { id name } count kinds first last } } }`,
      variables: { id: ids.hub },
    },
    W3: {
      query: `query($id: ID!) { egoNetwork(actorId: $id, limit: 100) {
        nodes { id label } edges { source target weight } } }`,
      variables: { id: ids.hub },
    },
    W4: {
      query: `{ dyads(from: "2020-01-01", to: "2020-12-31", first: 50) {
        source { id name } target { id name } count kinds first last } }`,
      variables: {},
    },
    // The API searches both full-text indexes at once; the peer has one generated query per indexed type.
    W5: {
      query: `query($q: String!) {
        actorsByName(phrase: $q, first: 10) { edges { score node { id name } } }
        placesByName(phrase: $q, first: 10) { edges { score node { id name } } }
        interactionsByText(phrase: $q, first: 10) { edges { score node { id summary } } }
      }`,
      variables: { q: searchQuery },
    },
  };
}
