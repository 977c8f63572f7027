import { BULK_OPERATIONS, ChangeRecorder } from '@actorgraph/change-log';
import { formatIssue } from '@actorgraph/dataset';
import { Neo4jService } from '@actorgraph/neo4j';
import { userInfo } from 'node:os';
import { DatasetLoader, IngestModule, summaryRows, type LoadSummary } from '@actorgraph/ingest';
import type { Command } from 'commander';
import { withCliContext } from '../cli-context';
import { progressBar } from '../progress-bar';

/** Below this many records a progress bar is more noise than help. */
const PROGRESS_THRESHOLD = 5_000;

function printSummary(summary: LoadSummary): void {
  const rows = summaryRows(summary);
  const header = summary.dryRun ? 'dry run: nothing was written; this is what a load would do' : 'loaded';
  process.stdout.write(
    `${header}\n${'section'.padEnd(14)}${'created'.padStart(9)}${'updated'.padStart(9)}${'unchanged'.padStart(11)}\n`,
  );
  for (const [section, created, updated, unchanged] of rows) {
    process.stdout.write(
      `${section.padEnd(14)}${String(created).padStart(9)}${String(updated).padStart(9)}${String(unchanged).padStart(11)}\n`,
    );
  }
  if (summary.dryRun) {
    for (const [section, ids] of Object.entries(summary.changedIds)) {
      if (ids.length > 0)
        process.stdout.write(
          `would create or update in ${section}: ${ids.join(', ')}${ids.length >= 20 ? ', …' : ''}\n`,
        );
    }
  }
}

/** On a dry run, what each reference written as a name or alias resolved to. */
function printResolvedNames(resolved: readonly { reference: string; id: string }[]): void {
  if (resolved.length === 0) return;
  process.stdout.write('names resolved:\n');
  for (const { reference, id } of resolved) process.stdout.write(`  ${JSON.stringify(reference)} → ${id}\n`);
}

/** `cli load <file|folder>…`: validate everything, then write; exit 1 on any error, with nothing written. */
export function registerLoadCommand(program: Command): void {
  program
    .command('load')
    .description(
      'validate dataset files (YAML or JSON; folders are searched) and load them; nothing is written unless all are valid',
    )
    .argument('<paths...>', 'dataset files or folders')
    .option('--dry-run', 'validate and report what would be created or updated, without writing')
    .option(
      '--batch-size <n>',
      'rows per transaction when a load changes more than 20,000 records',
      (v) => Number.parseInt(v, 10),
      5000,
    )
    .action(async (paths: string[], options: { dryRun?: boolean; batchSize: number }) => {
      const bar = progressBar('{section} [{bar}] {value}/{total} records', PROGRESS_THRESHOLD);
      const result = await withCliContext((context) =>
        context
          .select(IngestModule)
          .get(DatasetLoader)
          .load(paths, {
            dryRun: options.dryRun ?? false,
            batchSize: options.batchSize,
            // One change-log entry per write transaction, in it, with every id it wrote.
            changes: new ChangeRecorder(context.get(Neo4jService)).bulk(
              BULK_OPERATIONS.CLI_LOAD,
              { by: `cli:${userInfo().username}`, byName: null },
              { paths },
            ),
            onProgress: ({ section, done, total }) => bar.update(done, total, { section }),
          }),
      ).finally(bar.stop);
      for (const warning of result.warnings) process.stderr.write(`warning: ${formatIssue(warning)}\n`);
      if (!result.ok) {
        for (const issue of result.issues) process.stderr.write(`${formatIssue(issue)}\n`);
        process.stderr.write(
          `${result.issues.length} error(s) in ${result.files.length} file(s); nothing was written\n`,
        );
        process.exitCode = 1;
        return;
      }
      printSummary(result.summary);
      if (result.summary.dryRun) printResolvedNames(result.resolvedNames);
    });
}
