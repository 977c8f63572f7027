import { availableParallelism } from 'node:os';
import { z } from 'zod';

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A flag whose default depends on the profile (NODE_ENV): undefined when unset. */
const optionalFlag = () =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1' || v === 'yes'));

const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

const environmentSchema = z.object({
  /** `production` turns introspection and GraphiQL off unless INTROSPECTION / GRAPHQL_IDE say otherwise. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEO4J_URI: z.string({ required_error: 'is required (e.g. bolt://127.0.0.1:7687)' }).refine(
    (value) => {
      try {
        return NEO4J_SCHEMES.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL with one of the schemes ${NEO4J_SCHEMES.join(' ')}`,
  ),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string({ required_error: 'is required' }).min(1, 'must not be empty'),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{0,62}$/i, 'must be a Neo4j database name')
    .default('neo4j'),
  NEO4J_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  NEO4J_BULK_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(300_000),
  NEO4J_MAX_SESSIONS: z.coerce.number().int().min(1).max(1000).default(32),
  NEO4J_PRIORITY_SESSIONS: z.coerce.number().int().min(1).max(100).default(8),
  NEO4J_SESSIONS_PER_REQUEST: z.coerce.number().int().min(1).max(100).default(4),
  NEO4J_SESSION_WAIT_MS: z.coerce.number().int().min(0).default(5_000),
  /**
   * Heavy requests (over the priority cost) running at once; the rest wait their turn. About the cores Neo4j and the
   * API have: more only make each slower and starve /health and cheap reads.
   */
  HEAVY_REQUESTS_AT_ONCE: z.coerce.number().int().min(1).max(1000).default(availableParallelism()),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  MAX_RESPONSE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(16 * 1024 * 1024),
  RATE_LIMIT_COST_PER_MINUTE: z.coerce
    .number()
    .int()
    .refine((v) => v === 0 || v >= 50_000, 'must be 0 (off) or at least 50000 (one request at the cost limit)')
    .default(500_000),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Shared rate limit across API processes (redis://host:port); in each process's memory when unset. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MIGRATE_ON_START: flag(true),
  SEED_ON_START: flag(true),
  SEED_PATH: z.string().min(1).default('data'),
  GRAPHQL_IDE: optionalFlag(),
  PUBLIC_READS: flag(true),
  INTROSPECTION: optionalFlag(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  API_KEYS: z
    .string()
    .regex(
      /^\s*([a-z0-9]{6,32}:(reader|editor|admin):[0-9a-f]{64}\s*(,\s*|$))*$/,
      'must be a comma-separated list of <id>:<reader|editor|admin>:<sha256 hex of the key>',
    )
    .default(''),
});

/** Every environment variable Actorgraph reads, with its default; documented in the README. */
export const appConfigSchema = environmentSchema.transform((env) => ({
  ...env,
  // Off in production unless asked for: a public API need not publish its schema or an IDE.
  GRAPHQL_IDE: env.GRAPHQL_IDE ?? env.NODE_ENV !== 'production',
  INTROSPECTION: env.INTROSPECTION ?? env.NODE_ENV !== 'production',
}));

export type AppConfig = z.infer<typeof appConfigSchema>;
