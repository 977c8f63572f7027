import { int, type Neo4jService, type QueryRunner } from '@actorgraph/neo4j';
import type { InteractionFacts } from './interaction-facts';
import { BucketAggregate, type Bucket } from './network-buckets';
import type { NetworkStatements } from './network-statements';

/** The buckets of these interactions whose relationship starts at one of `sources`. */
function sourceBuckets(facts: readonly InteractionFacts[], sources: ReadonlySet<string>): Bucket[] {
  const aggregate = new BucketAggregate();
  for (const f of facts) aggregate.addInteraction(f, (b) => sources.has(b.source));
  return aggregate.values();
}

/** What a scan of some interactions gives: the buckets of the relationships they make, and how many there were. */
export interface ScannedBuckets {
  buckets: Bucket[];
  interactions: number;
}

/**
 * The projection a scan of the interactions gives for the relationships starting at these actors: every
 * relationship's source is an initiator, so the interactions these actors initiated hold all of them.
 */
export async function scanSources(
  run: QueryRunner,
  statements: NetworkStatements,
  sourceIds: readonly string[],
): Promise<ScannedBuckets> {
  const facts = await run<InteractionFacts>(statements.query('source-facts'), { ids: sourceIds });
  return { buckets: sourceBuckets(facts, new Set(sourceIds)), interactions: facts.length };
}

/**
 * Walks the interactions one actor initiated, `slice` at a time in id order (an actor that initiated more than one
 * transaction should read), each slice in its own transaction (`transaction`: a read or a bulk write), where `each`
 * gets the slice's buckets (`first`: the first slice).
 */
export async function forEachSourceSlice(
  transaction: <T>(work: (run: QueryRunner) => Promise<T>) => Promise<T>,
  statements: NetworkStatements,
  id: string,
  slice: number,
  each: (run: QueryRunner, read: ScannedBuckets, first: boolean) => Promise<void>,
): Promise<void> {
  for (let after: string | null = ''; after !== null;) {
    const from: string = after;
    after = await transaction(async (run) => {
      const facts = await run<InteractionFacts>(statements.query('source-slice-facts'), {
        id,
        after: from,
        limit: int(slice),
      });
      await each(run, { buckets: sourceBuckets(facts, new Set([id])), interactions: facts.length }, from === '');
      // The rows come in id order: the last is where the next slice starts.
      return facts.at(-1)?.id ?? null;
    });
  }
}

/** Interactions of several actors one rebuild or check transaction reads at most. */
export const CHUNK_INTERACTIONS = 20_000;

/**
 * An actor that initiated more than this on its own is read this many of its interactions at a time (up to it, the
 * actor alone is one transaction: the 1M bench's hub initiated 87,681, at 10M about ten times as many). Slices cost
 * more than one transaction (each sorts the actor's interactions and adds to what the earlier slices wrote), so
 * they are kept for what one transaction cannot hold.
 */
export const SLICE_INTERACTIONS = 100_000;

/** The transactions' sizes of a walk over the actors (tests make them small). */
export interface ChunkBudget {
  /** Initiated interactions of several actors per transaction. */
  chunk: number;
  /** An actor that initiated more is read a slice of this many at a time. */
  slice: number;
}

export const CHUNK_BUDGET: ChunkBudget = { chunk: CHUNK_INTERACTIONS, slice: SLICE_INTERACTIONS };

/** Actors read (or rebuilt) in one transaction; `sliced`: one actor over the slice, read a slice at a time. */
export interface ActorChunk {
  ids: string[];
  sliced: boolean;
}

/**
 * Splits actors (in order) into chunks of at most `budget` initiated interactions each; an actor over the budget on
 * its own is a chunk of one. A chunk of 1,000 actors holding the hub states ran out of Neo4j's transaction memory
 * at 1M interactions.
 */
export function chunkByInitiated(
  actors: readonly { id: string; initiated: number }[],
  budget: number = CHUNK_INTERACTIONS,
): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let weight = 0;
  for (const { id, initiated } of actors) {
    if (chunk.length > 0 && weight + initiated > budget) {
      chunks.push(chunk);
      chunk = [];
      weight = 0;
    }
    chunk.push(id);
    weight += initiated;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Walks the actors in id order, at most `size` at a time and `budget.chunk` initiated interactions a chunk. */
export async function* actorChunks(
  neo4j: Neo4jService,
  statements: NetworkStatements,
  size: number,
  budget: ChunkBudget = CHUNK_BUDGET,
): AsyncGenerator<ActorChunk> {
  let after = '';
  for (;;) {
    const rows = await neo4j.read<{ id: string; initiated: number }>(statements.query('source-chunk'), {
      after,
      limit: int(size),
    });
    if (rows.length === 0) return;
    const initiated = new Map(rows.map((row) => [row.id, row.initiated]));
    for (const ids of chunkByInitiated(rows, budget.chunk))
      yield { ids, sliced: ids.length === 1 && (initiated.get(ids[0] as string) ?? 0) > budget.slice };
    after = (rows[rows.length - 1] as { id: string }).id;
  }
}
