/** The attacks of issue 14, each one request of at most 8 KB, as an anonymous client sends them. */

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

function fragmentChain(n: number, actor: string): string {
  let query = `query { actor(id: "${actor}") { ...F${n} } } fragment F0 on Actor { id name } `;
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
const heavyMix = (actor: string, other: string) =>
  [
    '{ centrality(metric: BETWEENNESS, first: 20) { score actor { id name } } }',
    '{ centrality(metric: PAGERANK, first: 50) { score actor { id } } }',
    '{ interactions(first: 500) { totalCount edges { node { id date summary initiators { id name } } } } }',
    '{ dyads(first: 500) { count source { id } target { id } } }',
    `{ egoNetwork(actorId: "${other}", hops: 3, limit: 500) { nodes { id label } edges { source target } } }`,
    `{ paths(fromId: "${actor}", toId: "${other}", maxHops: 5, limit: 25) { length steps { node { __typename } } } }`,
    '{ search(text: "president", first: 100) { score } }',
  ].map(body);

/**
 * The attacks, around two actors that exist in the graph under test (the shipped dataset's Ukraine and Kazakhstan
 * by default; the bench passes its dataset's hub and a regular actor, so the reads do real work at 1M).
 */
export const attacks = (actor = 'state:ukraine', other = 'state:kazakhstan'): readonly Attack[] => [
  {
    name: '300 aliases of centrality(BETWEENNESS, first: 1)',
    clients: 4,
    bodies: [body(aliases(300, 'centrality(metric: BETWEENNESS, first: 1) { score }'))],
  },
  { name: '1,000 aliases of dyads(first: 1)', clients: 4, bodies: [body(aliases(1000, 'dyads(first: 1) { count }'))] },
  { name: 'chain of 22 fragments', clients: 4, bodies: [body(fragmentChain(22, actor))] },
  { name: 'chain of 24 fragments', clients: 4, bodies: [body(fragmentChain(24, actor))] },
  {
    name: '20 aliases of timeline → initiators → timeline',
    clients: 4,
    bodies: [
      body(
        aliases(20, `actor(id: "${actor}") { timeline { initiators { timeline { id summary initiators { id } } } } }`),
      ),
    ],
  },
  { name: '32 clients, heavy legal mix', clients: 32, bodies: heavyMix(actor, other) },
];
