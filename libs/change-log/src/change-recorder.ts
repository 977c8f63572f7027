import { Neo4jService, type CypherQuery, type QueryRunner } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { BulkChangeLog } from './bulk-change-log';
import type { ChangeAuthor, ChangeEntry, ChangeRecord } from './change-entry';

/**
 * Writes change-log entries inside the caller's write transaction, so an entry commits (or not) with its write.
 * Call it last in the transaction: it takes the sequence node's lock, which is held until the commit, so entries
 * are numbered in commit order (docs/live-updates.md).
 */
@Injectable()
export class ChangeRecorder {
  private readonly recordQuery: CypherQuery;

  constructor(neo4j: Neo4jService) {
    this.recordQuery = neo4j.queries.require('changes/record-change');
  }

  async record(run: QueryRunner, entry: ChangeEntry, bulk?: { loadId: string; part: number }): Promise<ChangeRecord> {
    const [row] = await run<{ change: ChangeRecord }>(this.recordQuery, {
      id: `change:${randomUUID()}`,
      by: entry.author.by,
      byName: entry.author.byName,
      operation: entry.operation,
      targetIds: [...entry.targetIds],
      input: JSON.stringify(entry.input ?? null),
      loadId: bulk?.loadId ?? null,
      part: bulk?.part ?? null,
    });
    return row!.change;
  }

  /** The log of one bulk load or import: one entry per batch transaction, all sharing one load id. */
  bulk(operation: string, author: ChangeAuthor, input: unknown): BulkChangeLog {
    return new BulkChangeLog(this, operation, author, input, `load:${randomUUID()}`);
  }
}
