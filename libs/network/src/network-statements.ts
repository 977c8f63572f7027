import { NetworkLevel } from '@actorgraph/graph';
import type { CypherQuery, Neo4jService, QueryRunner } from '@actorgraph/neo4j';
import { type Bucket } from './network-buckets';
import type { InteractionFacts } from './interaction-facts';

const STATEMENTS = [
  'interaction-facts',
  'pair-facts',
  'add-totals',
  'add-periods',
  'delete-pairs',
  'delete-actor-projection',
  'actor-interaction-ids',
  'bump-version',
  'version',
  'source-chunk',
  'source-facts',
  'source-projection',
  'delete-source-projection',
  'projection-size',
  'actor-count',
] as const;
type StatementName = (typeof STATEMENTS)[number];

/** Rows per statement when writing buckets (a batch of 5,000 interactions gives about 20,000). */
const WRITE_CHUNK = 10_000;

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

  async deletePairs(run: QueryRunner, pairs: readonly StoredPair[]): Promise<void> {
    if (pairs.length > 0) await run(this.q['delete-pairs'], { pairs });
  }

  /** Adds the buckets' measures (MERGE per relationship identity), level by level. */
  async addBuckets(run: QueryRunner, buckets: readonly Bucket[]): Promise<void> {
    const byLevel = new Map<NetworkLevel, Bucket[]>();
    for (const bucket of buckets) {
      const list = byLevel.get(bucket.level) ?? [];
      list.push(bucket);
      byLevel.set(bucket.level, list);
    }
    for (const level of Object.values(NetworkLevel)) {
      const rows = byLevel.get(level) ?? [];
      for (let at = 0; at < rows.length; at += WRITE_CHUNK) {
        const chunk = rows.slice(at, at + WRITE_CHUNK);
        if (level === NetworkLevel.INTERACTED) await run(this.q['add-totals'], { rows: chunk });
        else await run(this.q['add-periods'], { type: level, rows: chunk });
      }
    }
  }
}
