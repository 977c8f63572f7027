import { NetworkBuilder, type IndexedNetwork } from '@actorgraph/graph';
import { forEachInTurns } from './in-turns';
import type { NetworkQuery, NetworkSource, SourcedNetwork } from './network-source';

/** A network indexed for a computation, with each node's name. */
export interface IndexedSourcedNetwork {
  readonly network: IndexedNetwork;
  readonly names: ReadonlyMap<string, string>;
}

/** Links indexed a few thousand per turn of the event loop. */
async function builderOf(links: SourcedNetwork['links']): Promise<NetworkBuilder> {
  const builder = new NetworkBuilder();
  await forEachInTurns(links, (link) => builder.add(link));
  return builder;
}

/** A network as read, indexed in turns of the event loop. */
export async function indexInTurns(read: Promise<SourcedNetwork>): Promise<IndexedSourcedNetwork> {
  const { links, names } = await read;
  return { network: (await builderOf(links)).build(), names };
}

/** The two parts of a network version, '<projection version>/<interactions>' (version.cypher). */
interface NetworkVersion {
  readonly projection: number;
  readonly interactions: number;
}

function parseVersion(version: string): NetworkVersion {
  const [projection, interactions] = version.split('/').map(Number);
  return { projection: projection ?? NaN, interactions: interactions ?? NaN };
}

interface HeldNetwork {
  readonly key: string;
  version: NetworkVersion;
  readonly builder: NetworkBuilder;
  readonly names: Map<string, string>;
}

/**
 * The network of the whole projection (no date window: PageRank of everyone, W6), kept from one version to the
 * next: after a write, only the actor pairs the projection's deltas list (network/record-delta.cypher) are read
 * again and patched in, instead of the whole network (700,000 links at 1M interactions). When the deltas do not
 * list every change (a rebuild, a large batch, a reader too far behind) or another filter is asked for, the whole
 * network is read again. One network is held (the last filter and link options asked), and one read at a time.
 */
export class WholeNetwork {
  private held: HeldNetwork | null = null;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly source: NetworkSource) {}

  /** The query's network as it is at `version` or later (the version is read before the network). */
  read(query: NetworkQuery, version: string): Promise<IndexedSourcedNetwork> {
    const next = this.turn.then(() => this.readNow(query, parseVersion(version)));
    this.turn = next.catch(() => undefined);
    return next;
  }

  private async readNow(query: NetworkQuery, at: NetworkVersion): Promise<IndexedSourcedNetwork> {
    const key = JSON.stringify([query.where, query.links]);
    const held = this.held?.key === key ? this.held : null;
    const pairs = held && (await this.changedPairs(held.version, at));
    this.held = null; // Until patched or read whole: a failure half way leaves nothing half patched behind.
    if (held && pairs) {
      if (pairs.length > 0) {
        const fresh = await this.source.readPairs!(query, pairs);
        for (const [a, b] of pairs) held.builder.clearBetween(a, b);
        await forEachInTurns(fresh.links, (link) => held.builder.add(link));
        for (const [id, name] of fresh.names) held.names.set(id, name);
      }
      held.version = at;
      this.held = held;
      return { network: held.builder.build(), names: held.names };
    }
    const { links, names } = await this.source.read(query);
    const builder = await builderOf(links);
    this.held = { key, version: at, builder, names };
    return { network: builder.build(), names };
  }

  /** The pairs changed between two versions, or null when they are not known (then everything is read again). */
  private async changedPairs(from: NetworkVersion, to: NetworkVersion) {
    if (to.projection === from.projection) return to.interactions === from.interactions ? [] : null;
    if (!(to.projection > from.projection) || !this.source.readDelta || !this.source.readPairs) return null;
    return this.source.readDelta(from.projection, to.projection);
  }
}
