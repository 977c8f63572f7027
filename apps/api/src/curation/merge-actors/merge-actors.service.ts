import {
  actorDoc,
  contentHash,
  withAliases,
  withEvidence,
  type ActorRecord,
  type StoredActor,
} from '@actorgraph/dataset';
import { Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
import { NetworkMaintainer } from '@actorgraph/network';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';
import type { Actor } from '../../graph-types/actor.model';
import { ChangeOperation } from '../../changes/models/change-operation.enum';
import { ApiError, ApiErrorCode } from '../../errors/api-error';
import { CurationTransaction } from '../curation-transaction';
import { RecordChecker } from '../record-checker';
import type { MergeActorsPayload } from './merge-actors.payload';

type StoredRow = { actor: Actor & StoredActor & { dataset?: string | null } };
type Counts = { moved: number; duplicates: number; dropped: number };

const reject = (code: ApiErrorCode, message: string, argument: string) => ({
  rejected: new ApiError(code, message, argument),
});

@Injectable()
export class MergeActorsService {
  private readonly queries: CypherQueries<'actor' | 'merge'>;

  constructor(
    neo4j: Neo4jService,
    private readonly transaction: CurationTransaction,
    private readonly checker: RecordChecker,
    private readonly network: NetworkMaintainer,
  ) {
    this.queries = neo4j.queries.requireAll({ actor: 'actors/actor', merge: 'curation/merge-actors' });
  }

  async mergeActors(keepId: string, mergeId: string, principal: Principal | null): Promise<MergeActorsPayload> {
    const input = { keepId, mergeId };
    const { result, change } = await this.transaction.run<Omit<MergeActorsPayload, 'change'>>(
      ChangeOperation.MERGE_ACTORS,
      principal,
      input,
      async (run) => {
        const [keep] = await run<StoredRow>(this.queries.actor, { id: keepId });
        if (!keep) return reject(ApiErrorCode.NOT_FOUND, `no actor ${keepId}`, 'keepId');
        const [gone] = await run<StoredRow>(this.queries.actor, { id: mergeId });
        if (!gone) return reject(ApiErrorCode.NOT_FOUND, `no actor ${mergeId}`, 'mergeId');
        if (gone.actor.id === keep.actor.id) {
          return reject(
            ApiErrorCode.BAD_USER_INPUT,
            `${mergeId} is ${keep.actor.id}: an actor cannot merge into itself`,
            'mergeId',
          );
        }
        if (gone.actor.id !== mergeId) {
          return reject(ApiErrorCode.NOT_FOUND, `${mergeId} was already merged into ${gone.actor.id}`, 'mergeId');
        }
        if (gone.actor.kind !== keep.actor.kind) {
          const message = `${mergeId} is a ${gone.actor.kind} and ${keep.actor.id} a ${keep.actor.kind}: only actors of one kind merge`;
          return reject(ApiErrorCode.BAD_USER_INPUT, message, 'mergeId');
        }
        const goneDoc = actorDoc(gone.actor);
        const doc = withEvidence(
          withAliases(actorDoc(keep.actor), [goneDoc.name, ...(goneDoc.aliases ?? [])]),
          goneDoc.evidence,
        );
        const checked = await this.checker.check<ActorRecord>(
          run,
          { section: 'actors', doc },
          keep.actor.dataset ?? 'curation',
          {
            at: () => 'mergeId',
            ignoreIds: [gone.actor.id],
          },
        );
        if (!checked.ok) return { rejected: checked.error };
        const props = { ...checked.record, contentHash: contentHash(checked.record) };
        // The merged actor's projection relationships go first (the merge would move them like its links); its
        // interactions' pairs are recomputed once the links moved.
        const before = await this.network.beforeActorMerge(run, mergeId);
        const [counts] = await run<Counts>(this.queries.merge, { keepId: keep.actor.id, mergeId, props });
        await this.network.afterActorMerge(run, before);
        const [merged] = await run<StoredRow>(this.queries.actor, { id: keep.actor.id });
        return {
          result: {
            actor: merged!.actor,
            movedRelationships: counts!.moved,
            duplicateRelationships: counts!.duplicates,
            droppedRelationships: counts!.dropped,
          },
          changed: true,
          targetIds: [keep.actor.id, mergeId],
        };
      },
    );
    return { ...result, change: change! };
  }
}
