import neo4j from 'neo4j-driver';
import { provideTestNeo4j, type TestNeo4j } from './test-neo4j';

declare global {
  var __ACTORGRAPH_NEO4J__: TestNeo4j | undefined;
}

/** Waits until Neo4j accepts our credentials, not merely the TCP connection. */
async function waitUntilReady(found: TestNeo4j): Promise<void> {
  const driver = neo4j.driver(found.uri, neo4j.auth.basic(found.username, found.password));
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await driver.verifyAuthentication();
        await driver.executeQuery('RETURN 1');
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  } finally {
    await driver.close();
  }
}

export default async function globalSetup(): Promise<void> {
  const found = await provideTestNeo4j();
  await waitUntilReady(found);
  process.stdout.write(`\n[e2e] Neo4j from ${found.origin} at ${found.uri}\n`);
  // Workers inherit the environment, so every suite talks to this Neo4j.
  process.env['NEO4J_URI'] = found.uri;
  process.env['NEO4J_USERNAME'] = found.username;
  process.env['NEO4J_PASSWORD'] = found.password;
  globalThis.__ACTORGRAPH_NEO4J__ = found;
}
