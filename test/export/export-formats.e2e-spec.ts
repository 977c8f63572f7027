import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import cytoscape from 'cytoscape';
import type { Driver } from 'neo4j-driver';
import { readWithNetworkx } from '../support/graph-readers';
import { expectedNetwork } from './expected-network';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';

const ZELENSKYY = 'person:volodymyr-zelenskyy';
const TOKAYEV = 'person:kassym-jomart-tokayev';

async function download(api: TestApi, path: string): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(`${api.url}${path}`);
  return { status: response.status, text: await response.text(), headers: response.headers };
}

// Every format is opened by the program a visualizer would use, and must hold the same nodes and edges: the ones
// the graph has by the network pair rule (docs/network.md), counted here straight from the interactions.
describe('GET /export/<format> on the shipped dataset', () => {
  let api: TestApi;
  let driver: Driver;
  let expected: { nodes: number; edges: number };

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
    expected = await expectedNetwork(driver);
  });

  afterAll(() => stopTestApi(api, driver));

  it('GraphML: networkx and graphology-graphml load the whole graph', async () => {
    const { status, text, headers } = await download(api, '/export/graphml');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('graphml');
    const nx = readWithNetworkx(text, 'graphml', [ZELENSKYY]);
    expect({ nodes: nx.nodes, edges: nx.edges }).toEqual(expected);
    expect(nx.node[ZELENSKYY]).toMatchObject({ label: 'Volodymyr Zelenskyy', kind: 'PERSON', type: 'ACTOR' });
    const call = nx.edgeList.find(([u, v]) => u === ZELENSKYY && v === TOKAYEV)!;
    expect(call[3]).toMatchObject({ mode: 'DIRECTED', count: 2, firstDay: '2025-08-10', lastDay: '2025-08-10' });
    expect(String(call[3]['kinds']).split('|').sort()).toEqual(['CALL', 'STATEMENT']);
    const graph = parseGraphml(Graph, text);
    expect([graph.order, graph.size]).toEqual([expected.nodes, expected.edges]);
  });

  it('GEXF 1.2 static and dynamic: networkx and graphology-gexf load it, spells at day level', async () => {
    for (const dynamic of [false, true]) {
      const { status, text } = await download(api, `/export/gexf?dynamic=${dynamic}`);
      expect(status).toBe(200);
      expect(text).toContain('version="1.2"');
      const nx = readWithNetworkx(text, 'gexf', [ZELENSKYY]);
      expect({ nodes: nx.nodes, edges: nx.edges }).toEqual(expected);
      expect(nx.node[ZELENSKYY]).toMatchObject({ label: 'Volodymyr Zelenskyy', kind: 'PERSON' });
      const graph = parseGexf(Graph, text);
      expect([graph.order, graph.size]).toEqual([expected.nodes, expected.edges]);
      if (dynamic) {
        const call = nx.edgeList.find(([u, v]) => u === ZELENSKYY && v === TOKAYEV)!;
        expect(call[3]['spells']).toContain('2025-08-10');
        expect(text).toMatch(/<spell start="\d{4}-\d\d-\d\d" end="\d{4}-\d\d-\d\d"\/>/);
      }
    }
  });

  it('Cytoscape.js elements load headless', async () => {
    const { status, text } = await download(api, '/export/cytoscape');
    expect(status).toBe(200);
    const cy = cytoscape({ headless: true, elements: JSON.parse(text).elements });
    expect([cy.nodes().length, cy.edges().length]).toEqual([expected.nodes, expected.edges]);
    expect(cy.getElementById(ZELENSKYY).data('label')).toBe('Volodymyr Zelenskyy');
    const call = cy.getElementById(`DIRECTED:${ZELENSKYY}->${TOKAYEV}`);
    expect(call.data('interactionIds')).toHaveLength(2);
    expect(call.data('evidenceCount')).toBeGreaterThanOrEqual(2);
  });

  it('graphology JSON imports as a multi-graph with edge keys', async () => {
    const { status, text } = await download(api, '/export/graphology');
    expect(status).toBe(200);
    const graph = Graph.from(JSON.parse(text));
    expect(graph.multi).toBe(true);
    expect([graph.order, graph.size]).toEqual([expected.nodes, expected.edges]);
    expect(graph.hasEdge(`DIRECTED:${ZELENSKYY}->${TOKAYEV}`)).toBe(true);
  });

  it('CSV: a nodes file and an edges file, each with a header', async () => {
    const nodes = await download(api, '/export/csv?part=nodes');
    const edges = await download(api, '/export/csv?part=edges');
    expect(nodes.text.trim().split('\r\n')).toHaveLength(expected.nodes + 1);
    expect(edges.text.trim().split('\r\n')).toHaveLength(expected.edges + 1);
    expect(edges.text.split('\r\n')[0]).toBe(
      'id,source,target,mode,kinds,count,firstDay,lastDay,interactionIds,interactionCount,evidenceCount,datasets',
    );
    expect((await download(api, '/export/csv')).status).toBe(400);
  });

  it('around an actor, filtered by date and kind, and as an event-level bipartite graph', async () => {
    const around = await download(api, `/export/graphology?actors=${TOKAYEV}&hops=1&kinds=CALL&from=2025-08`);
    const graph = Graph.from(JSON.parse(around.text));
    expect(graph.hasNode(TOKAYEV) && graph.hasNode(ZELENSKYY)).toBe(true);
    graph.forEachEdge((_edge, attributes) => expect(attributes['kinds']).toEqual(['CALL']));
    graph.forEachNode((node) => expect(graph.degree(node)).toBeGreaterThan(0));

    const events = await download(api, `/export/graphml?view=event&participants=${TOKAYEV}`);
    const nx = readWithNetworkx(events.text, 'graphml');
    const bipartite = parseGraphml(Graph, events.text);
    const types = new Set(bipartite.mapNodes((_n, a) => a['type']));
    expect(types.has('INTERACTION') && types.has('ACTOR')).toBe(true);
    bipartite.forEachEdge((_e, _a, _source, _target, sa, ta) =>
      expect([sa['type'], ta['type']]).toContain('INTERACTION'),
    );
    expect(nx.nodes).toBe(bipartite.order);
    expect(nx.edges).toBe(bipartite.size);
  });

  it('refuses an unknown format and a bad date with coded errors', async () => {
    const unknown = await download(api, '/export/pajek');
    expect(unknown.status).toBe(404);
    const bad = await download(api, '/export/graphml?from=2025-13');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'from' });
  });
});
