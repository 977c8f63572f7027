import { toDatabaseError, toNative, type CypherQuery, type Neo4jService } from '@actorgraph/neo4j';

/**
 * The reads of one export, one after the other in ONE session: taken at the first read (before the answer starts,
 * so within the request's deadline and session caps, DATABASE_BUSY or REQUEST_TIMEOUT otherwise, like any heavy
 * read) and held until {@link close}. An export's later reads (edges after nodes, standing relations after edges)
 * start after the answer has, often past the request's deadline, when a new session would be refused: they reuse
 * this one. Records are pulled as they are consumed: the driver fetches the next batch only when the previous ones
 * were taken, so an export never holds more than a few batches. Not retried (part of the answer may already be
 * sent); each transaction is cancelled by the server after `timeoutMs`.
 */
export class ExportReads {
  private opened: ReturnType<Neo4jService['openSession']> | null = null;

  constructor(
    private readonly neo4j: Neo4jService,
    private readonly timeoutMs: number,
  ) {}

  async *read<T>(query: CypherQuery, params: Record<string, unknown>): AsyncGenerator<T> {
    // Counted against the request's and the server's session caps, like any transaction (DATABASE_BUSY past them).
    this.opened ??= this.neo4j.openSession('READ');
    const { session } = await this.opened;
    const tx = session.beginTransaction({
      timeout: this.timeoutMs,
      metadata: { app: 'actorgraph', query: query.name },
    });
    try {
      for await (const record of tx.run(query.text, params)) yield toNative(record.toObject()) as T;
      await tx.commit();
    } catch (error) {
      throw toDatabaseError(error);
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    }
  }

  /** Gives the session back (the export was written, failed, or its client left). */
  async close(): Promise<void> {
    const opened = this.opened;
    this.opened = null;
    const held = await opened?.catch(() => null);
    await held?.release();
  }
}
