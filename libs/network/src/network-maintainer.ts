import { Neo4jService, type QueryRunner } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import type { InteractionFacts } from './interaction-facts';
import { BucketAggregate, interactionBuckets, pairKey, type Bucket } from './network-buckets';
import { NetworkStatements, type StoredPair } from './network-statements';

/** Pairs recomputed per statement. */
const PAIR_CHUNK = 500;

/** What one change did to the projection. */
export interface NetworkChange {
  /** Interactions whose contributions were added (new ones). */
  added: number;
  /** Pairs recomputed from the interactions (changed or removed contributions). */
  recomputed: number;
  /** The network version after the change, or null when the projection did not change. */
  version: number | null;
}

const NO_CHANGE: NetworkChange = { added: 0, recomputed: 0, version: null };

function pairsOf(buckets: readonly Bucket[], into: Map<string, StoredPair>): void {
  for (const { source, target } of buckets) into.set(pairKey(source, target), { source, target });
}

/**
 * Keeps the who-spoke-to-whom projection exact (docs/network.md), inside the transaction of the write that
 * changes interactions. New interactions are added (their contributions aggregated per batch first); an
 * interaction changed or removed makes every pair it yielded before or yields now be recomputed from the
 * interactions. Every change increments the network version first.
 */
@Injectable()
export class NetworkMaintainer {
  readonly statements: NetworkStatements;

  constructor(neo4j: Neo4jService) {
    this.statements = new NetworkStatements(neo4j);
  }

  /** The stored facts of these interactions (call before a write, and after it for `applyChange`). */
  facts(run: QueryRunner, ids: readonly string[]): Promise<InteractionFacts[]> {
    return this.statements.interactionFacts(run, ids);
  }

  /** Adds interactions that were not stored before this transaction (a loader's fresh rows). */
  async addNew(run: QueryRunner, added: readonly InteractionFacts[]): Promise<NetworkChange> {
    return this.applyChange(run, [], added);
  }

  /**
   * Brings the projection up to date after a write, in its transaction: `before` are the facts of the
   * interactions the write touched as they were stored before it (absent: new), `after` as they are now
   * (absent: deleted). Interactions whose contributions did not change cost nothing.
   */
  async applyChange(
    run: QueryRunner,
    before: readonly InteractionFacts[],
    after: readonly InteractionFacts[],
  ): Promise<NetworkChange> {
    const old = new Map(before.map((f) => [f.id, f]));
    const recompute = new Map<string, StoredPair>();
    const added: InteractionFacts[] = [];
    for (const now of after) {
      const was = old.get(now.id);
      old.delete(now.id);
      if (!was) {
        added.push(now);
        continue;
      }
      const wasBuckets = interactionBuckets(was);
      const nowBuckets = interactionBuckets(now);
      if (JSON.stringify(wasBuckets) === JSON.stringify(nowBuckets)) continue;
      pairsOf(wasBuckets, recompute);
      pairsOf(nowBuckets, recompute);
    }
    for (const removed of old.values()) pairsOf(interactionBuckets(removed), recompute);

    const additions = new BucketAggregate();
    for (const facts of added) {
      additions.addInteraction(facts, (b) => !recompute.has(pairKey(b.source, b.target)));
    }
    if (additions.size === 0 && recompute.size === 0) return NO_CHANGE;
    const version = await this.statements.bumpVersion(run);
    const buckets = additions.values();
    await this.statements.addBuckets(run, buckets);
    await this.recomputePairs(run, [...recompute.values()]);
    const touched = new Map(recompute);
    pairsOf(buckets, touched);
    await this.statements.recordDelta(run, [...touched.values()]);
    return { added: added.length, recomputed: recompute.size, version };
  }

  /**
   * mergeActors, step 1 (before the merge statement moves links): the facts of the merged actor's interactions;
   * the version is incremented and the actor's projection relationships deleted (they would otherwise move like
   * any other relationship).
   */
  async beforeActorMerge(run: QueryRunner, mergeId: string): Promise<InteractionFacts[]> {
    const ids = await run<{ id: string }>(this.statements.query('actor-interaction-ids'), { id: mergeId });
    const before = await this.facts(
      run,
      ids.map((row) => row.id),
    );
    await this.statements.bumpVersion(run);
    await run(this.statements.query('delete-actor-projection'), { id: mergeId });
    return before;
  }

  /** mergeActors, step 2 (after the merge): recomputes every pair of those interactions, before and after (the version was incremented in step 1). */
  async afterActorMerge(run: QueryRunner, before: readonly InteractionFacts[]): Promise<NetworkChange> {
    const after = await this.facts(
      run,
      before.map((f) => f.id),
    );
    const pairs = new Map<string, StoredPair>();
    for (const facts of [...before, ...after]) pairsOf(interactionBuckets(facts), pairs);
    await this.recomputePairs(run, [...pairs.values()]);
    // Every projection relationship the merged actor had came from one of these interactions: its pairs are listed.
    await this.statements.recordDelta(run, [...pairs.values()]);
    return { added: 0, recomputed: pairs.size, version: null };
  }

  /** Replaces the projection relationships of these pairs with what their interactions give now. */
  private async recomputePairs(run: QueryRunner, pairs: readonly StoredPair[]): Promise<void> {
    for (let at = 0; at < pairs.length; at += PAIR_CHUNK) {
      const chunk = pairs.slice(at, at + PAIR_CHUNK);
      const rows = await this.statements.pairFacts(run, chunk);
      const exact = new BucketAggregate();
      for (const row of rows) {
        exact.addInteraction(row, (b) => b.source === row.source && b.target === row.target);
      }
      await this.statements.deletePairs(run, chunk);
      await this.statements.addBuckets(run, exact.values(), true);
    }
  }
}
