import { loadAppConfig } from '@actorgraph/config';
import { MigrationRunner } from '@actorgraph/neo4j';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CliModule } from './cli.module';

export interface CliContextOptions {
  /**
   * Apply pending schema migrations before the work (default true), as the API does at start: every command
   * reads or writes through the schema's indexes, and a fresh database would otherwise fail on the first one
   * (only `cli migrate`, which reports what it applies, does this itself).
   */
  readonly migrate?: boolean;
}

/** Runs `work` inside a Nest context (config validated, one driver, schema migrated) and always closes it. */
export async function withCliContext<T>(
  work: (context: INestApplicationContext) => Promise<T>,
  options: CliContextOptions = {},
): Promise<T> {
  const config = loadAppConfig();
  const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger:
      config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace'
        ? ['error', 'warn', 'log', 'debug']
        : ['error', 'warn'],
  });
  try {
    if (options.migrate ?? true) {
      const report = await context.get(MigrationRunner).migrate();
      for (const file of report.applied) process.stderr.write(`schema migration applied: ${file}\n`);
    }
    return await work(context);
  } finally {
    await context.close();
  }
}
