import { APP_CONFIG } from '@actorgraph/config';
import {
  EXPORT_FORMATS,
  ExportRequestError,
  ExportService,
  isExportFormat,
  parseExportSelection,
  writeExport,
  type CsvPart,
  type ExportFormat,
  type RawQuery,
} from '@actorgraph/export';
import { Neo4jService } from '@actorgraph/neo4j';
import { InvalidArgumentError, type Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { withCliContext } from '../cli-context';

interface ExportOptions {
  format: ExportFormat;
  out?: string;
  actors?: string;
  hops?: string;
  kinds?: string;
  from?: string;
  to?: string;
  initiators?: string;
  targets?: string;
  participants?: string;
  places?: string;
  sources?: string;
  datasets?: string;
  view?: string;
  level?: string;
  relations?: boolean;
  genericActors?: boolean;
  mentions?: boolean;
  coParticipation?: boolean;
  dynamic?: boolean;
  part?: CsvPart;
}

function format(value: string): ExportFormat {
  if (!isExportFormat(value)) throw new InvalidArgumentError(`one of ${EXPORT_FORMATS.join(', ')}`);
  return value;
}

/** The options as the HTTP query parameters they stand for: one parser for both. */
function toQuery(options: ExportOptions): RawQuery {
  const names = [
    'actors',
    'hops',
    'kinds',
    'from',
    'to',
    'initiators',
    'targets',
    'participants',
    'places',
    'sources',
    'datasets',
    'view',
    'level',
  ] as const;
  const query: Record<string, string> = {};
  for (const name of names) if (options[name] !== undefined) query[name] = options[name];
  query['mentions'] = String(options.mentions ?? false);
  query['coParticipation'] = String(options.coParticipation ?? true);
  query['relations'] = String(options.relations ?? true);
  query['genericActors'] = String(options.genericActors ?? true);
  return query;
}

/** The files one export writes: CSV is two (nodes and edges) unless `--part` picks one. */
function targets(options: ExportOptions): { part?: CsvPart; path?: string }[] {
  if (options.format !== 'csv') return [{ path: options.out }];
  if (options.part) return [{ part: options.part, path: options.out }];
  if (!options.out) throw new ExportRequestError('--out', 'CSV is two files: give --out <prefix> or --part');
  const prefix = options.out.replace(/\.csv$/, '');
  return [
    { part: 'nodes', path: `${prefix}.nodes.csv` },
    { part: 'edges', path: `${prefix}.edges.csv` },
  ];
}

/** `cli export --format <format>`: the graph (whole, or filtered as GET /export takes it) to a file or stdout. */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write the graph as GraphML, GEXF, Cytoscape.js or graphology JSON, or CSV (streamed)')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '), format)
    .option('--out <file>', 'write to this file (CSV: a prefix for <prefix>.nodes.csv and .edges.csv); default stdout')
    .option('--actors <ids>', 'centre actor ids, comma-separated (with --hops)')
    .option('--hops <n>', 'steps from the centre actors, 1 to 3 (default 1)')
    .option('--kinds <kinds>', 'interaction kinds, comma-separated')
    .option('--from <date>', 'interactions overlapping from this date (2022, 2022-03, 2022-03-01)')
    .option('--to <date>', 'interactions overlapping up to this date')
    .option('--initiators <ids>', 'interactions initiated by these ids')
    .option('--targets <ids>', 'interactions directed at these ids')
    .option('--participants <ids>', 'interactions with any of these ids as initiator, target or mention')
    .option('--places <ids>', 'interactions in or at these places')
    .option('--sources <ids>', 'interactions reported in these sources')
    .option('--datasets <names>', 'interactions of these datasets (gdelt, icews, a curated file name)')
    .option('--view <view>', 'actor (actors linked directly, default) or event (bipartite: actors and interactions)')
    .option(
      '--level <level>',
      'ACTOR (default) or STATE: people and organizations counted for their state at the interaction date',
    )
    .option(
      '--no-relations',
      'leave out standing relations (LEADS, RECOGNIZES, …; by default those valid in the dates)',
    )
    .option('--no-generic-actors', 'leave out generic actors (coded roles with no country) and their links')
    .option('--mentions', 'also link initiators to the actors and places their interactions mention')
    .option('--no-co-participation', 'do not link the co-initiators of events without target')
    .option('--dynamic', 'GEXF: dynamic, with each edge spelled from its interactions first to last days')
    .option('--part <part>', 'CSV: only the nodes or only the edges file, to --out or stdout')
    .action(async (options: ExportOptions) => {
      let selection: ReturnType<typeof parseExportSelection>;
      let files: ReturnType<typeof targets>;
      try {
        selection = parseExportSelection(toQuery(options));
        files = targets(options);
      } catch (error) {
        if (!(error instanceof ExportRequestError)) throw error;
        process.stderr.write(`error: ${error.message}\n`);
        process.exitCode = 1;
        return;
      }
      await withCliContext(async (context) => {
        // Built here rather than imported into CliModule: the export needs only Neo4j and the configuration.
        const service = new ExportService(context.get(Neo4jService), context.get(APP_CONFIG));
        for (const file of files) {
          const prepared = await service.prepare(selection);
          const chunks = writeExport(prepared.graph, options.format, { dynamic: options.dynamic, part: file.part });
          const out: Writable = file.path ? createWriteStream(file.path) : process.stdout;
          await pipeline(Readable.from(chunks), out, { end: Boolean(file.path) });
          if (prepared.truncated) process.stderr.write('note: widening around the actors stopped at the node cap\n');
          if (file.path) process.stderr.write(`wrote ${file.path}\n`);
        }
      });
    });
}
