// A real Neo4j community server on 127.0.0.1 without Docker: its jars are resolved
// with Maven, configured here, and started as a background Java process.
// Used by `npm run neo4j:*`, `npm start` and the test setup when NEO4J_URI is unset.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The one place the Neo4j version is pinned (docker-compose.yml is checked against it by a test). */
export const NEO4J_VERSION = JSON.parse(
  readFileSync(join(projectRoot, 'scripts', 'neo4j', 'version.json'), 'utf8'),
).neo4j;

/** Instances by name: `dev` serves `npm start`, `test` the test suite; others are throwaway. */
const DEFAULT_PORTS = { dev: 7687, test: 7688 };

/** Sizes for a 2-core, 24 GiB machine: the dev server holds benchmark-sized graphs. */
const MEMORY = {
  dev: { heap: '4g', pageCache: '4g' },
  bench: { heap: '4g', pageCache: '4g' },
  default: { heap: '1g', pageCache: '1g' },
};

export function instancePaths(name = 'dev') {
  const home = join(projectRoot, '.neo4j', name);
  return {
    home,
    conf: join(home, 'conf'),
    logs: join(home, 'logs'),
    connectionFile: join(home, 'connection.json'),
    pidFile: join(home, 'neo4j.pid'),
    lib: join(projectRoot, '.neo4j', `lib-${NEO4J_VERSION}`),
  };
}

function log(message) {
  process.stderr.write(`[neo4j] ${message}\n`);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function boltAnswers(port, host = '127.0.0.1') {
  return new Promise((done) => {
    const socket = connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
    socket.once('timeout', () => {
      socket.destroy();
      done(false);
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Copies the server's jars out of the local Maven repository (downloading them once). */
function ensureJars(paths) {
  if (existsSync(paths.lib) && readdirSync(paths.lib).some((f) => f.startsWith('neo4j-server-'))) return;
  const mavenDir = join(projectRoot, '.neo4j', 'maven');
  mkdirSync(mavenDir, { recursive: true });
  writeFileSync(
    join(mavenDir, 'pom.xml'),
    `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>actorgraph</groupId><artifactId>local-neo4j</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${NEO4J_VERSION}</version></dependency>
  </dependencies>
</project>
`,
  );
  log(`resolving Neo4j ${NEO4J_VERSION} with Maven (first start only)…`);
  const result = spawnSync(
    'mvn',
    ['-q', '-B', 'dependency:copy-dependencies', `-DoutputDirectory=${paths.lib}`, '-DincludeScope=runtime'],
    { cwd: mavenDir, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.error || result.status !== 0) {
    throw new Error(
      `could not resolve org.neo4j:neo4j:${NEO4J_VERSION} with mvn (${result.error?.message ?? `exit ${result.status}`}). ` +
        'Install Maven and Java 17+, or set NEO4J_URI to a running Neo4j.',
    );
  }
}

function writeConfig(paths, name, port) {
  const memory = MEMORY[name] ?? MEMORY.default;
  mkdirSync(paths.conf, { recursive: true });
  writeFileSync(
    join(paths.conf, 'neo4j.conf'),
    [
      '# Written by scripts/neo4j/local-neo4j.mjs; changes are overwritten at each start.',
      'server.default_listen_address=127.0.0.1',
      `server.bolt.listen_address=127.0.0.1:${port}`,
      'server.http.enabled=false',
      'server.https.enabled=false',
      'dbms.security.auth_enabled=true',
      `server.memory.heap.initial_size=${memory.heap}`,
      `server.memory.heap.max_size=${memory.heap}`,
      `server.memory.pagecache.size=${memory.pageCache}`,
      // A slow query is cancelled rather than left running.
      'db.transaction.timeout=120s',
      '',
    ].join('\n'),
  );
}

function classpath(paths) {
  return ['-cp', `${paths.lib}/*`];
}

function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return `(no ${file})`;
  }
}

/** Connection details of a running instance, or null when it is not running. */
export async function status(name = 'dev') {
  const paths = instancePaths(name);
  const connection = readJson(paths.connectionFile);
  if (!connection || !isAlive(connection.pid)) return null;
  return (await boltAnswers(connection.port)) ? connection : null;
}

/** `port`, or the next free one 10 apart: another program (or another checkout's Neo4j) may hold it. */
async function freePort(name, port) {
  let free = port;
  while (await boltAnswers(free)) {
    free += 10;
    if (free > port + 100) {
      throw new Error(`ports ${port}–${free} are all taken; stop what holds them, or set NEO4J_URI`);
    }
  }
  if (free !== port) log(`${name}: port ${port} is taken by a process this script did not start; using ${free}`);
  return free;
}

/** The instance's password: random, and set as Neo4j's initial one on a fresh home (it only takes effect then). */
function initialPassword(paths, env) {
  const passwordFile = join(paths.home, 'password');
  if (!existsSync(passwordFile)) {
    // Hex: a base64url secret may start with '-', which the admin tool reads as an option.
    const password = randomBytes(18).toString('hex');
    const result = spawnSync(
      'java',
      [...classpath(paths), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
      { env, encoding: 'utf8' },
    );
    if (result.status !== 0) {
      throw new Error(`could not set Neo4j's initial password: ${result.stderr || result.error?.message}`);
    }
    writeFileSync(passwordFile, password, { mode: 0o600 });
  }
  return readFileSync(passwordFile, 'utf8').trim();
}

/** Starts the server as a detached Java process writing to logs/console.log; returns its pid. */
function launch(paths, name, env) {
  const out = openSync(join(paths.logs, 'console.log'), 'a');
  const memory = MEMORY[name] ?? MEMORY.default;
  const child = spawn(
    'java',
    [
      `-Xms${memory.heap}`,
      `-Xmx${memory.heap}`,
      '-XX:+UseG1GC',
      ...classpath(paths),
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${paths.home}`,
      `--config-dir=${paths.conf}`,
    ],
    { env, detached: true, stdio: ['ignore', out, out] },
  );
  child.unref();
  return child.pid;
}

/** Waits until Bolt answers on the connection's port; fails with the logs' last lines if the server exits or is late. */
async function waitForBolt(paths, connection, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(connection.pid)) {
      throw new Error(
        `Neo4j exited during start-up. Last lines of its logs:\n${tail(join(paths.logs, 'neo4j.log'))}\n${tail(join(paths.logs, 'console.log'))}`,
      );
    }
    if (await boltAnswers(connection.port)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `Neo4j did not answer on ${connection.uri} within ${timeoutMs / 1000}s. Last lines of its log:\n${tail(join(paths.logs, 'neo4j.log'))}`,
  );
}

/**
 * Starts the named instance unless it already runs, and resolves to
 * `{ uri, username, password, port, pid }` once Bolt answers.
 */
export async function start(name = 'dev', { port = DEFAULT_PORTS[name] ?? 7689, timeoutMs = 120_000 } = {}) {
  const running = await status(name);
  if (running) {
    log(`${name}: reusing the server already running at ${running.uri} (pid ${running.pid})`);
    return running;
  }
  const free = await freePort(name, port);
  const paths = instancePaths(name);
  ensureJars(paths);
  mkdirSync(paths.logs, { recursive: true });
  writeConfig(paths, name, free);
  const env = { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf };
  const password = initialPassword(paths, env);
  const pid = launch(paths, name, env);
  const connection = { uri: `bolt://127.0.0.1:${free}`, username: 'neo4j', password, port: free, pid };
  writeFileSync(paths.connectionFile, JSON.stringify(connection, null, 2), { mode: 0o600 });
  log(`${name}: starting Neo4j ${NEO4J_VERSION} on ${connection.uri} (pid ${pid})…`);
  await waitForBolt(paths, connection, timeoutMs);
  log(`${name}: ready`);
  return connection;
}

/** Stops the named instance and waits until its process is gone. */
export async function stop(name = 'dev', { timeoutMs = 60_000 } = {}) {
  const paths = instancePaths(name);
  const connection = readJson(paths.connectionFile);
  if (!connection || !isAlive(connection.pid)) {
    log(`${name}: not running`);
    return false;
  }
  process.kill(connection.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(connection.pid)) {
    if (Date.now() > deadline) {
      process.kill(connection.pid, 'SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`${name}: stopped`);
  return true;
}

async function main(argv) {
  const [command = 'status', name = 'dev', port] = argv;
  try {
    if (command === 'start') {
      const c = await start(name, port ? { port: Number(port) } : {});
      process.stdout.write(`${JSON.stringify({ uri: c.uri, username: c.username, pid: c.pid })}\n`);
    } else if (command === 'stop') {
      await stop(name);
    } else if (command === 'status') {
      const c = await status(name);
      process.stdout.write(
        c ? `${name}: running at ${c.uri} (pid ${c.pid}), Neo4j ${NEO4J_VERSION}\n` : `${name}: not running\n`,
      );
      process.exitCode = c ? 0 : 3;
    } else {
      process.stderr.write('usage: local-neo4j.mjs start|stop|status [instance] [port]\n');
      process.exitCode = 2;
    }
  } catch (error) {
    process.stderr.write(`[neo4j] ${error.message}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
