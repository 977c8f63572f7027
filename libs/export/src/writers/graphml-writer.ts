import {
  EDGE_ATTRIBUTES,
  joinList,
  NODE_ATTRIBUTES,
  type AttributeSpec,
  type AttributeValue,
  type ExportGraph,
} from '../export-graph';
import { xmlEscape } from './xml';

const GRAPHML_TYPE = { string: 'string', list: 'string', int: 'long', boolean: 'boolean' } as const;

function keys(specs: readonly AttributeSpec[], domain: 'node' | 'edge', prefix: string): string {
  return specs
    .map(
      (spec, index) =>
        `  <key id="${prefix}${index}" for="${domain}" attr.name="${spec.name}" attr.type="${GRAPHML_TYPE[spec.type]}">` +
        `<desc>${xmlEscape(spec.description)}</desc></key>\n`,
    )
    .join('');
}

function data(specs: readonly AttributeSpec[], values: Readonly<Record<string, AttributeValue>>, prefix: string) {
  let out = '';
  specs.forEach((spec, index) => {
    const value = values[spec.name];
    if (value === undefined || value === null) return;
    out += `<data key="${prefix}${index}">${xmlEscape(joinList(value))}</data>`;
  });
  return out;
}

/**
 * GraphML (directed, parallel edges allowed): nodes then edges, one element per line. Read by Gephi, Cytoscape
 * desktop, yEd, networkx `read_graphml` and graphology-graphml.
 */
export async function* writeGraphml(graph: ExportGraph): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
  );
  yield `  <desc>${xmlEscape(`${graph.meta.title}: ${graph.meta.description}`)}</desc>\n`;
  yield keys(NODE_ATTRIBUTES, 'node', 'n');
  yield keys(EDGE_ATTRIBUTES, 'edge', 'e');
  yield '  <graph id="G" edgedefault="directed">\n';
  for await (const node of graph.nodes) {
    yield `    <node id="${xmlEscape(node.id)}">${data(NODE_ATTRIBUTES, node.attributes, 'n')}</node>\n`;
  }
  for await (const edge of graph.edges) {
    yield (
      `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">` +
      `${data(EDGE_ATTRIBUTES, edge.attributes, 'e')}</edge>\n`
    );
  }
  yield '  </graph>\n</graphml>\n';
}
