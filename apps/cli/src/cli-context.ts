import { loadAppConfig } from '@actorgraph/config';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CliModule } from './cli.module';

/** Runs `work` inside a Nest context (config validated, one driver) and always closes it. */
export async function withCliContext<T>(work: (context: INestApplicationContext) => Promise<T>): Promise<T> {
  const config = loadAppConfig();
  const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger:
      config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace'
        ? ['error', 'warn', 'log', 'debug']
        : ['error', 'warn'],
  });
  try {
    return await work(context);
  } finally {
    await context.close();
  }
}
