import type { AppConfig } from '@actorgraph/config';
import { createRequestScope, runInRequestScope, type RequestScope } from '@actorgraph/neo4j';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { AsyncResource } from 'node:async_hooks';
import { ApiErrorCode } from '../errors/api-error';

interface Bounds {
  readonly scope: RequestScope & { abort: () => void };
  readonly resource: AsyncResource;
  readonly timer: NodeJS.Timeout;
}

const bounds = new WeakMap<object, Bounds>();

/** The database scope of a request (its deadline and session cap), for hooks that run outside its async context. */
export function requestScopeOf(request: object): RequestScope | undefined {
  return bounds.get(request)?.scope;
}

const errorBody = (code: ApiErrorCode, message: string, extensions: Record<string, unknown> = {}) =>
  JSON.stringify({ data: null, errors: [{ message, extensions: { code, ...extensions } }] });

/**
 * Bounds every request (GraphQL, exports, health): a deadline (REQUEST_TIMEOUT_MS) after which it is answered
 * REQUEST_TIMEOUT, its waits for sessions end and its transactions are abandoned (Neo4j cancels them, their
 * timeout never runs past the deadline); a cap on its concurrent database sessions (NEO4J_SESSIONS_PER_REQUEST);
 * and a cap on the size of its answer (MAX_RESPONSE_BYTES). Call before `app.init()`.
 */
export function installRequestBounds(app: NestFastifyApplication, config: AppConfig): void {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  acceptGraphqlResponseJson(fastify);

  fastify.addHook('onRequest', (request, reply, done) => {
    // A WebSocket (subscriptions) lives on past any deadline: its messages are bounded one by one, not here.
    if (request.headers.upgrade?.toLowerCase() === 'websocket') return done();
    const scope = createRequestScope(config.REQUEST_TIMEOUT_MS, config.NEO4J_SESSIONS_PER_REQUEST);
    const timer = setTimeout(() => {
      scope.abort();
      if (reply.sent || reply.raw.headersSent) return;
      const seconds = config.REQUEST_TIMEOUT_MS / 1000;
      const message = `The request ran past its ${seconds} s deadline and was cancelled; narrow it or retry later.`;
      void reply
        .code(200)
        .header('content-type', 'application/json; charset=utf-8')
        .send(errorBody(ApiErrorCode.REQUEST_TIMEOUT, message));
    }, config.REQUEST_TIMEOUT_MS);
    // The client gone before its answer: stop its work too.
    reply.raw.once('close', () => {
      if (!reply.raw.writableFinished) scope.abort();
    });
    runInRequestScope(scope, () => {
      const resource = new AsyncResource('actorgraph-request');
      bounds.set(request, { scope, resource, timer });
      done();
    });
  });

  // Reading the body leaves the request's async context (stream events); enter it again for the handler.
  fastify.addHook('preValidation', (request, _reply, done) => {
    const bound = bounds.get(request);
    if (bound) bound.resource.runInAsyncScope(done);
    else done();
  });

  fastify.addHook('onSend', (_request, reply, payload, done) => {
    const size =
      typeof payload === 'string' ? Buffer.byteLength(payload) : Buffer.isBuffer(payload) ? payload.length : 0;
    if (size <= config.MAX_RESPONSE_BYTES) return done(null, payload);
    reply.code(200).header('content-type', 'application/json; charset=utf-8');
    reply.removeHeader('content-length');
    const message =
      `The answer is ${size} bytes, more than the ${config.MAX_RESPONSE_BYTES} a response may have; ` +
      'ask for fewer items or fields';
    done(null, errorBody(ApiErrorCode.LIMIT_EXCEEDED, message, { limit: config.MAX_RESPONSE_BYTES, size }));
  });

  fastify.addHook('onResponse', (request, _reply, done) => {
    const bound = bounds.get(request);
    if (bound) {
      clearTimeout(bound.timer);
      // Nothing left of this request matters: end its waits (a field still resolving after a partial answer).
      bound.scope.abort();
      bound.resource.emitDestroy();
    }
    done();
  });
}

/** GraphQL over HTTP's own media type is JSON too (the CSRF check accepts it with application/json). */
function acceptGraphqlResponseJson(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    'application/graphql-response+json',
    { parseAs: 'string' },
    fastify.getDefaultJsonParser('error', 'error'),
  );
}
