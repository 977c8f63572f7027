import { contentHash, type InteractionRecord } from '@actorgraph/dataset';
import { INTERACTION_KIND_LABELS, interactionUpsertRow, rowsOf, UPSERT_INTERACTIONS } from '@actorgraph/ingest';
import { Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
import { NetworkMaintainer } from '@actorgraph/network';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';
import { ChangeOperation } from '../../changes/models/change-operation.enum';
import type { Interaction } from '../../graph-types/interaction.model';
import { CurationTransaction } from '../curation-transaction';
import type { ExistingRecord } from '../models/existing-record';
import { WriteStatus, writeStatus } from '../models/write-status.enum';
import { RecordChecker } from '../record-checker';
import { toInteractionDoc, type RecordInteractionInput } from './record-interaction.input';
import type { RecordInteractionPayload } from './record-interaction.payload';

@Injectable()
export class RecordInteractionService {
  private readonly queries: CypherQueries<'existing' | 'interaction' | 'record'>;

  constructor(
    neo4j: Neo4jService,
    private readonly transaction: CurationTransaction,
    private readonly checker: RecordChecker,
    private readonly network: NetworkMaintainer,
  ) {
    this.queries = neo4j.queries.requireAll({
      existing: 'curation/existing-record',
      interaction: 'interactions/interaction',
      record: UPSERT_INTERACTIONS,
    });
  }

  async recordInteraction(
    input: RecordInteractionInput,
    principal: Principal | null,
  ): Promise<RecordInteractionPayload> {
    const operation = ChangeOperation.RECORD_INTERACTION;
    const { result, change } = await this.transaction.run<Omit<RecordInteractionPayload, 'change'>>(
      operation,
      principal,
      input,
      async (run) => {
        const checked = await this.checker.check<InteractionRecord>(
          run,
          { section: 'interactions', doc: toInteractionDoc(input) },
          input.dataset ?? 'curation',
        );
        if (!checked.ok) return { rejected: checked.error };
        const [existing] = await run<ExistingRecord>(this.queries.existing, { id: checked.record.id });
        const record = { ...checked.record, dataset: input.dataset ?? existing?.dataset ?? 'curation' };
        const hash = contentHash(record);
        const status = writeStatus(existing?.exists ?? false, existing?.hash ?? null, hash);
        if (status === WriteStatus.UNCHANGED) {
          const [stored] = await run<{ interaction: Interaction }>(this.queries.interaction, { id: record.id });
          return { result: { interaction: stored!.interaction, status }, changed: false, targetIds: [] };
        }
        // The row and the statement the dataset loader writes a changed record with; the projection in step.
        const before = await this.network.facts(run, [record.id]);
        await run(this.queries.record, {
          rows: rowsOf('interactions', [record]).map(interactionUpsertRow),
          kindLabels: INTERACTION_KIND_LABELS,
          keepEvidence: false,
        });
        await this.network.applyChange(run, before, await this.network.facts(run, [record.id]));
        const [row] = await run<{ interaction: Interaction }>(this.queries.interaction, { id: record.id });
        return { result: { interaction: row!.interaction, status }, changed: true, targetIds: [record.id] };
      },
    );
    return { ...result, change };
  }
}
