import { Neo4jService } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { NetworkMaintainer } from './network-maintainer';
import { actorChunks, scanSources } from './network-scan';

export interface RebuildProgress {
  actors: number;
  totalActors: number;
  interactions: number;
  relationships: number;
}

/**
 * `cli network rebuild`: replaces the projection with what the interactions give, a chunk of actors per
 * transaction (their outgoing projection relationships deleted and written again), so memory stays bounded at
 * any size. Run it while nothing else writes.
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
    options: { chunkSize?: number; onProgress?: (p: RebuildProgress) => void } = {},
  ): Promise<RebuildProgress & { version: number }> {
    const statements = this.maintainer.statements;
    const [count] = await this.neo4j.read<{ actors: number }>(statements.query('actor-count'));
    const progress: RebuildProgress = { actors: 0, totalActors: count?.actors ?? 0, interactions: 0, relationships: 0 };
    let version = 0;
    for await (const ids of actorChunks(this.neo4j, statements, options.chunkSize ?? 1000)) {
      version = await this.neo4j.bulkWriteTransaction(async (run) => {
        const bumped = await statements.bumpVersion(run);
        await statements.recordDelta(run, null);
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
}
