import { ACTOR_KIND_LABEL } from '@actorgraph/graph';
import { contentHash, type ActorRecord } from '@actorgraph/dataset';
import { Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';
import type { Actor } from '../../graph-types/actor.model';
import { ChangeOperation } from '../../changes/models/change-operation.enum';
import { ApiError, ApiErrorCode } from '../../errors/api-error';
import { CurationTransaction } from '../curation-transaction';
import { WriteStatus, writeStatus } from '../models/write-status.enum';
import { RecordChecker } from '../record-checker';
import { type ExistingRecord } from '../models/existing-record';
import { toActorDoc, type UpsertActorInput } from './upsert-actor.input';
import type { UpsertActorPayload } from './upsert-actor.payload';

@Injectable()
export class UpsertActorService {
  private readonly queries: CypherQueries<'existing' | 'actor' | 'upsert'>;

  constructor(
    neo4j: Neo4jService,
    private readonly transaction: CurationTransaction,
    private readonly checker: RecordChecker,
  ) {
    this.queries = neo4j.queries.requireAll({
      existing: 'curation/existing-record',
      actor: 'actors/actor',
      upsert: 'curation/upsert-actor',
    });
  }

  async upsertActor(input: UpsertActorInput, principal: Principal | null): Promise<UpsertActorPayload> {
    const { result, change } = await this.transaction.run<Omit<UpsertActorPayload, 'change'>>(
      ChangeOperation.UPSERT_ACTOR,
      principal,
      input,
      async (run) => {
        const [existing] = await run<ExistingRecord>(this.queries.existing, { id: input.id });
        if (!existing?.exists && existing?.mergedInto) {
          const message = `${input.id} was merged into ${existing.mergedInto}; write to that id instead`;
          return { rejected: new ApiError(ApiErrorCode.CONFLICT, message, 'input.id') };
        }
        const checked = await this.checker.check<ActorRecord>(
          run,
          { section: 'actors', doc: toActorDoc(input) },
          input.dataset ?? 'curation',
        );
        if (!checked.ok) return { rejected: checked.error };
        const record = { ...checked.record, dataset: input.dataset ?? existing?.dataset ?? 'curation' };
        const hash = contentHash(record);
        const status = writeStatus(existing?.exists ?? false, existing?.hash ?? null, hash);
        if (status === WriteStatus.UNCHANGED) {
          const [stored] = await run<{ actor: Actor }>(this.queries.actor, { id: record.id });
          return { result: { actor: stored!.actor, status }, changed: false, targetIds: [] };
        }
        const [row] = await run<{ actor: Actor }>(this.queries.upsert, {
          row: { id: record.id, label: ACTOR_KIND_LABEL[record.kind], props: { ...record, contentHash: hash } },
          kindLabels: Object.values(ACTOR_KIND_LABEL),
        });
        return { result: { actor: row!.actor, status }, changed: true, targetIds: [record.id] };
      },
    );
    return { ...result, change };
  }
}
