import {
  aggregateDyads,
  codedState,
  AnalysisLevel,
  compareDyads,
  dateOfTimeKey,
  DyadOrder,
  NETWORK_PROJECTION,
  projectionRefusal,
  projectionWindow,
  reverseOf,
  stateAt,
  toLinkParams,
  type DyadAggregate,
  type EndpointMap,
  type InteractionFilter,
  type InteractionPairFacts,
  type LinkOptions,
  type StateFacts,
} from '@actorgraph/graph';
import { int, Neo4jService, type CypherQuery, type QueryRunner } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { DATA_VERSION_QUERIES, readDataVersion } from '../../interaction-filter/data-version';
import { ReusedAnswers } from '../../interaction-filter/reused-answers';
import { withTextHits } from '../../interaction-filter/where-params';
import { whereParams } from '../fields/dyad-pair-reader';
import type { ListedDyad } from '../fields/dyad-context';
import type { Dyad } from '../models/dyad.model';

/** A counterpart at the STATE level (the shape of Actor.counterparts). */
export interface StateCounterpart {
  actor: Dyad['source'];
  count: number;
  kinds: Dyad['kinds'];
  modes: Dyad['modes'];
  first: string;
  last: string;
}

type StateFactsRow = StateFacts & { actor: Dyad['source'] };

type ProjectionLevel = 'ALL' | 'YEAR' | 'MONTH';

/**
 * dyads ranked by conflict or cooperation, or at the STATE level. Actor-level rankings read the projection when it
 * answers the filter exactly; otherwise (and always at the STATE level, where each endpoint's state depends on the
 * interaction's date) the matching interactions are read with their pairs and summed here with libs/graph's rules.
 */
@Injectable()
export class RankedDyadsService {
  private readonly projection: Record<ProjectionLevel, CypherQuery>;
  private readonly pairs: CypherQuery;
  private readonly stateFacts: CypherQuery;
  private readonly textHits: CypherQuery;
  private readonly version: CypherQuery;
  private readonly changeSeq: CypherQuery;
  /**
   * Projection answers by network version; STATE-level answers by network version and change sequence. Apart:
   * one ReusedAnswers keeps one version at a time, and the two keys would clear each other's answers.
   */
  private readonly reused = { projection: new ReusedAnswers(), states: new ReusedAnswers() };

  constructor(private readonly neo4j: Neo4jService) {
    const q = (name: string) => neo4j.queries.require(name);
    this.projection = {
      ALL: q('dyads/ranked/from-projection'),
      YEAR: q('dyads/ranked/from-projection-years'),
      MONTH: q('dyads/ranked/from-projection-months'),
    };
    this.pairs = q('dyads/ranked/interaction-pairs');
    this.stateFacts = q('dyads/ranked/state-facts');
    this.textHits = q('interactions/text-hits');
    this.version = q(DATA_VERSION_QUERIES.networkVersion);
    this.changeSeq = q(DATA_VERSION_QUERIES.changeSeq);
  }

  /** The reuse counters of each kind of answer (tests read them). */
  get reuse(): { projection: ReusedAnswers['stats']; states: ReusedAnswers['stats'] } {
    return { projection: this.reused.projection.stats, states: this.reused.states.stats };
  }

  dyads(
    filter: InteractionFilter,
    links: LinkOptions,
    first: number,
    order: DyadOrder,
    level: AnalysisLevel,
  ): Promise<Dyad[]> {
    return this.neo4j.namedReadTransaction('dyads:ranked', async (run) => {
      const context = { filter, links, level };
      if (level === AnalysisLevel.ACTOR) {
        const [row] = await run<{ version: number }>(this.version);
        const window =
          (row?.version ?? 0) > 0 && !projectionRefusal(filter, { projection: NETWORK_PROJECTION, links })
            ? projectionWindow(filter, NETWORK_PROJECTION)
            : null;
        if (window) {
          const query = this.projection[window.level];
          const params = {
            where: { kinds: filter.kinds, datasets: filter.datasets },
            links: toLinkParams(links),
            window: { from: window.from, to: window.to },
            orderBy: order,
            limit: int(first),
          };
          const rows = await this.reused.projection.get(
            `${row?.version ?? 0}`,
            `${query.name}\u0000${JSON.stringify(params)}`,
            () => run<Dyad>(query, params),
          );
          return rows.map((dyad) => ({ ...dyad, context }));
        }
      }
      const where = await withTextHits(run, this.textHits, whereParams(filter));
      const read = async () => {
        const facts = await run<InteractionPairFacts>(this.pairs, { where, links: toLinkParams(links) });
        const endpoint = level === AnalysisLevel.STATE ? await this.stateMap(run, facts) : undefined;
        const all = aggregateDyads(facts, endpoint);
        const top = [...all.values()].sort(compareDyads(order)).slice(0, first);
        const actors = await this.actors(run, [...new Set(top.flatMap((d) => [d.sourceId, d.targetId]))]);
        return top.map((dyad) => this.toDyad(dyad, reverseOf(all, dyad), actors, context));
      };
      if (level !== AnalysisLevel.STATE) return read();
      // The STATE level reads interactions (whose states depend on standing relations): reused while neither the
      // network nor the change log moved (every load, import and curation write records its change).
      const version = await readDataVersion(run, { networkVersion: this.version, changeSeq: this.changeSeq });
      return this.reused.states.get(
        version,
        `state\u0000${order}\u0000${first}\u0000${JSON.stringify({ where, links })}`,
        read,
      );
    });
  }

  /**
   * Actor.counterparts(level: STATE): the state-level dyads with `actorId` at either end (ask a state, or an actor
   * that counts for none: a person counting for a state is not a node of the state-level network), merged per
   * counterpart; as at the actor level, an interaction counts once per dyad and mode it makes (one linking them
   * both ways counts twice).
   */
  stateCounterparts(
    actorId: string,
    filter: InteractionFilter,
    links: LinkOptions,
    first: number,
  ): Promise<StateCounterpart[]> {
    return this.neo4j.namedReadTransaction('Actor.counterparts:state', async (run) => {
      const where = await withTextHits(run, this.textHits, whereParams(filter));
      const facts = await run<InteractionPairFacts>(this.pairs, { where, links: toLinkParams(links) });
      const all = aggregateDyads(facts, await this.stateMap(run, facts));
      const merged = new Map<
        string,
        { count: number; modes: Set<string>; kinds: Set<string>; firstKey: string; lastKey: string }
      >();
      for (const dyad of all.values()) {
        const other = dyad.sourceId === actorId ? dyad.targetId : dyad.targetId === actorId ? dyad.sourceId : null;
        if (other === null) continue;
        const entry = merged.get(other) ?? {
          count: 0,
          modes: new Set(),
          kinds: new Set(),
          firstKey: dyad.firstKey,
          lastKey: dyad.lastKey,
        };
        merged.set(other, entry);
        entry.count += dyad.measures.count;
        for (const mode of dyad.byMode.keys()) entry.modes.add(mode);
        for (const kind of dyad.kinds) entry.kinds.add(kind);
        if (dyad.firstKey < entry.firstKey) entry.firstKey = dyad.firstKey;
        if (dyad.lastKey > entry.lastKey) entry.lastKey = dyad.lastKey;
      }
      const ranked = [...merged]
        .map(([id, e]) => ({ id, e, count: e.count }))
        .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, first);
      const actors = await this.actors(
        run,
        ranked.map((r) => r.id),
      );
      return ranked.map(({ id, e, count }) => ({
        actor: actors.get(id) as Dyad['source'],
        count,
        kinds: [...e.kinds].sort() as Dyad['kinds'],
        modes: [...e.modes].sort() as Dyad['modes'],
        first: dateOfTimeKey(e.firstKey),
        last: dateOfTimeKey(e.lastKey),
      }));
    });
  }

  /** The state rule over the actors of these interactions' pairs. */
  private async stateMap(run: QueryRunner, facts: readonly InteractionPairFacts[]): Promise<EndpointMap> {
    const ids = [...new Set(facts.flatMap((f) => f.pairs.flatMap((p) => [p.source, p.target])))];
    const rows = await run<StateFactsRow>(this.stateFacts, { ids });
    const byId = new Map(rows.map((r) => [r.id, r]));
    // A coded actor counts for its country's state only when the graph has that state (it is an answer's endpoint).
    const coded = [...new Set(rows.map(codedState).filter((s): s is string => s !== null))];
    const known = new Set((await run<{ id: string }>(this.stateFacts, { ids: coded })).map((r) => r.id));
    return (id, dateStart, dateEnd) => {
      const actor = byId.get(id);
      return actor ? stateAt(actor, dateStart, dateEnd, known) : id;
    };
  }

  private async actors(run: QueryRunner, ids: string[]): Promise<Map<string, Dyad['source']>> {
    const rows = await run<StateFactsRow>(this.stateFacts, { ids });
    return new Map(rows.map((r) => [r.id, r.actor]));
  }

  private toDyad(
    dyad: DyadAggregate,
    reverse: DyadAggregate | undefined,
    actors: Map<string, Dyad['source']>,
    context: { filter: InteractionFilter; links: LinkOptions; level: AnalysisLevel },
  ): ListedDyad {
    return {
      source: actors.get(dyad.sourceId) as Dyad['source'],
      target: actors.get(dyad.targetId) as Dyad['source'],
      count: dyad.measures.count,
      kinds: [...dyad.kinds].sort() as Dyad['kinds'],
      modes: [...dyad.byMode.keys()].sort() as Dyad['modes'],
      first: dateOfTimeKey(dyad.firstKey),
      last: dateOfTimeKey(dyad.lastKey),
      context: { ...context, aggregate: dyad, reverse },
    };
  }
}
