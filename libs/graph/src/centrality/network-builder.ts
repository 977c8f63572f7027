import { canonicalNetwork } from './canonical-network';
import { subNetwork, type IndexedNetwork, type NetworkLink } from './indexed-network';

/** Node indexes are packed two to a number key (a × 2^24 + b, doubled for the mode): exact below 2^53. */
const NODE_LIMIT = 2 ** 24;

/**
 * Builds an {@link IndexedNetwork} one link at a time, so a caller can spread a large network over several
 * turns of the event loop. Nodes are numbered in the order they are first seen and links kept in the order they
 * first came; {@link canonicalNetwork} puts both in id order (in a worker thread, where sorting costs nobody
 * a wait). Repeated links are merged (weights added), an undirected link is kept once whichever way it came,
 * and self-loops are dropped (an actor does not speak to itself).
 */
export class NetworkBuilder {
  private readonly index = new Map<string, number>();
  private readonly nodes: string[] = [];
  private readonly slots = new Map<number, number>();
  private readonly sources: number[] = [];
  private readonly targets: number[] = [];
  private readonly weights: number[] = [];
  private readonly undirected: number[] = [];
  /** Whether clearBetween emptied a link: the next build leaves such links out. */
  private cleared = false;

  add({ source, target, weight, undirected = false }: NetworkLink): this {
    if (!(weight > 0)) throw new Error(`link ${source} → ${target} has a weight that is not positive: ${weight}`);
    if (source === target) return this;
    let [a, b] = [this.node(source), this.node(target)];
    if (undirected && b < a) [a, b] = [b, a];
    const key = (a * NODE_LIMIT + b) * 2 + (undirected ? 1 : 0);
    const slot = this.slots.get(key);
    if (slot !== undefined) this.weights[slot]! += weight;
    else {
      this.slots.set(key, this.sources.length);
      this.sources.push(a);
      this.targets.push(b);
      this.weights.push(weight);
      this.undirected.push(undirected ? 1 : 0);
    }
    return this;
  }

  /**
   * Removes every link between two actors, either way and of either kind (a pair whose links are about to be read
   * again); a node left with no link drops out of the next build.
   */
  clearBetween(x: string, y: string): this {
    const [a, b] = [this.index.get(x), this.index.get(y)];
    if (a === undefined || b === undefined) return this;
    const [low, high] = a < b ? [a, b] : [b, a];
    for (const key of [(a * NODE_LIMIT + b) * 2, (b * NODE_LIMIT + a) * 2, (low * NODE_LIMIT + high) * 2 + 1]) {
      const slot = this.slots.get(key);
      if (slot !== undefined && this.weights[slot] !== 0) {
        this.weights[slot] = 0;
        this.cleared = true;
      }
    }
    return this;
  }

  /** The network so far, nodes and links in the order first seen. */
  build(): IndexedNetwork {
    if (this.cleared) return this.buildWithoutCleared();
    return {
      nodes: [...this.nodes],
      sources: Uint32Array.from(this.sources),
      targets: Uint32Array.from(this.targets),
      weights: Float64Array.from(this.weights),
      undirected: Uint8Array.from(this.undirected),
    };
  }

  /** The network without the cleared links and the nodes they leave alone, numbered again in the same order. */
  private buildWithoutCleared(): IndexedNetwork {
    const kept: number[] = [];
    this.weights.forEach((weight, slot) => {
      if (weight !== 0) kept.push(slot);
    });
    const { nodes, sources, targets, weights, undirected } = this;
    return subNetwork({ nodes, sources, targets, weights, undirected }, kept);
  }

  private node(id: string): number {
    let found = this.index.get(id);
    if (found === undefined) {
      if (this.nodes.length === NODE_LIMIT) throw new Error(`a network of more than ${NODE_LIMIT} actors`);
      found = this.nodes.push(id) - 1;
      this.index.set(id, found);
    }
    return found;
  }
}

/** The network of these links in id order, built in one go (tests, small networks). */
export function indexNetwork(links: Iterable<NetworkLink>): IndexedNetwork {
  const builder = new NetworkBuilder();
  for (const link of links) builder.add(link);
  return canonicalNetwork(builder.build()).network;
}
