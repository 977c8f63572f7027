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
export function startScriptInstance(name: string): TestNeo4j {
  execFileSync(process.execPath, [script, 'start', name], { stdio: ['ignore', 'ignore', 'inherit'] });
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
