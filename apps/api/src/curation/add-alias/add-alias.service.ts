import { actorDoc, contentHash, type ActorRecord, type StoredActor } from '@actorgraph/dataset';
import { Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';
import type { Actor } from '../../graph-types/actor.model';
import { ChangeOperation } from '../../changes/models/change-operation.enum';
import { ApiError, ApiErrorCode } from '../../errors/api-error';
import { CurationTransaction } from '../curation-transaction';
import { WriteStatus } from '../models/write-status.enum';
import { RecordChecker } from '../record-checker';
import type { AddAliasPayload } from './add-alias.payload';

type StoredRow = { actor: Actor & StoredActor & { dataset?: string | null } };

@Injectable()
export class AddAliasService {
  private readonly queries: CypherQueries<'actor' | 'addAlias' | 'lockActor'>;

  constructor(
    neo4j: Neo4jService,
    private readonly transaction: CurationTransaction,
    private readonly checker: RecordChecker,
  ) {
    this.queries = neo4j.queries.requireAll({
      actor: 'actors/actor',
      addAlias: 'curation/add-alias',
      lockActor: 'curation/lock-actor',
    });
  }

  async addAlias(actorId: string, alias: string, principal: Principal | null): Promise<AddAliasPayload> {
    const input = { actorId, alias };
    const { result, change } = await this.transaction.run<Omit<AddAliasPayload, 'change'>>(
      ChangeOperation.ADD_ALIAS,
      principal,
      input,
      async (run) => {
        // Locked before it is read: two concurrent addAlias calls would otherwise both extend the same old list.
        await run(this.queries.lockActor, { id: actorId });
        // An old id of a merged actor resolves to the kept actor, as in actor(id).
        const [stored] = await run<StoredRow>(this.queries.actor, { id: actorId });
        if (!stored) return { rejected: new ApiError(ApiErrorCode.NOT_FOUND, `no actor ${actorId}`, 'actorId') };
        const before = actorDoc(stored.actor);
        // Another spelling of a name the actor has (ZELENSKY) is kept verbatim; only the very same one is a no-op.
        if ([before.name, ...(before.aliases ?? [])].includes(alias)) {
          return { result: { actor: stored.actor, status: WriteStatus.UNCHANGED }, changed: false, targetIds: [] };
        }
        const doc = { ...before, aliases: [...(before.aliases ?? []), alias] };
        const dataset = stored.actor.dataset ?? 'curation';
        const checked = await this.checker.check<ActorRecord>(run, { section: 'actors', doc }, dataset, {
          at: () => 'alias',
        });
        if (!checked.ok) return { rejected: checked.error };
        const hash = contentHash(checked.record);
        const [row] = await run<{ actor: Actor }>(this.queries.addAlias, {
          id: stored.actor.id,
          props: { ...checked.record, contentHash: hash },
        });
        return {
          result: { actor: row!.actor, status: WriteStatus.UPDATED },
          changed: true,
          targetIds: [stored.actor.id],
        };
      },
    );
    return { ...result, change };
  }
}
