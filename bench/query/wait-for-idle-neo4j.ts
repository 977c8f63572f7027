import type { Driver } from 'neo4j-driver';

/**
 * Waits until Neo4j runs no query but this one (at most `deadlineMs`). autocannon gives up on a request after
 * its timeout, but the server goes on running it: without this, a saturated workload's backlog (W2 or W4 at
 * 32 connections on 1M) is still running during the next measurement and slows it down.
 */
export async function waitForIdleNeo4j(driver: Driver, deadlineMs = 120_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS busy",
    );
    const busy = Number(records[0]?.get('busy') ?? 0);
    if (busy === 0 || Date.now() - started > deadlineMs) return (Date.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 500));
  }
}
