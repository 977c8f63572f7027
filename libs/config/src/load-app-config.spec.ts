import { availableParallelism } from 'node:os';
import { ConfigError, loadAppConfig } from './load-app-config';

/** The smallest environment that is valid: the two variables without defaults. */
const MINIMAL = { NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'secret' } as const;

/** The ConfigError thrown for an environment the test expects to be rejected. */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadAppConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

describe('loadAppConfig', () => {
  describe('with only the required variables set', () => {
    it('applies the documented defaults', () => {
      expect(loadAppConfig({ ...MINIMAL })).toEqual({
        NEO4J_URI: 'bolt://127.0.0.1:7687',
        NEO4J_USERNAME: 'neo4j',
        NEO4J_PASSWORD: 'secret',
        NEO4J_DATABASE: 'neo4j',
        NEO4J_TRANSACTION_TIMEOUT_MS: 30_000,
        NEO4J_BULK_TRANSACTION_TIMEOUT_MS: 300_000,
        NEO4J_MAX_SESSIONS: 32,
        NEO4J_PRIORITY_SESSIONS: 8,
        NEO4J_SESSIONS_PER_REQUEST: 4,
        NEO4J_SESSION_WAIT_MS: 5_000,
        HEAVY_REQUESTS_AT_ONCE: availableParallelism(),
        REQUEST_TIMEOUT_MS: 20_000,
        MAX_RESPONSE_BYTES: 16_777_216,
        RATE_LIMIT_COST_PER_MINUTE: 500_000,
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: 3000,
        LOG_LEVEL: 'info',
        MIGRATE_ON_START: true,
        SEED_ON_START: true,
        SEED_PATH: 'data',
        GRAPHQL_IDE: true,
        PUBLIC_READS: true,
        INTROSPECTION: true,
        RATE_LIMIT_PER_MINUTE: 600,
        MAX_BODY_BYTES: 1_048_576,
        API_KEYS: '',
      });
    });

    it('ignores unrelated environment variables', () => {
      const config = loadAppConfig({ ...MINIMAL, PATH: '/usr/bin', HOME: '/root' });
      expect(config).not.toHaveProperty('PATH');
      expect(config).not.toHaveProperty('HOME');
    });
  });

  describe('with variables set', () => {
    it('reads numbers as numbers', () => {
      const config = loadAppConfig({ ...MINIMAL, PORT: '8080', NEO4J_TRANSACTION_TIMEOUT_MS: '5000' });
      expect(config.PORT).toBe(8080);
      expect(config.NEO4J_TRANSACTION_TIMEOUT_MS).toBe(5000);
    });

    it('keeps the given connection settings', () => {
      const config = loadAppConfig({
        ...MINIMAL,
        NEO4J_URI: 'neo4j+s://db.example.com',
        NEO4J_USERNAME: 'actorgraph',
        NEO4J_DATABASE: 'actors',
        HOST: '0.0.0.0',
        LOG_LEVEL: 'debug',
        SEED_PATH: '/srv/data',
      });
      expect(config).toMatchObject({
        NEO4J_URI: 'neo4j+s://db.example.com',
        NEO4J_USERNAME: 'actorgraph',
        NEO4J_DATABASE: 'actors',
        HOST: '0.0.0.0',
        LOG_LEVEL: 'debug',
        SEED_PATH: '/srv/data',
      });
    });

    it.each([
      'bolt://neo4j:7687',
      'bolt+s://db.example.com',
      'bolt+ssc://db.example.com',
      'neo4j://db',
      'neo4j+s://db',
      'neo4j+ssc://db',
    ])('accepts the Neo4j URI %s', (uri) => {
      expect(loadAppConfig({ ...MINIMAL, NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    });

    it.each([
      ['true', true],
      ['1', true],
      ['yes', true],
      ['false', false],
      ['0', false],
      ['no', false],
    ])('reads the flag value %s as %s', (text, value) => {
      const config = loadAppConfig({ ...MINIMAL, MIGRATE_ON_START: text, SEED_ON_START: text, GRAPHQL_IDE: text });
      expect(config.MIGRATE_ON_START).toBe(value);
      expect(config.SEED_ON_START).toBe(value);
      expect(config.GRAPHQL_IDE).toBe(value);
    });

    it('turns each flag off on its own', () => {
      const config = loadAppConfig({ ...MINIMAL, SEED_ON_START: 'false' });
      expect(config).toMatchObject({ MIGRATE_ON_START: true, SEED_ON_START: false, GRAPHQL_IDE: true });
    });
  });

  describe('the production profile (NODE_ENV=production)', () => {
    it('turns introspection and GraphiQL off', () => {
      const config = loadAppConfig({ ...MINIMAL, NODE_ENV: 'production' });
      expect(config).toMatchObject({ NODE_ENV: 'production', INTROSPECTION: false, GRAPHQL_IDE: false });
    });

    it('keeps them on when configured so', () => {
      const config = loadAppConfig({ ...MINIMAL, NODE_ENV: 'production', INTROSPECTION: 'true', GRAPHQL_IDE: 'yes' });
      expect(config).toMatchObject({ INTROSPECTION: true, GRAPHQL_IDE: true });
    });

    it('reads METRICS_PORT as a port of its own, absent by default', () => {
      expect(loadAppConfig({ ...MINIMAL, METRICS_PORT: '9464' }).METRICS_PORT).toBe(9464);
      expect(loadAppConfig({ ...MINIMAL }).METRICS_PORT).toBeUndefined();
    });

    it('refuses a cost allowance smaller than one request at the cost limit', () => {
      expect(configError({ ...MINIMAL, RATE_LIMIT_COST_PER_MINUTE: '1000' }).problems).toEqual([
        expect.stringMatching(/^RATE_LIMIT_COST_PER_MINUTE must be 0 \(off\) or at least 50000/),
      ]);
    });
  });

  describe('with a missing or malformed environment', () => {
    it('reports a missing NEO4J_URI and NEO4J_PASSWORD together, naming each', () => {
      const error = configError({});
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.name).toBe('ConfigError');
      expect(error.message).toContain('NEO4J_URI');
      expect(error.message).toContain('NEO4J_PASSWORD');
      expect(error.problems).toHaveLength(2);
    });

    it('says that a missing variable is required', () => {
      const error = configError({ NEO4J_PASSWORD: 'secret' });
      expect(error.problems).toEqual([expect.stringMatching(/^NEO4J_URI .*required/)]);
    });

    it('rejects an empty password', () => {
      expect(configError({ ...MINIMAL, NEO4J_PASSWORD: '' }).message).toMatch(/NEO4J_PASSWORD must not be empty/);
    });

    it.each(['http://x', 'not a url', 'localhost:7687', 'https://db.example.com:7473'])(
      'names NEO4J_URI and lists the accepted schemes when it is %s',
      (uri) => {
        const error = configError({ ...MINIMAL, NEO4J_URI: uri });
        expect(error.problems).toHaveLength(1);
        expect(error.message).toContain('NEO4J_URI');
        expect(error.problems[0]).toMatch(/^NEO4J_URI must be a URL with one of the schemes .*bolt:.*neo4j\+s:/);
      },
    );

    it.each(['abc', '70000', '-1', '80.5'])('names PORT when it is %s', (port) => {
      const error = configError({ ...MINIMAL, PORT: port });
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toMatch(/^PORT /);
    });

    it('names API_KEYS when an entry is not <id>:<role>:<sha256>', () => {
      expect(configError({ ...MINIMAL, API_KEYS: 'bootadmin:root:abc' }).problems).toEqual([
        expect.stringMatching(/^API_KEYS must be a comma-separated list/),
      ]);
      const valid = `bootadmin:admin:${'a'.repeat(64)}, ci0001:reader:${'b'.repeat(64)}`;
      expect(loadAppConfig({ ...MINIMAL, API_KEYS: valid }).API_KEYS).toBe(valid);
    });

    it('names MIGRATE_ON_START when it is neither true nor false', () => {
      const error = configError({ ...MINIMAL, MIGRATE_ON_START: 'maybe' });
      expect(error.problems).toEqual(['MIGRATE_ON_START must be true or false']);
    });

    it('names LOG_LEVEL when it is not a level pino knows', () => {
      expect(configError({ ...MINIMAL, LOG_LEVEL: 'verbose' }).problems).toEqual([
        expect.stringMatching(/^LOG_LEVEL /),
      ]);
    });

    it('names NEO4J_DATABASE when it is not a valid database name', () => {
      expect(configError({ ...MINIMAL, NEO4J_DATABASE: 'my db!' }).problems).toEqual([
        'NEO4J_DATABASE must be a Neo4j database name',
      ]);
    });

    it('reports every bad variable at once, each on its own line', () => {
      const error = configError({ NEO4J_URI: 'http://x', PORT: 'abc', MIGRATE_ON_START: 'maybe' });
      expect(error.problems).toHaveLength(4);
      const lines = error.message.split('\n');
      expect(lines[0]).toBe('Invalid configuration:');
      for (const name of ['NEO4J_URI', 'NEO4J_PASSWORD', 'PORT', 'MIGRATE_ON_START']) {
        expect(lines.filter((line) => line.startsWith(`  - ${name} `))).toHaveLength(1);
      }
    });

    it('never echoes the password into the error message', () => {
      const error = configError({ NEO4J_URI: 'http://x', NEO4J_PASSWORD: 'hunter2-very-secret' });
      expect(error.message).not.toContain('hunter2-very-secret');
    });
  });
});
