import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  /** How it was found, printed so a reader of the test log knows which Neo4j ran the tests. */
  origin: 'NEO4J_URI' | 'testcontainers' | 'local-script';
  stop: () => Promise<void>;
}

const root = join(__dirname, '..', '..');
const script = join(root, 'scripts', 'neo4j', 'local-neo4j.mjs');

/** Starts (or reuses) a Neo4j instance of the project's own script, e.g. `test` on port 7688. */
export function startScriptInstance(name: string, port?: number): TestNeo4j {
  const args = [script, 'start', name, ...(port ? [String(port)] : [])];
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const connection = JSON.parse(readFileSync(join(root, '.neo4j', name, 'connection.json'), 'utf8')) as {
    uri: string;
    username: string;
    password: string;
  };
  return {
    ...connection,
    origin: 'local-script',
    stop: async () => {
      execFileSync(process.execPath, [script, 'stop', name], { stdio: ['ignore', 'ignore', 'inherit'] });
    },
  };
}

/** Kills a script instance's JVM with SIGKILL, as a crash or the OOM killer would, and waits until it is gone. */
export async function killScriptInstance(name: string): Promise<void> {
  const { pid } = JSON.parse(readFileSync(join(root, '.neo4j', name, 'connection.json'), 'utf8')) as { pid: number };
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (alive()) process.kill(pid, 'SIGKILL');
  while (alive()) await new Promise((r) => setTimeout(r, 100));
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

/** Neo4j for the tests: NEO4J_URI when set, else testcontainers where Docker answers, else the project's script. */
export async function provideTestNeo4j(): Promise<TestNeo4j> {
  const uri = process.env['NEO4J_URI'];
  if (uri) {
    return {
      uri,
      username: process.env['NEO4J_USERNAME'] ?? 'neo4j',
      password: process.env['NEO4J_PASSWORD'] ?? '',
      origin: 'NEO4J_URI',
      stop: async () => undefined,
    };
  }
  if (process.env['ACTORGRAPH_TEST_NEO4J'] !== 'script' && (await dockerAnswers())) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const version = (
      JSON.parse(readFileSync(join(root, 'scripts', 'neo4j', 'version.json'), 'utf8')) as { neo4j: string }
    ).neo4j;
    const container = await new Neo4jContainer(`neo4j:${version}-community`).withPassword('actorgraph-test').start();
    return {
      uri: container.getBoltUri(),
      username: container.getUsername(),
      password: container.getPassword(),
      origin: 'testcontainers',
      stop: async () => {
        await container.stop();
      },
    };
  }
  return startScriptInstance('test');
}
