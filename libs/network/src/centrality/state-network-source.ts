import {
  aggregateDyads,
  codedState,
  NetworkMode,
  stateAt,
  type EndpointMap,
  type InteractionPairFacts,
  type NetworkLink,
  type NetworkSize,
  type StateFacts,
} from '@actorgraph/graph';
import type { CypherQueries, Neo4jService, QueryRunner } from '@actorgraph/neo4j';
import { NetworkComputations } from './network-computations';
import type { NetworkQuery, NetworkSource, SourcedNetwork } from './network-source';

type StateFactsRow = StateFacts & { actor: { name?: string | null } };

/**
 * The STATE-level network (docs/state-level.md): the interactions matching the filter, each pair's actors mapped
 * to the state they count for at the interaction's days (libs/graph stateAt, the rule dyads(level: STATE) uses),
 * summed into dyads by libs/graph aggregateDyads — one link per state-level dyad and mode, weighted by its
 * interactions, a co-participation undirected; pairs mapping to one state dropped. Always a scan (the state an
 * actor counts for depends on the day, which the projection does not keep per actor); sized by the ACTOR-level
 * network of the same filter, an upper bound (mapping only merges nodes and links).
 */
export class StateNetworkSource implements NetworkSource {
  private readonly queries: CypherQueries<'pairs' | 'stateFacts' | 'stateVersion'>;

  constructor(
    private readonly neo4j: Neo4jService,
    private readonly actorLevel: NetworkSource,
  ) {
    this.queries = neo4j.queries.requireAll({
      pairs: 'dyads/ranked/interaction-pairs',
      stateFacts: 'dyads/ranked/state-facts',
      stateVersion: 'network-computations/state-version',
    });
  }

  /**
   * The network version and the change log's last sequence, in one read: which state an actor counts for follows
   * standing relations, and a relation's change leaves the network version as it is.
   */
  async version(): Promise<string> {
    const [row] = await this.neo4j.read<{ version: string }>(this.queries.stateVersion);
    return row?.version ?? '0';
  }

  bound(query: NetworkQuery): Promise<NetworkSize> {
    return this.actorLevel.bound(query);
  }

  size(query: NetworkQuery): Promise<NetworkSize> {
    return this.actorLevel.size(query);
  }

  read(query: NetworkQuery): Promise<SourcedNetwork> {
    return this.neo4j.readTransaction(async (run) => {
      const facts = await run<InteractionPairFacts>(this.queries.pairs, { where: query.where, links: query.links });
      const { endpoint, names } = await this.states(run, facts);
      const links: NetworkLink[] = [];
      for (const dyad of aggregateDyads(facts, endpoint).values()) {
        for (const [mode, interactions] of dyad.byMode) {
          links.push({
            source: dyad.sourceId,
            target: dyad.targetId,
            weight: interactions.size,
            undirected: mode === NetworkMode.CO_PARTICIPATION,
          });
        }
      }
      const endpoints = new Set(links.flatMap((l) => [l.source, l.target]));
      const missing = [...endpoints].filter((id) => !names.has(id));
      for (const row of missing.length ? await run<StateFactsRow>(this.queries.stateFacts, { ids: missing }) : []) {
        names.set(row.id, row.actor.name ?? '');
      }
      return { links, names };
    });
  }

  /** The state rule over the actors of these interactions' pairs (as RankedDyadsService), and their names. */
  private async states(
    run: QueryRunner,
    facts: readonly InteractionPairFacts[],
  ): Promise<{ endpoint: EndpointMap; names: Map<string, string> }> {
    const ids = [...new Set(facts.flatMap((f) => f.pairs.flatMap((p) => [p.source, p.target])))];
    const rows = await run<StateFactsRow>(this.queries.stateFacts, { ids });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const names = new Map(rows.map((r) => [r.id, r.actor.name ?? '']));
    // A coded actor counts for its country's state only when the graph has that state.
    const coded = [...new Set(rows.map(codedState).filter((s): s is string => s !== null))];
    const known = new Set((await run<{ id: string }>(this.queries.stateFacts, { ids: coded })).map((r) => r.id));
    const endpoint: EndpointMap = (id, dateStart, dateEnd) => {
      const actor = byId.get(id);
      return actor ? stateAt(actor, dateStart, dateEnd, known) : id;
    };
    return { endpoint, names };
  }
}

/** Centrality and communities over the STATE-level network: its own cache, the same worker threads. */
export class StateNetworkComputations extends NetworkComputations {}
