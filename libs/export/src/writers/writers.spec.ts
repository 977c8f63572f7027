import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { ExportEdge, ExportGraph, ExportNode } from '../export-graph';
import { csvField } from './csv-writer';
import { mergeSpells } from './spells';
import { writeExport } from './write-export';

const NODES: ExportNode[] = [
  { id: 'state:a', attributes: { label: 'A & <Co> "quoted"', type: 'ACTOR', kind: 'STATE', aliases: ['Aa', 'A, b'] } },
  { id: 'state:b', attributes: { label: 'B', type: 'ACTOR', kind: 'STATE', aliases: null } },
];
const EDGE = (mode: string, count: number): ExportEdge => ({
  id: `${mode}:state:a->state:b`,
  source: 'state:a',
  target: 'state:b',
  spells: [
    ['2022-03-01', '2022-03-31'],
    ['2025-08-10', '2025-08-10'],
  ],
  attributes: {
    mode,
    kinds: ['CALL', 'VISIT'],
    count,
    firstDay: '2022-03-01',
    lastDay: '2025-08-10',
    interactionIds: ['interaction:1', 'interaction:2'],
    interactionCount: count,
    evidenceCount: 3,
    datasets: ['curated'],
  },
});

async function* from<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

function graph(): ExportGraph {
  return {
    meta: { title: 'test', description: 'two states & two edges' },
    nodes: from(NODES),
    edges: from([EDGE('DIRECTED', 2), EDGE('CO_PARTICIPATION', 1)]),
  };
}

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

// The writers are checked by the parsers of the tools that read them; the end-to-end suite adds networkx.
describe('export writers', () => {
  it('GraphML: graphology-graphml reads two nodes, two parallel edges and escaped text', async () => {
    const parsed = parseGraphml(Graph, await text(writeExport(graph(), 'graphml')));
    expect([parsed.order, parsed.size]).toEqual([2, 2]);
    expect(parsed.getNodeAttribute('state:a', 'label')).toBe('A & <Co> "quoted"');
    expect(parsed.getEdgeAttribute('DIRECTED:state:a->state:b', 'count')).toBe(2);
  });

  it('GEXF: static and dynamic read by graphology-gexf; dynamic edges carry day spells', async () => {
    const staticText = await text(writeExport(graph(), 'gexf'));
    expect(staticText).not.toContain('<spell');
    const dynamicText = await text(writeExport(graph(), 'gexf', { dynamic: true }));
    expect(dynamicText).toContain('<spell start="2022-03-01" end="2022-03-31"/>');
    for (const written of [staticText, dynamicText]) {
      const parsed = parseGexf(Graph, written);
      expect([parsed.order, parsed.size]).toEqual([2, 2]);
      expect(parsed.getNodeAttribute('state:a', 'kind')).toBe('STATE');
    }
  });

  it('graphology JSON is a multi-graph with edge keys; Cytoscape.js elements keep list attributes', async () => {
    const parsed = Graph.from(JSON.parse(await text(writeExport(graph(), 'graphology'))));
    expect(parsed.multi).toBe(true);
    expect(parsed.edges().sort()).toEqual(['CO_PARTICIPATION:state:a->state:b', 'DIRECTED:state:a->state:b']);
    const cy = JSON.parse(await text(writeExport(graph(), 'cytoscape')));
    expect(cy.elements.nodes[0].data).toMatchObject({ id: 'state:a', aliases: ['Aa', 'A, b'] });
    expect(cy.elements.nodes[1].data).not.toHaveProperty('aliases');
    expect(cy.elements.edges[0].data).toMatchObject({ source: 'state:a', kinds: ['CALL', 'VISIT'] });
  });

  it('CSV: quotes fields with commas and quotes, lists joined by |', async () => {
    const nodes = (await text(writeExport(graph(), 'csv', { part: 'nodes' }))).split('\r\n');
    expect(nodes[1]).toBe('state:a,"A & <Co> ""quoted""",ACTOR,STATE,"Aa|A, b",,,,,,,,,,');
    const edges = (await text(writeExport(graph(), 'csv', { part: 'edges' }))).split('\r\n');
    expect(edges[1]).toContain('DIRECTED,CALL|VISIT,2,2022-03-01,2025-08-10,interaction:1|interaction:2,2,3,curated');
    expect(csvField(null)).toBe('');
  });

  it('merges touching and overlapping day spans into spells', () => {
    expect(
      mergeSpells([
        ['2025-08-10', '2025-08-10'],
        ['2022-03-01', '2022-03-31'],
        ['2022-04-01', '2022-04-02'],
        ['2022-03-15', '2022-03-20'],
      ]),
    ).toEqual([
      ['2022-03-01', '2022-04-02'],
      ['2025-08-10', '2025-08-10'],
    ]);
  });
});

describe('writeExport closing the graph', () => {
  it('closes once written, and when the consumer stops after the first chunk (a client gone)', async () => {
    for (const stopEarly of [false, true]) {
      const close = jest.fn(() => Promise.resolve());
      const many: ExportNode[] = Array.from({ length: 5_000 }, (_, i) => ({
        id: `actor:${i}`,
        attributes: { label: `Actor ${i}`, type: 'ACTOR' },
      }));
      const chunks = writeExport({ ...graph(), nodes: from(many), close }, 'graphml');
      if (stopEarly) {
        await chunks.next();
        await chunks.return(undefined);
      } else {
        for await (const _chunk of chunks) expect(close).not.toHaveBeenCalled();
      }
      expect(close).toHaveBeenCalledTimes(1);
    }
  });
});
