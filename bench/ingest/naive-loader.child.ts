import { loadAppConfig } from '@actorgraph/config';
import { MigrationRunner } from '@actorgraph/neo4j';
import { NestFactory } from '@nestjs/core';
import { CliModule } from '../../apps/cli/src/cli.module';
import { readManifest } from '../support/dataset-files';
import { benchDriver } from '../support/bench-neo4j';
import { naiveLoad } from './naive-loader';

/** Child process: migrations (same indexes as the project), then the naive loader; prints seconds and maxRssMb. */
async function main(folder: string): Promise<void> {
  const context = await NestFactory.createApplicationContext(CliModule.forRoot(loadAppConfig()), { logger: ['error'] });
  await context.get(MigrationRunner).migrate();
  await context.close();
  const driver = benchDriver();
  const started = performance.now();
  const count = await naiveLoad(driver, folder, `bench-${readManifest(folder).interactions}`);
  const seconds = (performance.now() - started) / 1000;
  await driver.close();
  process.stdout.write(
    `${JSON.stringify({ seconds, created: count, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
}

main(process.argv[2] as string).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
