import { MigrationRunner } from '@actorgraph/neo4j';
import type { Command } from 'commander';
import { withCliContext } from '../cli-context';

/** `cli migrate`: applies pending `cypher/migrations` files and says which. */
export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending schema migrations from cypher/migrations (already applied ones are skipped)')
    .action(async () => {
      const report = await withCliContext((context) => context.get(MigrationRunner).migrate(), { migrate: false });
      for (const file of report.applied) process.stdout.write(`applied  ${file}\n`);
      process.stdout.write(`${report.applied.length} applied, ${report.alreadyApplied.length} already applied\n`);
    });
}
