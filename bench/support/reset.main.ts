import { emptyDatabase } from './bench-neo4j';

/** `reset`: an empty graph on the bench Neo4j (store deleted) or on BENCH_NEO4J_URI's server (data deleted). */
async function main(): Promise<void> {
  const started = performance.now();
  await emptyDatabase();
  process.stdout.write(`${JSON.stringify({ resetSeconds: (performance.now() - started) / 1000 })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
