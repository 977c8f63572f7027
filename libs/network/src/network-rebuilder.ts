import { int, Neo4jService, type QueryRunner } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { NetworkMaintainer } from './network-maintainer';
import { actorChunks, CHUNK_BUDGET, forEachSourceSlice, scanSources, type ChunkBudget } from './network-scan';

export interface RebuildProgress {
  actors: number;
  totalActors: number;
  interactions: number;
  relationships: number;
}

/**
 * `cli network rebuild`: replaces the projection with what the interactions give, a chunk of actors per
 * transaction (their outgoing projection relationships deleted and written again); an actor that initiated more
 * than one transaction holds on its own (SLICE_INTERACTIONS, network-scan) is deleted and written back a slice per
 * transaction, so memory stays bounded at any size. Run it while nothing else writes.
 */
@Injectable()
export class NetworkRebuilder {
  constructor(
    private readonly neo4j: Neo4jService,
    private readonly maintainer: NetworkMaintainer,
  ) {}

  /** Rebuilds when the graph has interactions but no projection yet (an older database); says whether it did. */
  async rebuildIfMissing(): Promise<boolean> {
    const [row] = await this.neo4j.read<{ missing: boolean }>(this.maintainer.statements.query('missing'));
    if (!row?.missing) return false;
    await this.rebuild();
    return true;
  }

  async rebuild(
    options: { chunkSize?: number; budget?: ChunkBudget; onProgress?: (p: RebuildProgress) => void } = {},
  ): Promise<RebuildProgress & { version: number }> {
    const statements = this.maintainer.statements;
    const budget = options.budget ?? CHUNK_BUDGET;
    const [count] = await this.neo4j.read<{ actors: number }>(statements.query('actor-count'));
    const progress: RebuildProgress = { actors: 0, totalActors: count?.actors ?? 0, interactions: 0, relationships: 0 };
    let version = 0;
    for await (const { ids, sliced } of actorChunks(this.neo4j, statements, options.chunkSize ?? 1000, budget)) {
      version = sliced
        ? await this.rebuildSliced(ids[0] as string, budget.slice, progress)
        : await this.neo4j.bulkWriteTransaction(async (run) => {
            const bumped = await this.bump(run);
            await run(statements.query('delete-source-projection'), { ids });
            const { buckets, interactions } = await scanSources(run, statements, ids);
            await statements.addBuckets(run, buckets, true);
            progress.interactions += interactions;
            progress.relationships += buckets.length;
            return bumped;
          });
      progress.actors += ids.length;
      options.onProgress?.({ ...progress });
    }
    return { ...progress, version };
  }

  /** One actor's relationships deleted `slice` at a time, then its interactions added back `slice` at a time. */
  private async rebuildSliced(id: string, slice: number, progress: RebuildProgress): Promise<number> {
    const statements = this.maintainer.statements;
    let version = 0;
    for (let deleted = slice; deleted >= slice;) {
      [version, deleted] = await this.neo4j.bulkWriteTransaction(async (run) => {
        const bumped = await this.bump(run);
        const [row] = await run<{ deleted: number }>(statements.query('delete-source-projection-slice'), {
          id,
          limit: int(slice),
        });
        return [bumped, row?.deleted ?? 0] as const;
      });
    }
    await forEachSourceSlice(
      (work) => this.neo4j.bulkWriteTransaction(work),
      statements,
      id,
      slice,
      async (run, read, first) => {
        version = await this.bump(run);
        // The first slice creates outright (its relationships were just deleted); later ones add to what it wrote.
        await statements.addBuckets(run, read.buckets, first);
        progress.interactions += read.interactions;
        progress.relationships += read.buckets.length;
      },
    );
    return version;
  }

  /** Every rebuild transaction changes the projection: a new version, whose delta is the whole network. */
  private async bump(run: QueryRunner): Promise<number> {
    const bumped = await this.maintainer.statements.bumpVersion(run);
    await this.maintainer.statements.recordDelta(run, null);
    return bumped;
  }
}
