import {
  EventImporter,
  ImportModule,
  PRESETS,
  TableImporter,
  type ImportOptions,
  type ImportSummary,
} from '@actorgraph/import';
import { BULK_OPERATIONS, ChangeRecorder } from '@actorgraph/change-log';
import { InputFileError } from '@actorgraph/dataset';
import { Neo4jService } from '@actorgraph/neo4j';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { withCliContext } from '../cli-context';
import { progressBar } from '../progress-bar';

/** Below this many bytes a progress bar is more noise than help. */
const PROGRESS_THRESHOLD_BYTES = 5_000_000;

function bytesBar(): { onProgress: NonNullable<ImportOptions['onProgress']>; stop: () => void } {
  const bar = progressBar('{file} [{bar}] {percentage}% | {rows} rows | {rate} rows/s', PROGRESS_THRESHOLD_BYTES);
  let current: string | null = null;
  let started = 0;
  return {
    onProgress: ({ file, rows, bytesRead, totalBytes }) => {
      if (current !== file) {
        bar.stop(); // a bar per file
        current = file;
        started = Date.now();
      }
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(bytesRead, totalBytes, { file, rows, rate: Math.round(rows / seconds) });
    },
    stop: bar.stop,
  };
}

function printSummary(summary: ImportSummary): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(
    `imported ${summary.dataset}${summary.files[0]?.format.startsWith('table:') ? ` (${summary.files[0].format})` : ''}`,
  );
  out(
    `${'file'.padEnd(48)}${'rows'.padStart(9)}${'imported'.padStart(10)}${'unchanged'.padStart(11)}${'rejected'.padStart(10)}${'rows/s'.padStart(9)}`,
  );
  for (const f of summary.files) {
    const rate = Math.round(f.rows / Math.max(f.seconds, 0.001));
    out(
      `${f.file.padEnd(48)}${String(f.rows).padStart(9)}${String(f.imported).padStart(10)}${String(f.unchanged).padStart(11)}${String(f.rejected).padStart(10)}${String(rate).padStart(9)}`,
    );
  }
  const t = summary.totals;
  out(
    `${'total'.padEnd(48)}${String(t.rows).padStart(9)}${String(t.imported).padStart(10)}${String(t.unchanged).padStart(11)}${String(t.rejected).padStart(10)}`,
  );
  const m = summary.mentions;
  if (m) {
    out(
      `mentions ${m.file}: ${m.rows} rows, ${m.linked} evidence added, ${m.present} already present, ${m.unmatched} of events not in the graph, ${m.rejected} rejected`,
    );
  }
  for (const f of [...summary.files, ...(m ? [m] : [])]) {
    if (f.rejectsFile) out(`rejected rows of ${f.file}: ${f.rejectsFile}`);
  }
}

async function runImport(
  operation: string,
  input: unknown,
  work: (importers: { events: EventImporter; tables: TableImporter }, options: ImportOptions) => Promise<ImportSummary>,
): Promise<void> {
  const progress = bytesBar();
  try {
    const summary = await withCliContext((context) => {
      const module = context.select(ImportModule);
      return work(
        { events: module.get(EventImporter), tables: module.get(TableImporter) },
        {
          onProgress: progress.onProgress,
          // One change-log entry per batch transaction, in it, with the ids the batch wrote.
          changes: new ChangeRecorder(context.get(Neo4jService)).bulk(
            operation,
            { by: `cli:${userInfo().username}`, byName: null },
            input,
          ),
        },
      );
    });
    progress.stop();
    printSummary(summary);
  } finally {
    progress.stop();
  }
}

/**
 * `cli import gdelt <files…> [--mentions <file>]` and `cli import icews <files…>`: coded event data;
 * `cli import table <files…> --mapping <mapping.yaml> | --preset <name>`: tables described by a mapping.
 */
export function registerImportCommand(program: Command): void {
  const command = program
    .command('import')
    .description('import coded event data (GDELT, ICEWS), streamed; bad rows go to <file>.rejects.tsv');
  command
    .command('gdelt')
    .description('import GDELT 2.0 events exports (.export.CSV, also zipped) or GDELT 1.0 (57/58 columns)')
    .argument('<files...>', 'GDELT events files')
    .option('--mentions <file>', 'a GDELT 2.0 Mentions file: each mention becomes evidence of its event')
    .option('--batch-size <n>', 'rows per write transaction', (v) => Number.parseInt(v, 10), 1000)
    .action(async (files: string[], options: { mentions?: string; batchSize: number }) => {
      await runImport(BULK_OPERATIONS.IMPORT_GDELT, { files, ...options }, ({ events }, base) =>
        events.importGdelt(files, {
          ...base,
          batchSize: options.batchSize,
          ...(options.mentions ? { mentions: options.mentions } : {}),
        }),
      );
    });
  command
    .command('icews')
    .description('import ICEWS event files (tab-separated with a header row, NA for missing)')
    .argument('<files...>', 'ICEWS events files')
    .option('--batch-size <n>', 'rows per write transaction', (v) => Number.parseInt(v, 10), 1000)
    .action(async (files: string[], options: { batchSize: number }) => {
      await runImport(BULK_OPERATIONS.IMPORT_ICEWS, { files, ...options }, ({ events }, base) =>
        events.importIcews(files, { ...base, batchSize: options.batchSize }),
      );
    });
  command
    .command('table')
    .description(
      'import CSV/TSV files with a header row (or JSON lines; also .gz/.zip) through a mapping file or a preset',
    )
    .argument('<files...>', 'the tables to import')
    .option('--mapping <file>', 'a mapping file (YAML): which columns become interactions or actors')
    .option('--preset <name>', `a mapping shipped with Actorgraph: ${PRESETS.join(', ')}`)
    .option('--batch-size <n>', 'rows per write transaction', (v) => Number.parseInt(v, 10), 1000)
    .action(async (files: string[], options: { mapping?: string; preset?: string; batchSize: number }) => {
      if (!options.mapping === !options.preset) {
        throw new InputFileError('give either --mapping <file> or --preset <name>');
      }
      const choice = options.mapping ? { mapping: options.mapping } : { preset: options.preset! };
      await runImport(BULK_OPERATIONS.IMPORT_TABLE, { files, ...options }, ({ tables }, base) =>
        tables.importTable(files, choice, { ...base, batchSize: options.batchSize }),
      );
    });
}
