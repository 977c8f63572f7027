import type { LinkParams, NetworkLink, NetworkSize, ProjectionWindow } from '@actorgraph/graph';
import type { SpannedRead } from './spanned-network';

/** The network a computation runs on, with each node's name (rankings break ties by name). */
export interface SourcedNetwork {
  readonly links: NetworkLink[];
  readonly names: Map<string, string>;
}

/**
 * What selects a network: the `$where` map of cypher/fragments/interaction-where.cypher (text hits filled in),
 * the `$links` map of the link options, and the projection window when the maintained projection answers the
 * filter exactly (libs/graph projectionWindow; null: scan the interactions).
 */
export interface NetworkQuery {
  readonly where: Readonly<Record<string, unknown>>;
  readonly links: LinkParams;
  readonly window: ProjectionWindow | null;
}

/**
 * Where network computations read the who-spoke-to-whom network from: its version, a size read without
 * reading the links (to refuse before reading), and the links themselves. Neo4jNetworkSource is the one in
 * use; the choice of scan or projection is inside it.
 */
export interface NetworkSource {
  /** Changes whenever the network can have changed: '<projection version>/<interactions>' (version.cypher). */
  version(): Promise<string>;
  /** A cheap upper bound of the size (the count store), or the size itself when there is no cheap bound. */
  bound(query: NetworkQuery): Promise<NetworkSize>;
  /** The size, counted without reading the links out (nodes may be an upper bound). */
  size(query: NetworkQuery): Promise<NetworkSize>;
  read(query: NetworkQuery): Promise<SourcedNetwork>;
  /**
   * The links of every window of whole years or months inside `query.window` in one read, each with its span, in parts
   * by the period a link starts in (`partStarts`: each part's first period, ascending, the first `query.window.from`);
   * it starts reading at once. Only where the source reads the projection (absent at the STATE level, whose network is
   * always a scan).
   */
  readSpans?(query: NetworkQuery, partStarts: readonly string[]): SpannedRead;
  /**
   * The actor pairs whose projection changed after version `from` up to `to` (projection versions, the first part
   * of `version()`), or null when they are not all listed (a rebuild, a large batch, a reader too far behind).
   */
  readDelta?(from: number, to: number): Promise<(readonly [string, string])[] | null>;
  /** What `read` gives for a query of the whole projection (window level ALL), between these pairs only. */
  readPairs?(query: NetworkQuery, pairs: readonly (readonly [string, string])[]): Promise<SourcedNetwork>;
}
