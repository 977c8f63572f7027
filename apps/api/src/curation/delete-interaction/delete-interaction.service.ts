import { Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { NetworkMaintainer } from '@actorgraph/network';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';
import { ChangeOperation } from '../../changes/models/change-operation.enum';
import { ApiError, ApiErrorCode } from '../../errors/api-error';
import { CurationTransaction } from '../curation-transaction';
import type { DeleteInteractionPayload } from './delete-interaction.payload';

@Injectable()
export class DeleteInteractionService {
  private readonly deleteQuery: CypherQuery;

  constructor(
    neo4j: Neo4jService,
    private readonly transaction: CurationTransaction,
    private readonly network: NetworkMaintainer,
  ) {
    this.deleteQuery = neo4j.queries.require('curation/delete-interaction');
  }

  async deleteInteraction(id: string, principal: Principal | null): Promise<DeleteInteractionPayload> {
    const operation = ChangeOperation.DELETE_INTERACTION;
    const { result, change } = await this.transaction.run<Omit<DeleteInteractionPayload, 'change'>>(
      operation,
      principal,
      { id },
      async (run) => {
        const before = await this.network.facts(run, [id]);
        const [deleted] = await run<{ id: string; links: number }>(this.deleteQuery, { id });
        // No row: nothing matched, so nothing was written.
        if (!deleted) return { rejected: new ApiError(ApiErrorCode.NOT_FOUND, `no interaction ${id}`, 'id') };
        // Its pairs are recomputed without it, in this transaction.
        await this.network.applyChange(run, before, []);
        return { result: { id, deletedLinks: deleted.links }, changed: true, targetIds: [id] };
      },
    );
    return { ...result, change: change! };
  }
}
