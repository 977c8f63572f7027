import { emptyDatabase } from './bench-neo4j';

/** `reset`: stop the bench Neo4j, delete database neo4j, start it again. */
const started = performance.now();
emptyDatabase();
process.stdout.write(`${JSON.stringify({ resetSeconds: (performance.now() - started) / 1000 })}\n`);
