import { int, type Neo4jService, type QueryRunner } from '@actorgraph/neo4j';
import type { InteractionFacts } from './interaction-facts';
import { BucketAggregate, type Bucket } from './network-buckets';
import type { NetworkStatements } from './network-statements';

/**
 * The projection a scan of the interactions gives for the relationships starting at these actors: every
 * relationship's source is an initiator, so the interactions these actors initiated hold all of them.
 */
export async function scanSources(
  run: QueryRunner,
  statements: NetworkStatements,
  sourceIds: readonly string[],
): Promise<{ buckets: Bucket[]; interactions: number }> {
  const facts = await run<InteractionFacts>(statements.query('source-facts'), { ids: sourceIds });
  const sources = new Set(sourceIds);
  const aggregate = new BucketAggregate();
  for (const f of facts) aggregate.addInteraction(f, (b) => sources.has(b.source));
  return { buckets: aggregate.values(), interactions: facts.length };
}

/** Walks the actors in id order, `size` at a time. */
export async function* actorChunks(
  neo4j: Neo4jService,
  statements: NetworkStatements,
  size: number,
): AsyncGenerator<string[]> {
  let after = '';
  for (;;) {
    const rows = await neo4j.read<{ id: string }>(statements.query('source-chunk'), { after, limit: int(size) });
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    yield ids;
    after = ids[ids.length - 1] as string;
  }
}
