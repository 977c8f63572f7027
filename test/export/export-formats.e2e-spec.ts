import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import cytoscape from 'cytoscape';
import type { Driver } from 'neo4j-driver';
import { runBuiltCli } from '../support/built-cli';
import { readWithNetworkx } from '../support/graph-readers';
import { expectedNetwork } from './expected-network';
import { startSeededApi, stopTestApi, testEnv, type TestApi } from '../support/test-api';

const ZELENSKYY = 'person:volodymyr-zelenskyy';
const TOKAYEV = 'person:kassym-jomart-tokayev';
const VRUBLEVSKY_REPRESENTS = 'relation:represents:person:petr-vrublevsky:state:ukraine';
const RUSSIA_RECOGNIZES_DPR = 'relation:recognizes:state:russia:state:donetsk-peoples-republic:2022-02-21';
const KAZAKHSTAN_DOES_NOT_RECOGNIZE_DPR = 'relation:recognizes:state:kazakhstan:state:donetsk-peoples-republic:2022-06';

async function download(api: TestApi, path: string): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(`${api.url}${path}`);
  return { status: response.status, text: await response.text(), headers: response.headers };
}

/** networkx's attributes of the edge with this id (networkx keys a multi-edge by its id). */
function edgeData(nx: ReturnType<typeof readWithNetworkx>, id: string): Record<string, unknown> {
  const edge = nx.edgeList.find(([, , key, data]) => key === id || data['id'] === id);
  if (!edge) throw new Error(`no edge ${id}`);
  return edge[3];
}

// Every format is opened by the program a visualizer would use, and must hold the same nodes and edges: the ones
// the graph has by the network pair rule (docs/network.md), counted here straight from the interactions.
describe('GET /export/<format> on the shipped dataset', () => {
  let api: TestApi;
  let driver: Driver;
  let expected: { nodes: number; edges: number; relations: number };
  const counts = () => ({ nodes: expected.nodes, edges: expected.edges });

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
    expect(expected.relations).toBeGreaterThan(30);
    expect({ nodes: nx.nodes, edges: nx.edges }).toEqual(counts());
    expect(nx.node[ZELENSKYY]).toMatchObject({ label: 'Volodymyr Zelenskyy', kind: 'PERSON', type: 'ACTOR' });
    // Standing relations are edges with their type, validity and (typed) negation.
    const envoy = nx.edgeList.find(([, , key]) => key === VRUBLEVSKY_REPRESENTS)!;
    expect(envoy[3]).toMatchObject({
      mode: 'RELATION',
      relation: 'REPRESENTS',
      role: 'Ambassador',
      validTo: '2022-12-31',
    });
    expect(envoy[3]['validFrom']).toBeUndefined();
    const refusal = nx.edgeList.find(([, , key]) => key === KAZAKHSTAN_DOES_NOT_RECOGNIZE_DPR)!;
    expect(refusal[3]).toMatchObject({ relation: 'RECOGNIZES', negated: true, validFrom: '2022-06-01' });
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
      expect({ nodes: nx.nodes, edges: nx.edges }).toEqual(counts());
      expect(nx.node[ZELENSKYY]).toMatchObject({ label: 'Volodymyr Zelenskyy', kind: 'PERSON' });
      expect(edgeData(nx, RUSSIA_RECOGNIZES_DPR)).toMatchObject({ relation: 'RECOGNIZES', validFrom: '2022-02-21' });
      const graph = parseGexf(Graph, text);
      expect([graph.order, graph.size]).toEqual([expected.nodes, expected.edges]);
      if (dynamic) {
        const call = nx.edgeList.find(([u, v]) => u === ZELENSKYY && v === TOKAYEV)!;
        expect(call[3]['spells']).toContain('2025-08-10');
        expect(text).toMatch(/<spell start="\d{4}-\d\d-\d\d" end="\d{4}-\d\d-\d\d"\/>/);
        // A relation's spell is its validity, open at the end while it holds.
        expect(String(edgeData(nx, RUSSIA_RECOGNIZES_DPR)['spells'])).toContain('2022-02-21');
        expect(text).toContain(`id="${RUSSIA_RECOGNIZES_DPR}"`);
        expect(text).toMatch(/<spell start="2022-02-21"\/>/);
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
    expect(cy.getElementById(VRUBLEVSKY_REPRESENTS).data()).toMatchObject({ relation: 'REPRESENTS', mode: 'RELATION' });
    expect(cy.edges('[mode = "RELATION"]').length).toBe(expected.relations);
  });

  it('graphology JSON imports as a multi-graph with edge keys', async () => {
    const { status, text } = await download(api, '/export/graphology');
    expect(status).toBe(200);
    const graph = Graph.from(JSON.parse(text));
    expect(graph.multi).toBe(true);
    expect([graph.order, graph.size]).toEqual([expected.nodes, expected.edges]);
    expect(graph.hasEdge(`DIRECTED:${ZELENSKYY}->${TOKAYEV}`)).toBe(true);
    expect(graph.getEdgeAttributes(KAZAKHSTAN_DOES_NOT_RECOGNIZE_DPR)).toMatchObject({ negated: true });
    expect(graph.source(VRUBLEVSKY_REPRESENTS)).toBe('person:petr-vrublevsky');
  });

  it('CSV: a nodes file and an edges file, each with a header', async () => {
    const nodes = await download(api, '/export/csv?part=nodes');
    const edges = await download(api, '/export/csv?part=edges');
    expect(nodes.text.trim().split('\r\n')).toHaveLength(expected.nodes + 1);
    const lines = edges.text.trim().split('\r\n');
    expect(lines).toHaveLength(expected.edges + 1);
    expect(lines[0]).toBe(
      'id,source,target,mode,kinds,count,firstDay,lastDay,interactionIds,interactionCount,evidenceCount,datasets,' +
        'relation,negated,role,validFrom,validTo',
    );
    expect(lines.find((line) => line.startsWith(`${VRUBLEVSKY_REPRESENTS},`))).toMatch(
      /,RELATION,.*,REPRESENTS,false,Ambassador,,2022-12-31$/,
    );
    expect((await download(api, '/export/csv')).status).toBe(400);
  });

  it('around an actor, filtered by date and kind, and as an event-level bipartite graph', async () => {
    const around = await download(api, `/export/graphology?actors=${TOKAYEV}&hops=1&kinds=CALL&from=2025-08`);
    const graph = Graph.from(JSON.parse(around.text));
    expect(graph.hasNode(TOKAYEV) && graph.hasNode(ZELENSKYY)).toBe(true);
    graph.forEachEdge((_edge, attributes) => {
      if (attributes['mode'] !== 'RELATION') expect(attributes['kinds']).toEqual(['CALL']);
    });
    graph.forEachNode((node) => expect(graph.degree(node)).toBeGreaterThan(0));

    // Strictly bipartite without the standing relations (which link actors directly).
    const events = await download(api, `/export/graphml?view=event&participants=${TOKAYEV}&relations=false`);
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

  it('standing relations: only those valid in the date window, between drawn nodes, and none when left out', async () => {
    // kinds=CALL: none of these took part in a call, so the export is these actors alone, with their relations.
    const pair = `actors=state:russia,state:donetsk-peoples-republic,state:kazakhstan&kinds=CALL`;
    const relationIds = async (query: string) => {
      const graph = Graph.from(JSON.parse((await download(api, `/export/graphology?${query}`)).text));
      return graph.filterEdges((_e, attributes) => attributes['mode'] === 'RELATION').sort();
    };
    // A 2021 view does not show Russia recognizing the DPR (2022-02-21), nor Kazakhstan refusing to (2022-06).
    expect(await relationIds(`${pair}&to=2021`)).toEqual(['relation:borders:state:kazakhstan:state:russia']);
    expect(await relationIds(`${pair}&from=2022-03&to=2022-03`)).toEqual([
      'relation:borders:state:kazakhstan:state:russia',
      RUSSIA_RECOGNIZES_DPR,
    ]);
    expect(await relationIds(`${pair}&from=2023`)).toContain(KAZAKHSTAN_DOES_NOT_RECOGNIZE_DPR);
    // The envoy represents Ukraine until the end of 2022.
    expect(await relationIds(`actors=person:petr-vrublevsky,state:ukraine&kinds=CALL&from=2023`)).toEqual([]);
    expect(await relationIds(`actors=person:petr-vrublevsky,state:ukraine&kinds=CALL&from=2022-08`)).toEqual([
      VRUBLEVSKY_REPRESENTS,
    ]);
    expect(await relationIds(`${pair}&relations=false`)).toEqual([]);
    const whole = Graph.from(JSON.parse((await download(api, '/export/graphology?relations=false')).text));
    expect(whole.size).toBe(expected.edges - expected.relations);
  });

  it('level=STATE: states as nodes, each edge count what dyads(level: STATE) gives on the same filter', async () => {
    for (const filter of [{}, { from: '2022', to: '2022' }, { from: '2025-08', mentions: true }] as const) {
      const params = new URLSearchParams(Object.entries(filter).map(([k, v]): [string, string] => [k, String(v)]));
      const { status, text } = await download(api, `/export/graphology?level=STATE&relations=false&${params}`);
      expect([status, text.slice(0, 300)]).toEqual([200, expect.stringContaining('"nodes"')]);
      const graph = Graph.from(JSON.parse(text));
      const { from, to, mentions } = filter as { from?: string; to?: string; mentions?: boolean };
      const { data } = await api.graphql<{
        dyads: { source: { id: string }; target: { id: string }; count: number }[];
      }>(
        `query ($where: InteractionWhere) {
          dyads(where: $where, links: { mentions: ${mentions ?? false} }, level: STATE, first: 500) {
            source { id } target { id } count } }`,
        { where: { from, to } },
      );
      // dyads link actors (not places) and count an interaction once per mode: the export's edges per mode, summed.
      const exported = new Map<string, number>();
      graph.forEachEdge((_edge, attributes, source, target, _s, targetAttributes) => {
        if (targetAttributes['type'] !== 'ACTOR') return;
        const key = `${source}->${target}`;
        exported.set(key, (exported.get(key) ?? 0) + (attributes['count'] as number));
      });
      const dyads = new Map(data!.dyads.map((d) => [`${d.source.id}->${d.target.id}`, d.count]));
      expect(dyads.size).toBeGreaterThan(0);
      expect(exported).toEqual(dyads);
    }
    const whole = Graph.from(JSON.parse((await download(api, '/export/graphology?level=STATE')).text));
    // Tokayev and his ministry count for Kazakhstan, Zelenskyy for Ukraine: their calls are state to state.
    expect(whole.hasNode(TOKAYEV) || whole.hasNode(ZELENSKYY) || whole.hasNode('org:kazakhstan-foreign-ministry')).toBe(
      false,
    );
    const call = whole.getEdgeAttributes('DIRECTED:state:ukraine->state:kazakhstan');
    expect(call['kinds']).toEqual(expect.arrayContaining(['CALL', 'STATEMENT']));
    expect(whole.getNodeAttributes('state:kazakhstan')).toMatchObject({ label: 'Kazakhstan', kind: 'STATE' });
    // Relations between states stay; a president's LEADS has no node to start from.
    expect(whole.hasEdge(RUSSIA_RECOGNIZES_DPR)).toBe(true);
    expect(whole.filterEdges((_e, a) => a['relation'] === 'LEADS')).toEqual([]);
    // The same graph in GraphML, as networkx reads it.
    const nx = readWithNetworkx((await download(api, '/export/graphml?level=STATE')).text, 'graphml');
    expect([nx.nodes, nx.edges]).toEqual([whole.order, whole.size]);
  });

  it('level=STATE: the event view is refused naming level, a bad level too', async () => {
    for (const path of ['/export/gexf?view=event&level=STATE', '/export/gexf?level=province']) {
      const refused = await download(api, path);
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.text).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'level' });
    }
  });

  it('cli export --level STATE --no-relations writes what GET /export gives for level=STATE&relations=false', async () => {
    const result = runBuiltCli(
      ['export', '--format', 'graphml', '--level', 'STATE', '--no-relations', '--from', '2022'],
      testEnv(),
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe((await download(api, '/export/graphml?level=STATE&relations=false&from=2022')).text);
  });

  it('refuses an unknown format and a bad date with coded errors', async () => {
    const unknown = await download(api, '/export/pajek');
    expect(unknown.status).toBe(404);
    const bad = await download(api, '/export/graphml?from=2025-13');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'from' });
  });
});
