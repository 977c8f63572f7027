import {
  byId,
  Granularity,
  nextPeriod,
  type NetworkLink,
  type NetworkSize,
  type ProjectionLevel,
} from '@actorgraph/graph';
import type { CypherQuery, Neo4jService } from '@actorgraph/neo4j';
import { forEachInTurns } from './in-turns';
import type { NetworkQuery, NetworkSource, SourcedNetwork } from './network-source';
import {
  periodNumber,
  spannedColumns,
  type SpannedColumns,
  type SpannedLinks,
  type SpannedRead,
} from './spanned-network';

interface LinkRow extends NetworkLink {
  readonly sourceName: string;
  readonly targetName: string;
}

/** A row is a link with its ends' names: the links as read, their names gathered in turns of the event loop. */
async function withNames<Row extends LinkRow>(links: Row[]): Promise<{ links: Row[]; names: Map<string, string> }> {
  const names = new Map<string, string>();
  await forEachInTurns(links, (row) => names.set(row.source, row.sourceName).set(row.target, row.targetName));
  return { links, names };
}

/** Beyond this many changed pairs, reading the whole network again is about as quick as re-reading them. */
const DELTA_READ_MAX_PAIRS = 50_000;

const LEVEL_FILE: Readonly<Record<ProjectionLevel, string>> = { ALL: 'all', YEAR: 'years', MONTH: 'months' };

/**
 * The network read from Neo4j (cypher/queries/network-computations/): from the maintained projection
 * (docs/network.md) when the query has a projection window, else by scanning the interactions that match the
 * filter — exact either way, for every filter and link option.
 */
export class Neo4jNetworkSource implements NetworkSource {
  private readonly queries: {
    version: CypherQuery;
    bound: CypherQuery;
    scan: { size: CypherQuery; links: CypherQuery };
    projection: Record<ProjectionLevel, { size: CypherQuery; links: CypherQuery }>;
    spans: Record<'YEAR' | 'MONTH', CypherQuery>;
    spanEnds: CypherQuery;
    deltas: CypherQuery;
    pairs: CypherQuery;
  };

  constructor(private readonly neo4j: Neo4jService) {
    const require = (name: string) => neo4j.queries.require(`network-computations/${name}`);
    const level = (file: string) => ({
      size: require(`projection-size-${file}`),
      links: require(`projection-links-${file}`),
    });
    this.queries = {
      version: require('version'),
      bound: require('projection-bound'),
      scan: { size: require('scan-size'), links: require('scan-links') },
      projection: { ALL: level(LEVEL_FILE.ALL), YEAR: level(LEVEL_FILE.YEAR), MONTH: level(LEVEL_FILE.MONTH) },
      spans: {
        YEAR: require(`projection-spans-${LEVEL_FILE.YEAR}`),
        MONTH: require(`projection-spans-${LEVEL_FILE.MONTH}`),
      },
      spanEnds: require('projection-span-ends'),
      deltas: require('deltas'),
      pairs: require('projection-links-pairs'),
    };
  }

  async version(): Promise<string> {
    const [row] = await this.neo4j.read<{ version: string }>(this.queries.version);
    return row?.version ?? '0';
  }

  async bound(query: NetworkQuery): Promise<NetworkSize> {
    if (query.window === null) return this.size(query);
    const [row] = await this.neo4j.read<NetworkSize>(this.queries.bound);
    return { nodes: row?.nodes ?? 0, links: row?.links ?? 0 };
  }

  async size(query: NetworkQuery): Promise<NetworkSize> {
    const [row] = await this.neo4j.read<NetworkSize>(this.statements(query).size, this.params(query));
    return { nodes: row?.nodes ?? 0, links: row?.links ?? 0 };
  }

  async read(query: NetworkQuery): Promise<SourcedNetwork> {
    return withNames(await this.neo4j.read<LinkRow>(this.statements(query).links, this.params(query)));
  }

  readSpans(query: NetworkQuery, partStarts: readonly string[]): SpannedRead {
    const level = query.window?.level;
    if (level !== 'YEAR' && level !== 'MONTH')
      throw new Error(`spans are read for windows of years or months, not ${level}`);
    const window = query.window!;
    // Part k: the relationships that start from partStarts[k] (the first part: from any earlier period, '' sorting
    // before every one) and before the next part's start (the last: up to the range's end).
    const starts = partStarts.map((from, k) => ({
      from: k === 0 ? '' : from,
      before: partStarts[k + 1] ?? nextPeriod(window.to, level === 'YEAR' ? Granularity.YEAR : Granularity.MONTH),
    }));
    const nodes: string[] = [];
    const names = new Map<string, string>();
    const partNumbers = partStarts.map(periodNumber);
    const parts = starts.map(() => deferred<SpannedColumns>());
    let delivered = 0;
    // The parts in one transaction, as the rows name their ends by internal node id, valid only inside it: a part's
    // rows, then the names of the ends not seen before (with the next part's statement sent right behind), then the
    // part becomes columns while Neo4j reads the next.
    const reading = this.neo4j.namedReadTransaction(
      `network-computations:spans-${level}`,
      async (run) => {
        // A retried transaction cannot renumber what was handed out already: the request fails instead.
        if (delivered > 0) throw new Error('the windowed read was interrupted after its first parts; ask again');
        nodes.length = 0;
        names.clear();
        const index = new Map<number, number>();
        const lookedUp = new Set<number>();
        const readPart = (k: number) => {
          const rows = run<SpannedLinks<number>>(this.queries.spans[level], {
            ...this.params(query),
            starts: starts[k],
          });
          // Awaited in its turn; should the transaction fail before then, the failure is the one already thrown.
          rows.catch(() => undefined);
          return rows;
        };
        let next = readPart(0);
        for (let k = 0; k < starts.length; k += 1) {
          const rows = await next;
          const fresh: number[] = [];
          const see = (node: number) => {
            if (lookedUp.has(node)) return;
            lookedUp.add(node);
            fresh.push(node);
          };
          await forEachInTurns(rows, (row) => {
            see(row.source);
            row.targets.forEach(see);
          });
          // Only actors come back: a link to a place (a strike on a town) drops out of the network here.
          const looking = run<{ node: number; id: string; name: string }>(this.queries.spanEnds, { nodes: fresh });
          // Sent right behind the ends: Neo4j goes on to the next part without waiting for the API.
          if (k + 1 < starts.length) next = readPart(k + 1);
          const ends = await looking;
          for (const end of ends.sort((a, b) => byId(a.id, b.id))) {
            index.set(end.node, nodes.push(end.id) - 1);
            names.set(end.id, end.name);
          }
          parts[k]!.resolve(await spannedColumns(rows, index, partNumbers[k + 1] ?? Infinity));
          delivered += 1;
        }
      },
      { fetchAll: true },
    );
    reading.catch((error: unknown) => parts.forEach((part) => part.reject(error)));
    return {
      nodes,
      names,
      partStarts: partNumbers,
      part: (k) => parts[k]!.promise,
    };
  }

  async readDelta(from: number, to: number): Promise<(readonly [string, string])[] | null> {
    const [row] = await this.neo4j.read<{ deltas: number; whole: boolean; pairs: [string, string][] }>(
      this.queries.deltas,
      { from, to, maxPairs: DELTA_READ_MAX_PAIRS },
    );
    return row && row.deltas === to - from && !row.whole ? row.pairs : null;
  }

  async readPairs(query: NetworkQuery, pairs: readonly (readonly [string, string])[]): Promise<SourcedNetwork> {
    const unordered = new Map(pairs.map(([a, b]) => [a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`, [a, b]]));
    return withNames(
      await this.neo4j.read<LinkRow>(this.queries.pairs, { ...this.params(query), pairs: [...unordered.values()] }),
    );
  }

  private statements(query: NetworkQuery) {
    return query.window === null ? this.queries.scan : this.queries.projection[query.window.level];
  }

  private params(query: NetworkQuery): Record<string, unknown> {
    const window = query.window && { from: query.window.from, to: query.window.to };
    return { where: query.where, links: query.links, window };
  }
}

/** A promise settled from outside; a rejection nobody awaits (a window answered from the cache) is not unhandled. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
