import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { eventImporter } from '../support/event-importer';
import { readWithNetworkx } from '../support/graph-readers';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';
import { expectedNetwork } from './expected-network';

// The shared real extracts (GDELT 2017-01-01, ICEWS 2018-06-01..03) on top of the shipped dataset: thousands of
// actors, parallel edges, events without targets. Every format is read back by its real reader with the counts
// the interactions give.
const real = join(__dirname, '..', '..', '..', 'shared', 'data', 'real');
const icews = join(real, 'icews-events-20180601-20180603.tsv');
const gdelt = join(real, 'gdelt-events-20170101.tsv');
const haveReal = existsSync(icews) && existsSync(gdelt);
if (!haveReal) process.stdout.write(`skipping exports of imported events: ${real} is absent\n`);
const describeIfReal = haveReal ? describe : describe.skip;

async function download(api: TestApi, path: string): Promise<string> {
  const response = await fetch(`${api.url}${path}`);
  expect(response.status).toBe(200);
  return response.text();
}

describeIfReal('exports of the imported GDELT and ICEWS events', () => {
  let api: TestApi;
  let driver: Driver;
  let expected: { nodes: number; edges: number; relations: number };

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
    await eventImporter(api).importIcews([icews]);
    await eventImporter(api).importGdelt([gdelt]);
    expected = await expectedNetwork(driver);
    process.stdout.write(
      `imported network: ${expected.nodes} nodes, ${expected.edges} edges (${expected.relations} relations)\n`,
    );
  });

  afterAll(() => stopTestApi(api, driver));

  it('GraphML and dynamic GEXF: networkx and graphology load every node and edge', async () => {
    const graphml = await download(api, '/export/graphml');
    const nxGraphml = readWithNetworkx(graphml, 'graphml');
    expect([nxGraphml.nodes, nxGraphml.edges]).toEqual([expected.nodes, expected.edges]);
    const parsedGraphml = parseGraphml(Graph, graphml);
    expect([parsedGraphml.order, parsedGraphml.size]).toEqual([expected.nodes, expected.edges]);

    const gexf = await download(api, '/export/gexf?dynamic=true');
    const nxGexf = readWithNetworkx(gexf, 'gexf');
    expect([nxGexf.nodes, nxGexf.edges]).toEqual([expected.nodes, expected.edges]);
    const parsedGexf = parseGexf(Graph, gexf);
    expect([parsedGexf.order, parsedGexf.size]).toEqual([expected.nodes, expected.edges]);
    const icewsEdge = nxGexf.edgeList.find(([, , , data]) => String(data['datasets']).includes('icews'))!;
    expect(icewsEdge[3]['firstDay']).toMatch(/^2018-06-0[1-3]$/);
    expect(String(icewsEdge[3]['spells'])).toContain('2018-06-0');
  });

  it('Cytoscape.js, graphology JSON and CSV hold the same counts', async () => {
    const cy = cytoscape({ headless: true, elements: JSON.parse(await download(api, '/export/cytoscape')).elements });
    expect([cy.nodes().length, cy.edges().length]).toEqual([expected.nodes, expected.edges]);
    const graph = Graph.from(JSON.parse(await download(api, '/export/graphology')));
    expect([graph.order, graph.size]).toEqual([expected.nodes, expected.edges]);
    const nodes = (await download(api, '/export/csv?part=nodes')).trim().split('\r\n');
    const edges = (await download(api, '/export/csv?part=edges')).trim().split('\r\n');
    expect([nodes.length - 1, edges.length - 1]).toEqual([expected.nodes, expected.edges]);
  });

  it('a dataset filter keeps only that dataset', async () => {
    const graph = Graph.from(JSON.parse(await download(api, '/export/graphology?datasets=gdelt')));
    expect(graph.size).toBeGreaterThan(0);
    // Standing relations between the drawn actors are facts of their own dataset: only the interactions are filtered.
    graph.forEachEdge((_edge, attributes) => {
      if (attributes['mode'] !== 'RELATION') expect(attributes['datasets']).toEqual(['gdelt']);
    });
  });

  it('genericActors=false leaves generic actors (coded roles with no country) and their links out', async () => {
    const { records } = await driver.executeQuery('MATCH (a:Actor {generic: true}) RETURN a.id AS id');
    const generic = new Set(records.map((record) => record.get('id') as string));
    expect(generic.size).toBeGreaterThan(0);
    const all = Graph.from(JSON.parse(await download(api, '/export/graphology')));
    expect(all.getNodeAttribute([...generic][0], 'generic')).toBe(true);
    const named = Graph.from(JSON.parse(await download(api, '/export/graphology?genericActors=false')));
    expect(named.order).toBe(all.order - generic.size);
    expect(named.size).toBeLessThan(all.size);
    for (const query of ['level=STATE&genericActors=false', 'view=event&genericActors=false&datasets=gdelt']) {
      const graph = Graph.from(JSON.parse(await download(api, `/export/graphology?${query}`)));
      expect(graph.size).toBeGreaterThan(0);
      expect(graph.filterNodes((node) => generic.has(node))).toEqual([]);
    }
  });
});
