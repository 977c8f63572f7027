import type { ExportFormat, ExportGraph } from '../export-graph';
import { chunked } from './chunked';
import { writeCsv, type CsvPart } from './csv-writer';
import { writeGexf } from './gexf-writer';
import { writeGraphml } from './graphml-writer';
import { writeCytoscape, writeGraphology } from './json-writers';

export interface WriteOptions {
  /** GEXF only: spells on edges. */
  readonly dynamic?: boolean;
  /** CSV only: which file. */
  readonly part?: CsvPart;
}

/** What an export is served as: its media type and the file name a browser saves it under. */
export function exportFile(format: ExportFormat, options: WriteOptions = {}): { mediaType: string; fileName: string } {
  switch (format) {
    case 'graphml':
      return { mediaType: 'application/graphml+xml; charset=utf-8', fileName: 'actorgraph.graphml' };
    case 'gexf':
      return { mediaType: 'application/gexf+xml; charset=utf-8', fileName: 'actorgraph.gexf' };
    case 'cytoscape':
      return { mediaType: 'application/json; charset=utf-8', fileName: 'actorgraph.cytoscape.json' };
    case 'graphology':
      return { mediaType: 'application/json; charset=utf-8', fileName: 'actorgraph.graphology.json' };
    case 'csv':
      return { mediaType: 'text/csv; charset=utf-8', fileName: `actorgraph.${options.part ?? 'nodes'}.csv` };
  }
}

/**
 * The export as chunks of text (about 64 KB each), written while the graph is read. The graph is closed when the
 * last chunk was taken, on an error, or when the consumer stops early (a client gone: the stream calls `return`).
 */
export async function* writeExport(
  graph: ExportGraph,
  format: ExportFormat,
  options: WriteOptions = {},
): AsyncGenerator<string> {
  try {
    yield* chunks(graph, format, options);
  } finally {
    await graph.close?.();
  }
}

function chunks(graph: ExportGraph, format: ExportFormat, options: WriteOptions): AsyncGenerator<string> {
  switch (format) {
    case 'graphml':
      return chunked(writeGraphml(graph));
    case 'gexf':
      return chunked(writeGexf(graph, { dynamic: options.dynamic ?? false }));
    case 'cytoscape':
      return chunked(writeCytoscape(graph));
    case 'graphology':
      return chunked(writeGraphology(graph));
    case 'csv':
      return chunked(writeCsv(graph, options.part ?? 'nodes'));
  }
}
