import {
  aggregateDyads,
  codedState,
  stateAt,
  type EndpointMap,
  type InteractionPairFacts,
  type StateFacts,
} from '@actorgraph/graph';
import type { ExportEdge } from '../export-graph';
import { toActorEdge, type ActorEdgeRow } from './export-rows';

/** One interaction with its network pairs, as cypher/queries/export/state-pairs.cypher gives it. */
export interface StatePairsRow extends InteractionPairFacts {
  readonly dataset: string | null;
  readonly evidenceCount: number;
}

/**
 * The state rule as an endpoint map (libs/graph stateAt, docs/state-level.md), over the facts of the actors read
 * (dyads/ranked/state-facts.cypher): an actor not among them, or a place, stays itself. `knownStates`: the states
 * the graph has, for coded actors' countries (as dyads(level: STATE)).
 */
export function stateEndpoint(facts: ReadonlyMap<string, StateFacts>, knownStates: ReadonlySet<string>): EndpointMap {
  return (id, dateStart, dateEnd) => {
    const actor = facts.get(id);
    return actor ? stateAt(actor, dateStart, dateEnd, knownStates) : id;
  };
}

/** The states coded actors' countries name (to ask the graph which of them it has). */
export function codedStates(facts: Iterable<StateFacts>): string[] {
  const states = new Set<string>();
  for (const actor of facts) {
    const state = codedState(actor);
    if (state !== null) states.add(state);
  }
  return [...states];
}

/**
 * The STATE-level edges, summed one interaction at a time (interactions oldest first): each interaction's pairs
 * mapped by libs/graph aggregateDyads (the pair rule after mapping, the same as dyads(level: STATE): co-participation
 * reordered, pairs internal to a state dropped, an interaction once per state pair and mode), then added to one edge
 * per (source, target, mode). Holds the edges only, never the interactions: memory grows with the state-level
 * network, not with the interactions read.
 */
export class StateEdgeSums {
  private readonly sums = new Map<string, EdgeSum>();

  constructor(
    private readonly endpoint: EndpointMap,
    private readonly idCap: number,
    private readonly spanCap: number,
  ) {}

  add(interaction: StatePairsRow): void {
    for (const dyad of aggregateDyads([interaction], this.endpoint).values()) {
      for (const mode of dyad.byMode.keys()) this.addTo(dyad.sourceId, dyad.targetId, mode, interaction);
    }
  }

  /** The endpoints of the edges so far: the nodes of the state-level network. */
  endpoints(): Set<string> {
    const ids = new Set<string>();
    for (const edge of this.sums.values()) ids.add(edge.source).add(edge.target);
    return ids;
  }

  /** The edges, by source, target, mode (as actor-edges.cypher orders them). */
  edges(): ExportEdge[] {
    return [...this.sums.values()]
      .sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target) || compare(a.mode, b.mode))
      .map(({ days, lastSpan: _lastSpan, distinctSpans, ...row }) => {
        const spans: [string, string][] = [];
        for (let k = 0; k < days.length; k += 2) spans.push([dayOf(days[k]!), dayOf(days[k + 1]!)]);
        const edge = toActorEdge({ ...row, spans }, this.spanCap);
        return distinctSpans > this.spanCap ? { ...edge, spells: [[row.firstDay, row.lastDay]] } : edge;
      });
  }

  private addTo(source: string, target: string, mode: string, i: StatePairsRow): void {
    const key = `${mode}:${source}->${target}`;
    let sum = this.sums.get(key);
    if (!sum) {
      sum = {
        source,
        target,
        mode,
        kinds: [],
        count: 0,
        firstDay: i.dateStart,
        lastDay: i.dateEnd,
        interactionIds: [],
        evidenceCount: 0,
        datasets: [],
        days: [],
        lastSpan: '',
        distinctSpans: 0,
      };
      this.sums.set(key, sum);
    }
    sum.count += 1;
    if (!sum.kinds.includes(i.kind)) sum.kinds.push(i.kind);
    if (i.dateStart < sum.firstDay) sum.firstDay = i.dateStart;
    if (i.dateEnd > sum.lastDay) sum.lastDay = i.dateEnd;
    if (sum.interactionIds.length < this.idCap) sum.interactionIds.push(i.id);
    sum.evidenceCount += i.evidenceCount;
    if (i.dataset !== null && !sum.datasets.includes(i.dataset)) sum.datasets.push(i.dataset);
    // Interactions come oldest first (by first, then last day): a repeated span follows its twin, and a span
    // touching the previous spell extends it. Only merged spells are kept, as day numbers (a million interactions'
    // spells as strings took a hundred MB); past the cap of distinct spans none, and the edge gets one spell from
    // its first to its last day, as actor-edges.cypher's edges.
    const span = `${i.dateStart} ${i.dateEnd}`;
    if (span === sum.lastSpan) return;
    sum.lastSpan = span;
    sum.distinctSpans += 1;
    if (sum.distinctSpans > this.spanCap) {
      sum.days = [];
      return;
    }
    const start = dayNumber(i.dateStart);
    const end = dayNumber(i.dateEnd);
    const last = sum.days.length - 1;
    if (last > 0 && start <= sum.days[last]! + 1) {
      if (end > sum.days[last]!) sum.days[last] = end;
    } else {
      sum.days.push(start, end);
    }
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An edge being summed: its spells merged as they come (`days`: start, end, start, end… as day numbers), the last
 * span seen and how many distinct ones there were.
 */
type EdgeSum = Omit<ActorEdgeRow, 'spans'> & { days: number[]; lastSpan: string; distinctSpans: number };

const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
