import type { NetworkLink, NetworkSize } from '@actorgraph/graph';
import type { CypherQuery, Neo4jService } from '@actorgraph/neo4j';
import type { NetworkQuery, NetworkSource, SourcedNetwork } from './network-source';

interface LinkRow {
  source: string;
  sourceName: string;
  target: string;
  targetName: string;
  weight: number;
  undirected: boolean;
}

/**
 * The network read from Neo4j by scanning the interactions that match the filter (cypher/queries/
 * network-computations/scan-*.cypher): exact for every filter and link option. The one place to switch to the
 * maintained projection (docs/network.md) for the filters it answers exactly.
 */
export class Neo4jNetworkSource implements NetworkSource {
  private readonly queries: { version: CypherQuery; size: CypherQuery; links: CypherQuery };

  constructor(private readonly neo4j: Neo4jService) {
    this.queries = {
      version: neo4j.queries.require('network-computations/version'),
      size: neo4j.queries.require('network-computations/scan-size'),
      links: neo4j.queries.require('network-computations/scan-links'),
    };
  }

  async version(): Promise<string> {
    const [row] = await this.neo4j.read<{ version: string }>(this.queries.version);
    return row?.version ?? '0';
  }

  async size(query: NetworkQuery): Promise<NetworkSize> {
    const [row] = await this.neo4j.read<NetworkSize>(this.queries.size, { ...query });
    return { nodes: row?.nodes ?? 0, links: row?.links ?? 0 };
  }

  async read(query: NetworkQuery): Promise<SourcedNetwork> {
    const rows = await this.neo4j.read<LinkRow>(this.queries.links, { ...query });
    const names = new Map<string, string>();
    const links: NetworkLink[] = rows.map((row) => {
      names.set(row.source, row.sourceName).set(row.target, row.targetName);
      return { source: row.source, target: row.target, weight: row.weight, undirected: row.undirected };
    });
    return { links, names };
  }
}
