import { DatasetLoader } from '@actorgraph/ingest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { toInteractionFilter } from '../../apps/api/src/interaction-filter/where-params';
import { EGO_EDGE_SAMPLE, EGO_EDGES_PER_NODE } from '../../apps/api/src/common/limits/limits';
import { EgoNetworkService } from '../../apps/api/src/ego-network/ego-network.service';
import { startEmptyApi, stopTestApi, type TestApi } from '../support/test-api';

const HUB = 'state:hubland';
const LEAVES = 120;
/** More than EGO_EDGE_SAMPLE: the hub's interactions are read from a sample, its edges from the leaves' side. */
const HUB_STATEMENTS = EGO_EDGE_SAMPLE + 10;
const leaf = (i: number): string => `person:leaf-${String(i).padStart(3, '0')}`;
const far = (i: number): string => `person:far-${String(i).padStart(3, '0')}`;
/** Kinds of what the first leaf also did to the hub, once each: one edge per kind between the same two nodes. */
const MORE_KINDS = ['appeal', 'demand', 'protest', 'threat', 'trade', 'aid', 'concern', 'rejection'];

/**
 * A hub with 120 neighbours, each of whom called it once and met one actor of their own (two hops out); the hub
 * made EGO_EDGE_SAMPLE + 10 statements to the leaves in turn; the first leaf also did eight other kinds of thing to it.
 */
function hubDataset(): Record<string, unknown> {
  const evidence = [{ source: 'source:hub-wire', quote: 'The hub was busy.' }];
  const interaction = (id: string, kind: string, from: string, to: string) => ({
    id: `interaction:${id}`,
    kind,
    date: '2024-05-01',
    initiators: [from],
    targets: [to],
    summary: `${from} ${kind} ${to}`,
    evidence,
  });
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  return {
    version: 1,
    dataset: 'ego-bounded',
    sources: [{ id: 'source:hub-wire', title: 'Hub wire' }],
    actors: [
      { id: HUB, kind: 'state', name: 'Hubland' },
      ...range(LEAVES).map((i) => ({ id: leaf(i), kind: 'person', name: `Leaf ${i}` })),
      ...range(LEAVES).map((i) => ({ id: far(i), kind: 'person', name: `Far ${i}` })),
    ],
    interactions: [
      ...range(LEAVES).map((i) => interaction(`leaf-${i}-calls-hub`, 'call', leaf(i), HUB)),
      ...range(LEAVES).map((i) => interaction(`leaf-${i}-meets-far`, 'meeting', leaf(i), far(i))),
      ...range(HUB_STATEMENTS).map((i) =>
        interaction(`hub-statement-${String(i).padStart(3, '0')}`, 'statement', HUB, leaf(((i - 1) % LEAVES) + 1)),
      ),
      ...MORE_KINDS.map((kind) => interaction(`leaf-1-${kind}-hub`, kind, leaf(1), HUB)),
    ],
  };
}

interface Graph {
  nodes: { id: string; label: string }[];
  edges: { id: string; source: string; target: string; kind: string; weight: number }[];
  truncated: boolean;
}

describe('egoNetwork around a hub with more neighbours than `limit`', () => {
  let api: TestApi;
  let driver: Driver;
  let folder: string;

  async function egoNetwork(hops: number, limit: number): Promise<Graph> {
    const response = await api.graphql<{ egoNetwork: Graph }>(
      `query($id: ID!, $hops: Int!, $limit: Int) { egoNetwork(actorId: $id, hops: $hops, limit: $limit) {
        nodes { id label } edges { id source target kind weight } truncated } }`,
      { id: HUB, hops, limit },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.egoNetwork;
  }

  beforeAll(async () => {
    ({ api, driver } = await startEmptyApi());
    folder = mkdtempSync(join(tmpdir(), 'actorgraph-ego-bounded-'));
    writeFileSync(join(folder, 'hub.json'), JSON.stringify(hubDataset()));
    const loaded = await api.app.get(DatasetLoader, { strict: false }).load([folder]);
    if (!loaded.ok) throw new Error(`the hub dataset did not load: ${JSON.stringify(loaded.issues.slice(0, 3))}`);
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await stopTestApi(api, driver);
  });

  it('draws at most `limit` nodes, the hub first, nearest before farther, every edge between listed nodes', async () => {
    const graph = await egoNetwork(2, 30);
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect(ids[0]).toBe(HUB);
    expect(graph.truncated).toBe(true);
    // 120 neighbours one hop out fill the 30 places: nobody two hops out is drawn.
    expect(ids.slice(1).every((id) => id.startsWith('person:leaf-'))).toBe(true);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    for (const edge of graph.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
    }
  });

  it('connects every kept neighbour to the hub: each called it, and its few interactions are all read', async () => {
    const graph = await egoNetwork(2, 30);
    const callers = new Set(graph.edges.filter((e) => e.kind === 'CALL' && e.target === HUB).map((e) => e.source));
    expect([...callers].sort()).toEqual(
      graph.nodes
        .slice(1)
        .map((n) => n.id)
        .sort(),
    );
  });

  it(`draws at most ${EGO_EDGES_PER_NODE} × \`limit\` edges, the heaviest, and says the drawing was cut`, async () => {
    // The first leaf and the hub share a call, eight other kinds and two statements (one edge of weight 2): ten edges,
    // more than 3 × 3 whichever third node is kept.
    const response = await api.graphql(
      `{ egoNetwork(actorId: "${leaf(1)}", hops: 1, limit: 3) { nodes { id } edges { kind weight } truncated } }`,
    );
    const graph = response.data!['egoNetwork'] as Graph;
    expect(graph.nodes.map((n) => n.id)).toContain(HUB);
    expect(graph.edges).toHaveLength(EGO_EDGES_PER_NODE * 3);
    expect(graph.edges[0]).toEqual({ kind: 'STATEMENT', weight: 2 }); // the heaviest first
    expect(graph.truncated).toBe(true);
  });

  it('gives the same nodes and edges, in the same order, every time', async () => {
    const first = await egoNetwork(2, 30);
    const again = await egoNetwork(2, 30);
    expect(again).toEqual(first);
  });

  it('draws the whole network when it fits in `limit`: the hub’s edges are found from the leaves’ side', async () => {
    const graph = await egoNetwork(2, 500);
    expect(graph.nodes).toHaveLength(1 + 2 * LEAVES);
    const byKind = (kind: string) => graph.edges.filter((e) => e.kind === kind);
    expect(byKind('CALL')).toHaveLength(LEAVES);
    expect(byKind('MEETING')).toHaveLength(LEAVES);
    expect(byKind('STATEMENT').reduce((sum, e) => sum + e.weight, 0)).toBe(HUB_STATEMENTS);
    expect(graph.truncated).toBe(false);
  });

  it('is complete, and says so, around a leaf', async () => {
    const response = await api.graphql(`{ egoNetwork(actorId: "${leaf(7)}", hops: 1) { nodes { id } truncated } }`);
    expect(response.data!['egoNetwork'].nodes.map((n: any) => n.id).sort()).toEqual([HUB, far(7), leaf(7)].sort());
    expect(response.data!['egoNetwork'].truncated).toBe(false);
  });

  it('draws a hop through more projection links than its budget from a sample, and says so', async () => {
    const egoNetworks = api.app.get(EgoNetworkService);
    const filter = toInteractionFilter(null);
    const whole = await egoNetworks.drawing(HUB, 1, filter, null, 500);
    expect(whole.sampled).toBe(false);
    expect(whole.graph.nodes).toHaveLength(1 + LEAVES);
    // The hub has a projection relationship per leaf and kind: 50 of them reach at most 50 leaves.
    const cut = await egoNetworks.drawing(HUB, 1, filter, null, 500, { linkBudget: 50 });
    expect(cut.sampled).toBe(true);
    expect(cut.graph.truncated).toBe(true);
    expect(cut.graph.nodes.length).toBeGreaterThan(1);
    expect(cut.graph.nodes.length).toBeLessThanOrEqual(1 + 51);
  });

  it("reads an edge's interaction ids from a bounded sample at its less busy end, and says so", async () => {
    const egoNetworks = api.app.get(EgoNetworkService);
    const filter = toInteractionFilter(null);
    const statements = (graph: { edges: { kind: string; source: string; weight: number }[] }) =>
      graph.edges.find((e) => e.kind === 'STATEMENT' && e.source === HUB);
    // The hub made two statements to the first leaf: both ids when the sample holds them, one when it holds one.
    const whole = await egoNetworks.drawing(leaf(1), 1, filter, null, 50);
    expect(whole.sampled).toBe(false);
    expect(statements(whole.graph)).toMatchObject({
      weight: 2,
      interactionIds: [expect.any(String), expect.any(String)],
    });
    const cut = await egoNetworks.drawing(leaf(1), 1, filter, null, 50, { edgeSample: 1 });
    expect(cut.sampled).toBe(true);
    expect(cut.graph.truncated).toBe(true);
    expect(statements(cut.graph)).toMatchObject({ weight: 2, interactionIds: [expect.any(String)] });
  });
});
