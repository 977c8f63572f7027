import { Neo4jService, type CypherQuery, type QueryRunner } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../access/principal';
import type { ChangeOperation } from './models/change-operation.enum';
import type { Change } from './models/change.model';

export interface ChangeEntry {
  operation: ChangeOperation;
  principal: Principal | null;
  targetIds: string[];
  /** The mutation's arguments; stored as JSON. */
  input: unknown;
}

/** Writes a change log entry inside the caller's write transaction, so it commits (or not) with the write. */
@Injectable()
export class ChangeRecorder {
  private readonly recordQuery: CypherQuery;

  constructor(neo4j: Neo4jService) {
    this.recordQuery = neo4j.queries.require('changes/record-change');
  }

  async record(run: QueryRunner, entry: ChangeEntry): Promise<Change> {
    const [row] = await run<{ change: Change }>(this.recordQuery, {
      id: `change:${randomUUID()}`,
      by: entry.principal?.keyId ?? 'anonymous',
      byName: entry.principal?.name ?? null,
      operation: entry.operation,
      targetIds: entry.targetIds,
      input: JSON.stringify(entry.input),
    });
    return row!.change;
  }
}
