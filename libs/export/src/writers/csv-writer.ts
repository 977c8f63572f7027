import { EDGE_ATTRIBUTES, joinList, NODE_ATTRIBUTES, type AttributeValue, type ExportGraph } from '../export-graph';

/** Which of the two CSV files: the nodes (`id,…`) or the edges (`id,source,target,…`). */
export type CsvPart = 'nodes' | 'edges';

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: AttributeValue | undefined): string {
  if (value === undefined || value === null) return '';
  const text = joinList(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One of the two CSV files (a header line, then one line per node or edge): Gephi's "Import spreadsheet" takes
 * the nodes file as a node table (`id`, `label`) and the edges file as an edge table (`source`, `target`).
 */
export async function* writeCsv(graph: ExportGraph, part: CsvPart): AsyncGenerator<string> {
  if (part === 'nodes') {
    yield `${['id', ...NODE_ATTRIBUTES.map((spec) => spec.name)].join(',')}\r\n`;
    for await (const node of graph.nodes) {
      yield `${[csvField(node.id), ...NODE_ATTRIBUTES.map((spec) => csvField(node.attributes[spec.name]))].join(',')}\r\n`;
    }
    return;
  }
  yield `${['id', 'source', 'target', ...EDGE_ATTRIBUTES.map((spec) => spec.name)].join(',')}\r\n`;
  for await (const edge of graph.edges) {
    const fields = [edge.id, edge.source, edge.target].map(csvField);
    yield `${[...fields, ...EDGE_ATTRIBUTES.map((spec) => csvField(edge.attributes[spec.name]))].join(',')}\r\n`;
  }
}
