import { dateOfTimeKey, NetworkLevel } from '@actorgraph/graph';
import { int, type CypherQuery, type Neo4jService, type QueryRunner } from '@actorgraph/neo4j';
import { bucketKey, pairKey, type Bucket } from './network-buckets';
import type { InteractionFacts } from './interaction-facts';

const STATEMENTS = [
  'interaction-facts',
  'pair-facts',
  'pair-projection',
  'add-measures',
  'create-relationships',
  'delete-pairs',
  'delete-actor-projection',
  'actor-interaction-ids',
  'bump-version',
  'record-delta',
  'version',
  'source-chunk',
  'source-facts',
  'source-slice-facts',
  'source-projection',
  'delete-source-projection',
  'delete-source-projection-slice',
  'projection-size',
  'actor-count',
  'missing',
] as const;
type StatementName = (typeof STATEMENTS)[number];

/** Rows per statement when writing buckets (a batch of 5,000 interactions gives about 20,000). */
const WRITE_CHUNK = 10_000;

/** A delta listing more pairs than this is recorded as a whole change (a large batch: readers read it all). */
const DELTA_MAX_PAIRS = 20_000;
/** Deltas of this many versions are kept: a reader further behind reads the whole network again. */
const DELTAS_KEPT = 1_000;

/** A stored pair: source → target as the projection stores it. */
export interface StoredPair {
  source: string;
  target: string;
}

/** The `cypher/queries/network/` statements, run inside a caller's transaction. */
export class NetworkStatements {
  private readonly q: Record<StatementName, CypherQuery>;

  constructor(neo4j: Neo4jService) {
    this.q = Object.fromEntries(STATEMENTS.map((name) => [name, neo4j.queries.require(`network/${name}`)])) as Record<
      StatementName,
      CypherQuery
    >;
  }

  query(name: StatementName): CypherQuery {
    return this.q[name];
  }

  async interactionFacts(run: QueryRunner, ids: readonly string[]): Promise<InteractionFacts[]> {
    if (ids.length === 0) return [];
    return run<InteractionFacts>(this.q['interaction-facts'], { ids });
  }

  async pairFacts(run: QueryRunner, pairs: readonly StoredPair[]): Promise<(InteractionFacts & StoredPair)[]> {
    if (pairs.length === 0) return [];
    return run<InteractionFacts & StoredPair>(this.q['pair-facts'], { pairs });
  }

  async bumpVersion(run: QueryRunner): Promise<number> {
    const [row] = await run<{ version: number }>(this.q['bump-version']);
    return row?.version ?? 0;
  }

  /**
   * Records the pairs this transaction's projection change touched, under the version it bumped (null: too many
   * to list, or all of them: readers read the whole network again).
   */
  async recordDelta(run: QueryRunner, pairs: readonly StoredPair[] | null): Promise<void> {
    const listed = pairs !== null && pairs.length <= DELTA_MAX_PAIRS ? pairs : null;
    await run(this.q['record-delta'], {
      full: listed === null,
      sources: listed && listed.map((p) => p.source),
      targets: listed && listed.map((p) => p.target),
      keep: int(DELTAS_KEPT),
    });
  }

  async deletePairs(run: QueryRunner, pairs: readonly StoredPair[]): Promise<void> {
    if (pairs.length > 0) await run(this.q['delete-pairs'], { pairs });
  }

  /**
   * Adds the buckets' measures to the projection: the relationships stored between their pairs are read with their
   * element ids (the caller holds the version's lock, see bumpVersion), existing ones are added to by id, missing
   * ones created.
   * `allNew`: the caller just deleted every relationship of these pairs (recompute, rebuild), so none is read.
   */
  async addBuckets(run: QueryRunner, buckets: readonly Bucket[], allNew = false): Promise<void> {
    if (buckets.length === 0) return;
    if (allNew) {
      const rows = buckets.map(creationOf);
      for (let at = 0; at < rows.length; at += WRITE_CHUNK)
        await run(this.q['create-relationships'], { rows: rows.slice(at, at + WRITE_CHUNK) });
      return;
    }
    const pairs = new Map<string, StoredPair>();
    for (const { source, target } of buckets) pairs.set(pairKey(source, target), { source, target });
    const stored = new Map<string, string>();
    const pairList = [...pairs.values()];
    for (let at = 0; at < pairList.length; at += WRITE_CHUNK) {
      const found = await run<Bucket & { rid: string }>(this.q['pair-projection'], {
        pairs: pairList.slice(at, at + WRITE_CHUNK),
      });
      for (const row of found) stored.set(bucketKey(row), row.rid);
    }
    const existing: Record<string, unknown>[] = [];
    const fresh: Record<string, unknown>[] = [];
    for (const b of buckets) {
      const rid = stored.get(bucketKey(b));
      if (rid === undefined) fresh.push(creationOf(b));
      else existing.push({ ...measuresOf(b), rid });
    }
    for (let at = 0; at < existing.length; at += WRITE_CHUNK)
      await run(this.q['add-measures'], { rows: existing.slice(at, at + WRITE_CHUNK) });
    for (let at = 0; at < fresh.length; at += WRITE_CHUNK)
      await run(this.q['create-relationships'], { rows: fresh.slice(at, at + WRITE_CHUNK) });
  }
}

function measuresOf(b: Bucket): Record<string, unknown> {
  return {
    count: b.count,
    quad1: b.quad1,
    quad2: b.quad2,
    quad3: b.quad3,
    quad4: b.quad4,
    goldsteinSum: b.goldsteinSum,
    goldsteinCount: b.goldsteinCount,
    firstKey: b.firstKey,
    lastKey: b.lastKey,
  };
}

/** A row of network/create-relationships: integers as Neo4j integers (a JS number is stored as a float). */
function creationOf(b: Bucket): Record<string, unknown> {
  const props: Record<string, unknown> = {
    mode: b.mode,
    kind: b.kind,
    dataset: b.dataset,
    count: int(b.count),
    quad1: int(b.quad1),
    quad2: int(b.quad2),
    quad3: int(b.quad3),
    quad4: int(b.quad4),
    goldsteinSum: b.goldsteinSum,
    goldsteinCount: int(b.goldsteinCount),
    firstKey: b.firstKey,
    lastKey: b.lastKey,
    first: dateOfTimeKey(b.firstKey),
    last: dateOfTimeKey(b.lastKey),
  };
  if (b.level !== NetworkLevel.INTERACTED) {
    props['start'] = b.start;
    props['end'] = b.end;
  }
  return { level: b.level, source: b.source, target: b.target, props };
}
