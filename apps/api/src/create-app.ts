import { loadAppConfig, type AppConfig } from '@actorgraph/config';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { KeyAuthenticator } from '@actorgraph/access';
import { installAccessControl } from './access/install-access-control';
import { SubscriptionAccess } from './access/subscription-access';
import { AppModule } from './app.module';
import { installBookmarks } from './bookmarks/install-bookmarks';
import { installRequestBounds } from './isolation/install-request-bounds';
import { installMetrics } from './metrics/install-metrics';
import { installWebPages } from './web-assets/install-web-pages';
import { closeConnectionsOnShutdown } from './shutdown/close-connections-on-shutdown';

const LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

function logLevels(level: AppConfig['LOG_LEVEL']): LogLevel[] {
  if (level === 'silent') return [];
  const wanted: LogLevel = level === 'info' ? 'log' : level === 'trace' ? 'verbose' : level;
  return LEVELS.slice(0, LEVELS.indexOf(wanted) + 1);
}

/** Builds the API (not yet listening); `main.ts` and the end-to-end tests share it. */
export async function createApp(env: NodeJS.ProcessEnv = process.env): Promise<NestFastifyApplication> {
  const config = loadAppConfig(env);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    new FastifyAdapter({ bodyLimit: config.MAX_BODY_BYTES }),
    { logger: new ConsoleLogger({ logLevels: logLevels(config.LOG_LEVEL) }), abortOnError: false },
  );
  app.enableShutdownHooks();
  closeConnectionsOnShutdown(app);
  // First: every later hook and handler runs within the request's deadline and session cap.
  installRequestBounds(app, config);
  installBookmarks(app);
  installMetrics(app, config);
  await installAccessControl(app, config);
  app.get(SubscriptionAccess).use(app.get(KeyAuthenticator, { strict: false }));
  await installWebPages(app, config);
  return app;
}
