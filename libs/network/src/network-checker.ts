import { Neo4jService } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { BucketAggregate, bucketKey, type Bucket, type BucketMeasures } from './network-buckets';
import { NetworkMaintainer } from './network-maintainer';
import { actorChunks, CHUNK_BUDGET, forEachSourceSlice, scanSources, type ChunkBudget } from './network-scan';

/** One way the stored projection differs from the scan. */
export interface NetworkDifference {
  kind: 'missing' | 'unexpected' | 'different';
  /** `INTERACTED_MONTH person:a → person:b DIRECTED CALL curation 2025-08..2025-08`. */
  relationship: string;
  /** For `different`: `count: expected 2, stored 1; …`. */
  detail: string;
}

export interface CheckReport {
  actors: number;
  relationships: number;
  differences: NetworkDifference[];
  /** More differences than were kept (`maxDifferences`). */
  truncated: boolean;
}

const MEASURES: (keyof BucketMeasures)[] = [
  'count',
  'quad1',
  'quad2',
  'quad3',
  'quad4',
  'goldsteinSum',
  'goldsteinCount',
  'firstKey',
  'lastKey',
];

/** Goldstein sums are added in different orders by writes and by a scan: equal within 1e-9, relative. */
function sameValue(field: keyof BucketMeasures, expected: unknown, stored: unknown): boolean {
  if (field === 'goldsteinSum' && typeof expected === 'number' && typeof stored === 'number') {
    return Math.abs(expected - stored) <= 1e-9 * Math.max(1, Math.abs(expected), Math.abs(stored));
  }
  return expected === stored;
}

export function describeBucket(b: Bucket): string {
  const span = b.start === null ? '' : ` ${b.start}..${b.end}`;
  return `${b.level} ${b.source} → ${b.target} ${b.mode} ${b.kind} ${b.dataset}${span}`;
}

/** Compares stored relationships with the scan's, relationship by relationship. */
export function compareBuckets(expected: readonly Bucket[], stored: readonly Bucket[]): NetworkDifference[] {
  const differences: NetworkDifference[] = [];
  const held = new Map(stored.map((b) => [bucketKey(b), b]));
  for (const want of expected) {
    const key = bucketKey(want);
    const got = held.get(key);
    held.delete(key);
    if (!got) {
      differences.push({ kind: 'missing', relationship: describeBucket(want), detail: `count ${want.count}` });
      continue;
    }
    const fields = MEASURES.filter((f) => !sameValue(f, want[f], got[f]));
    const derived = [
      got.firstKey && (got as Bucket & { first?: string }).first !== got.firstKey.split(' ')[2] ? 'first' : null,
      got.lastKey && (got as Bucket & { last?: string }).last !== got.lastKey.split(' ')[2] ? 'last' : null,
    ].filter((f): f is string => f !== null);
    if (fields.length > 0 || derived.length > 0) {
      differences.push({
        kind: 'different',
        relationship: describeBucket(want),
        detail: [
          ...fields.map((f) => `${f}: expected ${String(want[f])}, stored ${String(got[f])}`),
          ...derived.map((f) => `${f} does not match its key`),
        ].join('; '),
      });
    }
  }
  for (const extra of held.values()) {
    differences.push({ kind: 'unexpected', relationship: describeBucket(extra), detail: `count ${extra.count}` });
  }
  return differences;
}

/**
 * `cli network check`: computes the projection from a scan of the interactions, a chunk of actors at a time, and
 * compares it with the stored one. Reads only; run it while nothing writes (a write between the two reads of a
 * chunk shows as a difference).
 */
@Injectable()
export class NetworkChecker {
  constructor(
    private readonly neo4j: Neo4jService,
    private readonly maintainer: NetworkMaintainer,
  ) {}

  async check(
    options: {
      chunkSize?: number;
      budget?: ChunkBudget;
      maxDifferences?: number;
      onProgress?: (p: { actors: number; totalActors: number }) => void;
    } = {},
  ): Promise<CheckReport> {
    const statements = this.maintainer.statements;
    const max = options.maxDifferences ?? 1000;
    const [count] = await this.neo4j.read<{ actors: number }>(statements.query('actor-count'));
    const report: CheckReport = { actors: 0, relationships: 0, differences: [], truncated: false };
    const budget = options.budget ?? CHUNK_BUDGET;
    for await (const { ids, sliced } of actorChunks(this.neo4j, statements, options.chunkSize ?? 1000, budget)) {
      const differences = sliced
        ? await this.checkSliced(ids[0] as string, budget.slice, report)
        : await this.neo4j.readTransaction(async (run) => {
            const { buckets } = await scanSources(run, statements, ids);
            const stored = await run<Bucket>(statements.query('source-projection'), { ids });
            report.relationships += stored.length;
            return compareBuckets(buckets, stored);
          });
      this.keep(report, differences, max);
      report.actors += ids.length;
      options.onProgress?.({ actors: report.actors, totalActors: count?.actors ?? report.actors });
    }
    const [size] = await this.neo4j.read<{ totals: number; years: number; months: number; strays: number }>(
      statements.query('projection-size'),
    );
    if (size && size.totals + size.years + size.months !== report.relationships) {
      this.keep(
        report,
        [
          {
            kind: 'unexpected',
            relationship: 'projection relationships not starting at an actor',
            detail: `${size.totals + size.years + size.months - report.relationships} (${size.strays} from non-actors)`,
          },
        ],
        max,
      );
    }
    return report;
  }

  /** One actor's relationships against the scan of its interactions, read a slice per transaction. */
  private async checkSliced(id: string, slice: number, report: CheckReport): Promise<NetworkDifference[]> {
    const statements = this.maintainer.statements;
    const expected = new BucketAggregate();
    await forEachSourceSlice(
      (work) => this.neo4j.readTransaction(work),
      statements,
      id,
      slice,
      async (_run, read) => {
        for (const bucket of read.buckets) expected.add(bucket);
      },
    );
    const stored = await this.neo4j.read<Bucket>(statements.query('source-projection'), { ids: [id] });
    report.relationships += stored.length;
    return compareBuckets(expected.values(), stored);
  }

  private keep(report: CheckReport, differences: NetworkDifference[], max: number): void {
    for (const d of differences) {
      if (report.differences.length < max) report.differences.push(d);
      else report.truncated = true;
    }
  }
}
