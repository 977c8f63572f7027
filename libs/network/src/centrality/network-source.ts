import type { LinkParams, NetworkLink, NetworkSize } from '@actorgraph/graph';

/** The network a computation runs on, with each node's name (rankings break ties by name). */
export interface SourcedNetwork {
  readonly links: NetworkLink[];
  readonly names: Map<string, string>;
}

/**
 * What selects a network: the `$where` map of cypher/fragments/interaction-where.cypher (text hits filled in)
 * and the `$links` map of the link options.
 */
export interface NetworkQuery {
  readonly where: Readonly<Record<string, unknown>>;
  readonly links: LinkParams;
}

/**
 * Where network computations read the who-spoke-to-whom network from: its version, a size read without
 * reading the links (to refuse before reading), and the links themselves. Neo4jNetworkSource is the one in
 * use; the choice of scan or projection is inside it.
 */
export interface NetworkSource {
  /** Changes whenever the network can have changed (docs/network.md, "The network version"). */
  version(): Promise<string>;
  /** At least the real size (an upper bound is fine). */
  size(query: NetworkQuery): Promise<NetworkSize>;
  read(query: NetworkQuery): Promise<SourcedNetwork>;
}
