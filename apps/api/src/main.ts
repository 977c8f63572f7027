import 'reflect-metadata';
import { ConfigError, loadAppConfig } from '@actorgraph/config';
import { Logger } from '@nestjs/common';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const config = loadAppConfig();
  const app = await createApp();
  await app.listen({ host: config.HOST, port: config.PORT });
  new Logger('Actorgraph').log(`GraphQL at http://${config.HOST}:${config.PORT}/graphql, health at /health`);
}

main().catch((error: unknown) => {
  // A bad configuration is the user's to fix: say what, without a stack trace.
  const text =
    error instanceof ConfigError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  process.stderr.write(`${text}\n`);
  process.exit(1);
});
