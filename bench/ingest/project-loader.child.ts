import { loadAppConfig } from '@actorgraph/config';
import { DatasetLoader, IngestModule } from '@actorgraph/ingest';
import { MigrationRunner } from '@actorgraph/neo4j';
import { NestFactory } from '@nestjs/core';
import { CliModule } from '../../apps/cli/src/cli.module';

/**
 * Child process: the project's loader (what `cli load` runs) on one dataset folder, in-process, so its
 * peak RSS is this process's. Prints one JSON line: seconds, records written and maxRssMb.
 * BENCH_SKIP_NETWORK=1 leaves the network projection alone, to measure what keeping it costs (issue 13).
 */
async function main(folder: string): Promise<void> {
  const context = await NestFactory.createApplicationContext(CliModule.forRoot(loadAppConfig()), { logger: ['error'] });
  try {
    await context.get(MigrationRunner).migrate();
    const started = performance.now();
    const result = await context
      .select(IngestModule)
      .get(DatasetLoader)
      .load([folder], { skipNetwork: process.env['BENCH_SKIP_NETWORK'] === '1' });
    const seconds = (performance.now() - started) / 1000;
    if (!result.ok)
      throw new Error(
        `load failed: ${result.issues
          .slice(0, 3)
          .map((i) => i.message)
          .join('; ')}`,
      );
    const s = result.summary.sections.interactions;
    process.stdout.write(
      `${JSON.stringify({ seconds, created: s.created, updated: s.updated, unchanged: s.unchanged, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
    );
  } finally {
    await context.close();
  }
}

main(process.argv[2] as string).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
