/** The attacks of issue 14, each one request of at most 8 KB, as an anonymous client sends them. */

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

function fragmentChain(n: number): string {
  let query = `query { actor(id: "state:ukraine") { ...F${n} } } fragment F0 on Actor { id name } `;
  for (let i = 1; i <= n; i += 1) query += `fragment F${i} on Actor { ...F${i - 1} ...F${i - 1} } `;
  return query;
}

export interface Attack {
  readonly name: string;
  /** Concurrent attacking clients. */
  readonly clients: number;
  /** The bodies they send, in turn. */
  readonly bodies: readonly string[];
}

const body = (query: string) => JSON.stringify({ query });

/** Heavy but legal reads: what 32 analysts might send at once. */
const HEAVY_MIX = [
  '{ centrality(metric: BETWEENNESS, first: 20) { score actor { id name } } }',
  '{ centrality(metric: PAGERANK, first: 50) { score actor { id } } }',
  '{ interactions(first: 500) { totalCount edges { node { id date summary initiators { id name } } } } }',
  '{ dyads(first: 500) { count source { id } target { id } } }',
  '{ egoNetwork(actorId: "state:kazakhstan", hops: 3, limit: 500) { nodes { id label } edges { source target } } }',
  '{ paths(fromId: "state:ukraine", toId: "state:kazakhstan", maxHops: 5, limit: 25) { length steps { node { __typename } } } }',
  '{ search(text: "president", first: 100) { score } }',
].map(body);

export const ATTACKS: readonly Attack[] = [
  {
    name: '300 aliases of centrality(BETWEENNESS, first: 1)',
    clients: 4,
    bodies: [body(aliases(300, 'centrality(metric: BETWEENNESS, first: 1) { score }'))],
  },
  { name: '1,000 aliases of dyads(first: 1)', clients: 4, bodies: [body(aliases(1000, 'dyads(first: 1) { count }'))] },
  { name: 'chain of 22 fragments (920 bytes)', clients: 4, bodies: [body(fragmentChain(22))] },
  { name: 'chain of 24 fragments', clients: 4, bodies: [body(fragmentChain(24))] },
  {
    name: '20 aliases of timeline → initiators → timeline',
    clients: 4,
    bodies: [
      body(
        aliases(
          20,
          'actor(id: "state:ukraine") { timeline { initiators { timeline { id summary initiators { id } } } } }',
        ),
      ),
    ],
  },
  { name: '32 clients, heavy legal mix', clients: 32, bodies: HEAVY_MIX },
];
