import 'reflect-metadata';
import { ConfigError, SERVICE_VERSION } from '@actorgraph/config';
import { InputFileError } from '@actorgraph/dataset';
import { DatabaseError, MigrationChecksumError } from '@actorgraph/neo4j';
import { Command } from 'commander';
import { registerExportCommand } from './commands/export.command';
import { registerImportCommand } from './commands/import.command';
import { registerKeysCommand } from './commands/keys.command';
import { registerLoadCommand } from './commands/load.command';
import { registerMigrateCommand } from './commands/migrate.command';
import { registerNetworkCommand } from './commands/network.command';

const program = new Command()
  .name('actorgraph')
  .description('Actorgraph command line: schema migrations, data loading, the network projection and API keys')
  .version(SERVICE_VERSION);
registerMigrateCommand(program);
registerLoadCommand(program);
registerImportCommand(program);
registerKeysCommand(program);
registerExportCommand(program);
registerNetworkCommand(program);

/** Errors the user can act on are printed as one clear message; anything else with its stack. */
function describe(error: unknown): string {
  if (error instanceof ConfigError || error instanceof MigrationChecksumError || error instanceof InputFileError)
    return error.message;
  if (error instanceof DatabaseError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`error: ${describe(error)}\n`);
  process.exitCode = 1;
});
