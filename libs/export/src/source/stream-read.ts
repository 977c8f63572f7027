import { toDatabaseError, toNative, type CypherQuery, type Neo4jService } from '@actorgraph/neo4j';

/**
 * A read whose records are pulled as they are consumed: the driver fetches the next batch only when the
 * previous ones were taken, so an export never holds more than a few batches. Not retried (part of the
 * answer may already be sent); the transaction is cancelled by the server after `timeoutMs`.
 */
export async function* streamRead<T>(
  neo4j: Neo4jService,
  query: CypherQuery,
  params: Record<string, unknown>,
  timeoutMs: number,
): AsyncGenerator<T> {
  // Counted against the request's and the server's session caps, like any transaction (DATABASE_BUSY past them).
  const { session, release } = await neo4j.openSession('READ');
  const tx = session.beginTransaction({ timeout: timeoutMs, metadata: { app: 'actorgraph', query: query.name } });
  try {
    for await (const record of tx.run(query.text, params)) yield toNative(record.toObject()) as T;
    await tx.commit();
  } catch (error) {
    throw toDatabaseError(error);
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    await release();
  }
}
