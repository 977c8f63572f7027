import type { AppConfig } from '@actorgraph/config';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { createServer, type Server } from 'node:http';
import { chargedCost } from '../cost/cost-ledger';
import { MetricsService } from './metrics.service';

const METRICS_PATH = '/metrics';
const started = new WeakMap<object, bigint>();

/** The error codes in a GraphQL answer (they follow the data in mercurius's output). */
function errorCodes(payload: unknown): string[] {
  if (typeof payload !== 'string') return [];
  const at = payload.lastIndexOf('"errors":[');
  if (at < 0) return [];
  return [...payload.slice(at).matchAll(/"code":"([A-Z_]{1,40})"/g)].map((match) => match[1]!);
}

/**
 * Observes every request (count and latency per route and GraphQL operation name, cost charged, error codes) and
 * serves /metrics: on its own port when METRICS_PORT is set (the main port then has none), else on the main port.
 */
export function installMetrics(app: NestFastifyApplication, config: AppConfig): void {
  const metrics = app.get(MetricsService);
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;

  fastify.addHook('onRequest', (request, _reply, done) => {
    started.set(request, process.hrtime.bigint());
    done();
  });
  fastify.addHook('onSend', (_request, _reply, payload, done) => {
    for (const code of errorCodes(payload)) metrics.errors.inc({ code });
    done(null, payload);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const start = started.get(request);
    const route = request.routeOptions.url ?? 'unknown';
    if (route !== METRICS_PATH) {
      const body = request.body as { operationName?: unknown } | undefined;
      const operation = route === '/graphql' ? metrics.operationLabel(body?.operationName) : '';
      metrics.requests.inc({ route, operation, status: String(reply.statusCode) });
      if (start) metrics.latency.observe({ route, operation }, Number(process.hrtime.bigint() - start) / 1e9);
      const cost = chargedCost(request);
      if (cost !== undefined) {
        metrics.costCharged.observe(cost);
        metrics.costChargedTotal.inc(cost);
      }
    }
    done();
  });

  if (config.METRICS_PORT === undefined) {
    fastify.get(METRICS_PATH, async (_request, reply) => {
      void reply.header('content-type', metrics.registry.contentType);
      return metrics.registry.metrics();
    });
    return;
  }
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== METRICS_PATH) {
      response.writeHead(404).end();
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  server.listen(config.METRICS_PORT, config.HOST);
  fastify.addHook('onClose', (_instance, done) => {
    server.close(() => done());
  });
}
