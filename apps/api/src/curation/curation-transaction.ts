import { ChangeRecorder } from '@actorgraph/change-log';
import { Neo4jService, type QueryRunner } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal';
import { changeAuthor } from '../changes/change-author';
import type { ChangeOperation } from '../changes/models/change-operation.enum';
import type { Change } from '../changes/models/change.model';
import type { ApiError } from '../errors/api-error';

/**
 * What a mutation's work decided. A rejection must come before anything is written, so the transaction
 * commits nothing; `changed: false` (an upsert of what is already stored) logs no change.
 */
export type WriteOutcome<T> = { rejected: ApiError } | { result: T; changed: boolean; targetIds: string[] };

/**
 * Runs a mutation's reads, checks and writes in ONE write transaction, with its change log entry:
 * a rejection or failure leaves the database exactly as it was.
 */
@Injectable()
export class CurationTransaction {
  constructor(
    private readonly neo4j: Neo4jService,
    private readonly changes: ChangeRecorder,
  ) {}

  async run<T>(
    operation: ChangeOperation,
    principal: Principal | null,
    input: unknown,
    work: (run: QueryRunner) => Promise<WriteOutcome<T>>,
  ): Promise<{ result: T; change: Change | null }> {
    // Rejections are returned, not thrown, out of the transaction: the Neo4j service would report a thrown one
    // as a database failure.
    const outcome = await this.neo4j.writeTransaction(async (run) => {
      const done = await work(run);
      if ('rejected' in done) return done;
      const change = done.changed
        ? ((await this.changes.record(run, {
            operation,
            author: changeAuthor(principal),
            targetIds: done.targetIds,
            input,
          })) as Change)
        : null;
      return { result: done.result, change };
    });
    if ('rejected' in outcome) throw outcome.rejected;
    return outcome;
  }
}
