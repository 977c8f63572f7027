import { KeyAuthenticator } from '@actorgraph/access';
import type { AppConfig } from '@actorgraph/config';
import rateLimit from '@fastify/rate-limit';
import Redis from 'ioredis';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrorCode } from '../errors/api-error';
import { HttpApiError } from './http-api-error';
import { presentedApiKey } from './presented-api-key';
import { requestPrincipal, setRequestPrincipal } from './request-principal';

const GRAPHQL_PATH = '/graphql';

type Limiter = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** Nest's adapter bundles its own copy of fastify's types; the server is the same fastify 5 at run time. */
function fastifyOf(app: NestFastifyApplication): FastifyInstance {
  return app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
}

/**
 * Per key (or, without one, per client address) requests per minute; 429 RATE_LIMITED past it. Counted in Redis,
 * shared by every API process, when REDIS_URL is set (like the cost allowance); a Redis that does not answer lets
 * requests through rather than refusing everyone.
 */
async function perKeyRateLimit(
  fastify: FastifyInstance,
  perMinute: number,
  redisUrl: string | undefined,
): Promise<Limiter | null> {
  if (perMinute === 0) return null;
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : undefined;
  if (redis) {
    redis.on('error', () => undefined); // reported by the cost store; here a failed count only skips the limit
    fastify.addHook('onClose', async () => void redis.disconnect());
  }
  await fastify.register(rateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace: 'actorgraph-requests:', skipOnError: true } : {}),
  });
  return fastify.rateLimit({
    max: perMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => {
      const principal = requestPrincipal(request);
      return principal ? `key:${principal.keyId}` : `ip:${request.ip}`;
    },
    errorResponseBuilder: (_request, context) =>
      new HttpApiError(
        ApiErrorCode.RATE_LIMITED,
        `More than ${context.max} requests in a minute; retry in ${context.after}.`,
        429,
      ),
  });
}

/**
 * Before any GraphQL work: finds the principal of each /graphql request from its API key, applies the
 * rate limit, and refuses a malformed, unknown or revoked key with 401 UNAUTHENTICATED (even where reads
 * are public: a wrong key is a mistake to report, not an anonymous call). Roles are checked by RoleGuard.
 * Call before `app.init()`, so the hook covers the GraphQL routes.
 */
export async function installAccessControl(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const authenticator = app.get(KeyAuthenticator, { strict: false });
  const fastify = fastifyOf(app);
  const limit = await perKeyRateLimit(fastify, config.RATE_LIMIT_PER_MINUTE, config.REDIS_URL);
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url !== GRAPHQL_PATH) return;
    const presented = presentedApiKey(request.headers);
    const key = presented ? await authenticator.authenticate(presented) : null;
    setRequestPrincipal(request, key);
    // Counted before a bad key is refused, so guessing keys is rate limited too (per address).
    if (limit) await limit(request, reply);
    if (presented !== undefined && !key) {
      throw new HttpApiError(ApiErrorCode.UNAUTHENTICATED, 'The API key is malformed, unknown or revoked.', 401);
    }
  });
}
