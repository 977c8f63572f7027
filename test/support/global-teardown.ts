/**
 * Stops the Neo4j the setup started (a container or the script's `test` instance);
 * leaves NEO4J_URI's alone, and the script's when ACTORGRAPH_KEEP_NEO4J=1 (faster re-runs).
 */
export default async function globalTeardown(): Promise<void> {
  const found = globalThis.__ACTORGRAPH_NEO4J__;
  if (found?.origin === 'local-script' && process.env['ACTORGRAPH_KEEP_NEO4J'] === '1') return;
  await found?.stop();
}
