import { byId, type NetworkLink, type NetworkSize, type ProjectionLevel } from '@actorgraph/graph';
import type { CypherQuery, Neo4jService } from '@actorgraph/neo4j';
import { forEachInTurns } from './in-turns';
import type { NetworkQuery, NetworkSource, SourcedNetwork } from './network-source';
import { spannedColumns, type SpannedLinks, type SpannedNetwork } from './spanned-network';

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

  async readSpans(query: NetworkQuery): Promise<SpannedNetwork> {
    const level = query.window?.level;
    if (level !== 'YEAR' && level !== 'MONTH')
      throw new Error(`spans are read for windows of years or months, not ${level}`);
    // Two statements in one transaction: the rows name their ends by internal node id, valid only inside it.
    return this.neo4j.namedReadTransaction(`network-computations:spans-${level}`, async (run) => {
      const rows = await run<SpannedLinks<number>>(this.queries.spans[level], this.params(query));
      const found = new Set<number>();
      await forEachInTurns(rows, (row) => {
        found.add(row.source);
        for (const target of row.targets) found.add(target);
      });
      // Only actors come back: a link to a place (a strike on a town) drops out of the network here.
      const ends = await run<{ node: number; id: string; name: string }>(this.queries.spanEnds, { nodes: [...found] });
      ends.sort((a, b) => byId(a.id, b.id));
      const columns = await spannedColumns(rows, new Map(ends.map((end, k) => [end.node, k])));
      const names = new Map(ends.map((end) => [end.id, end.name]));
      return { ...columns, nodes: ends.map((end) => end.id), names };
    });
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
