import { contentHash, type RelationRecord } from '@actorgraph/dataset';
import { UPSERT_RELATIONS } from '@actorgraph/ingest';
import { Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';
import { ChangeOperation } from '../../changes/models/change-operation.enum';
import type { Relation } from '../../graph-types/relation.model';
import { CurationTransaction } from '../curation-transaction';
import type { ExistingRecord } from '../models/existing-record';
import { WriteStatus, writeStatus } from '../models/write-status.enum';
import { RecordChecker } from '../record-checker';
import { toRelationDoc, type UpsertRelationInput } from './upsert-relation.input';
import type { UpsertRelationPayload } from './upsert-relation.payload';

@Injectable()
export class UpsertRelationService {
  private readonly queries: CypherQueries<'existing' | 'stored' | 'upsert'>;

  constructor(
    neo4j: Neo4jService,
    private readonly transaction: CurationTransaction,
    private readonly checker: RecordChecker,
  ) {
    this.queries = neo4j.queries.requireAll({
      existing: 'curation/existing-relation',
      stored: 'curation/stored-relation',
      upsert: UPSERT_RELATIONS,
    });
  }

  async upsertRelation(input: UpsertRelationInput, principal: Principal | null): Promise<UpsertRelationPayload> {
    const operation = ChangeOperation.UPSERT_RELATION;
    const { result, change } = await this.transaction.run<Omit<UpsertRelationPayload, 'change'>>(
      operation,
      principal,
      input,
      async (run) => {
        const checked = await this.checker.check<RelationRecord>(
          run,
          { section: 'relations', doc: toRelationDoc(input) },
          input.dataset ?? 'curation',
        );
        if (!checked.ok) return { rejected: checked.error };
        const { id, subject } = checked.record;
        const [existing] = await run<ExistingRecord>(this.queries.existing, { id, subject });
        const record = { ...checked.record, dataset: input.dataset ?? existing?.dataset ?? 'curation' };
        const hash = contentHash(record);
        const status = writeStatus(existing?.exists ?? false, existing?.hash ?? null, hash);
        if (status === WriteStatus.UNCHANGED) {
          const [stored] = await run<{ relation: Relation }>(this.queries.stored, { id, subject });
          return { result: { relation: stored!.relation, status }, changed: false, targetIds: [] };
        }
        // The row and the statement the dataset loader writes: endpoints and type apart, the rest as properties.
        const { type, subject: _subject, object, ...props } = record;
        await run(this.queries.upsert, {
          rows: [{ id, type, subject, object, props: { ...props, contentHash: hash } }],
        });
        const [row] = await run<{ relation: Relation }>(this.queries.stored, { id, subject });
        return { result: { relation: row!.relation, status }, changed: true, targetIds: [id] };
      },
    );
    return { ...result, change };
  }
}
