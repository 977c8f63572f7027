import type { AttributeValue, ExportGraph } from '../export-graph';

function present(values: Readonly<Record<string, AttributeValue>>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(values)) if (value !== null && value !== undefined) out[name] = value;
  return out;
}

/** Cytoscape.js elements: `{ elements: { nodes: [{ data }], edges: [{ data }] } }`, ready for `cytoscape({ elements })`. */
export async function* writeCytoscape(graph: ExportGraph): AsyncGenerator<string> {
  yield `{"data":${JSON.stringify({ name: graph.meta.title, description: graph.meta.description })},"elements":{"nodes":[`;
  let first = true;
  for await (const node of graph.nodes) {
    yield `${first ? '' : ','}\n{"data":${JSON.stringify({ id: node.id, ...present(node.attributes) })}}`;
    first = false;
  }
  yield '],"edges":[';
  first = true;
  for await (const edge of graph.edges) {
    const data = { id: edge.id, source: edge.source, target: edge.target, ...present(edge.attributes) };
    yield `${first ? '' : ','}\n{"data":${JSON.stringify(data)}}`;
    first = false;
  }
  yield ']}}\n';
}

/**
 * graphology's serialization: a directed multi-graph (parallel edges between two actors: one per mode), every
 * edge with its key, for `Graph.from(json)` / `graph.import(json)`.
 */
export async function* writeGraphology(graph: ExportGraph): AsyncGenerator<string> {
  const header = {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: { name: graph.meta.title, description: graph.meta.description },
  };
  yield `${JSON.stringify(header).slice(0, -1)},"nodes":[`;
  let first = true;
  for await (const node of graph.nodes) {
    yield `${first ? '' : ','}\n${JSON.stringify({ key: node.id, attributes: present(node.attributes) })}`;
    first = false;
  }
  yield '],"edges":[';
  first = true;
  for await (const edge of graph.edges) {
    const entry = { key: edge.id, source: edge.source, target: edge.target, attributes: present(edge.attributes) };
    yield `${first ? '' : ','}\n${JSON.stringify(entry)}`;
    first = false;
  }
  yield ']}\n';
}
