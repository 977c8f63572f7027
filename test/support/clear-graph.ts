import type { Driver } from 'neo4j-driver';

/**
 * Deletes the graph's data (migrations' bookkeeping and schema stay), so suites start from nothing.
 * Its own file, free of the app's imports, because the benchmarks reset an external Neo4j with it too.
 */
export async function clearGraph(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // Relationships first, then nodes, in batches: a hub with 200k relationships (an imported state)
    // would otherwise be detached in one transaction and exhaust a small test server's heap.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) WHERE NOT n:Migration CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
