import {
  countryCodeByName,
  interactionGoldstein,
  interactionPairs,
  interactionQuadClass,
  linkModes,
  matchesInteraction,
  type FilterableInteraction,
  type InteractionFilter,
  stateOfCountryCode,
  type LinkOptions,
} from '@actorgraph/graph';
import type { Driver } from 'neo4j-driver';

// The straightforward scan the analytics are checked against: every interaction read once, filtered in memory
// (matchesInteraction), paired by the pair rule, endpoints mapped by a state lookup written here from the raw
// relations (not through the API's Cypher), summed by hand.

export type ScanInteraction = FilterableInteraction & {
  id: string;
  date: string;
  quadClass: number | null;
  cameo: string | null;
  goldstein: number | null;
  intensity: number | null;
  actorTargets: string[];
  actorMentions: string[];
  /** Participants marked generic (a coded role with no country): links: { genericActors: false } leaves them out. */
  genericParticipants: string[];
};

export async function readInteractions(driver: Driver): Promise<ScanInteraction[]> {
  const { records } = await driver.executeQuery(`
    MATCH (i:Interaction)
    RETURN i.id AS id, i.kind AS kind, i.date AS date, toString(i.dateStart) AS dateStart, toString(i.dateEnd) AS dateEnd,
      i.dataset AS dataset, i.summary AS summary, coalesce(i.quotes, []) AS quotes,
      i.quadClass AS quadClass, i.cameo AS cameo, i.goldstein AS goldstein, i.intensity AS intensity,
      COLLECT { MATCH (a:Actor)-[:INITIATED]->(i) RETURN a.id } AS initiators,
      COLLECT { MATCH (i)-[:DIRECTED_AT]->(t) RETURN t.id } AS targets,
      COLLECT { MATCH (i)-[:DIRECTED_AT]->(t:Actor) RETURN t.id } AS actorTargets,
      COLLECT { MATCH (i)-[:MENTIONS]->(m) RETURN m.id } AS mentions,
      COLLECT { MATCH (i)-[:MENTIONS]->(m:Actor) RETURN m.id } AS actorMentions,
      COLLECT { MATCH (i)--(g:Actor {generic: true}) RETURN DISTINCT g.id } AS genericParticipants,
      head(COLLECT { MATCH (i)-[:OCCURRED_IN]->(p:Place) RETURN p.id }) AS place,
      COLLECT { MATCH (i)-[:REPORTED_IN]->(s:Source) RETURN s.id } AS sources`);
  return records.map((r) => {
    const row = r.toObject() as ScanInteraction;
    const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    return { ...row, quadClass: num(row.quadClass), goldstein: num(row.goldstein), intensity: num(row.intensity) };
  });
}

interface RawRelation {
  subject: string;
  type: string;
  object: string;
  objectIsState: boolean;
  validFrom: string | null;
  validTo: string | null;
}
export interface ScanActor {
  id: string;
  kind: string;
  countryCode: string | null;
  country: string | null;
}

export async function readStates(
  driver: Driver,
): Promise<{ relations: RawRelation[]; actors: Map<string, ScanActor> }> {
  const rel = await driver.executeQuery(`
    MATCH (a:Actor)-[r:LEADS|REPRESENTS|PART_OF|MEMBER_OF|NATIONAL_OF]->(o:Actor)
    RETURN a.id AS subject, type(r) AS type, o.id AS object, o:State AS objectIsState,
      toString(r.validFrom) AS validFrom, toString(r.validTo) AS validTo`);
  const act = await driver.executeQuery(
    'MATCH (a:Actor) RETURN a.id AS id, a.kind AS kind, a.countryCode AS countryCode, a.country AS country',
  );
  return {
    relations: rel.records.map((r) => r.toObject() as RawRelation),
    actors: new Map(act.records.map((r) => [r.get('id') as string, r.toObject() as ScanActor])),
  };
}

const PRIORITY = ['LEADS', 'REPRESENTS', 'PART_OF', 'MEMBER_OF', 'NATIONAL_OF'];

/** The state rule, written out plainly over raw relations (docs/state-level.md). */
export function stateLookup(
  states: { relations: RawRelation[]; actors: Map<string, ScanActor> },
  countryState: (code: string | null, name: string | null) => string | null,
) {
  const holds = (r: { validFrom: string | null; validTo: string | null }, start: string, end: string) =>
    (r.validFrom === null || r.validFrom <= end) && (r.validTo === null || r.validTo >= start);
  return (id: string, start: string, end: string): string => {
    const actor = states.actors.get(id);
    if (!actor || actor.kind === 'STATE') return id;
    const candidates: { rank: number; from: string; state: string }[] = [];
    for (const r of states.relations.filter((x) => x.subject === id && holds(x, start, end))) {
      if (r.objectIsState)
        candidates.push({ rank: PRIORITY.indexOf(r.type) * 2, from: r.validFrom ?? '', state: r.object });
      else {
        for (const r2 of states.relations.filter(
          (x) => x.subject === r.object && x.objectIsState && (x.type === 'PART_OF' || x.type === 'MEMBER_OF'),
        )) {
          const from =
            [r.validFrom, r2.validFrom]
              .filter((x): x is string => x !== null)
              .sort()
              .pop() ?? null;
          const to = [r.validTo, r2.validTo].filter((x): x is string => x !== null).sort()[0] ?? null;
          if (holds({ validFrom: from, validTo: to }, start, end)) {
            candidates.push({ rank: PRIORITY.indexOf(r.type) * 2 + 1, from: from ?? '', state: r2.object });
          }
        }
      }
    }
    candidates.sort(
      (a, b) => a.rank - b.rank || (a.from > b.from ? -1 : a.from < b.from ? 1 : 0) || (a.state < b.state ? -1 : 1),
    );
    return candidates[0]?.state ?? countryState(actor.countryCode, actor.country) ?? id;
  };
}

export interface ScanDyad {
  source: string;
  target: string;
  count: number;
  kinds: string[];
  modes: string[];
  quads: [number, number, number, number];
  goldstein: number[];
  /** The interactions (once per mode) — for series and reciprocity. */
  members: { interaction: ScanInteraction; mode: string }[];
}

/** Dyads of the interactions matching `filter` under `links`, endpoints mapped by `endpoint`. */
export function scanDyads(
  all: ScanInteraction[],
  filter: InteractionFilter,
  links: Partial<LinkOptions> | null,
  endpoint: (id: string, start: string, end: string) => string = (id) => id,
): Map<string, ScanDyad> {
  const modes = linkModes(links) as string[];
  const withGeneric = links?.genericActors !== false;
  const dyads = new Map<string, ScanDyad>();
  for (const i of all.filter((x) => matchesInteraction(filter, x))) {
    const pairs = interactionPairs({ initiators: i.initiators, targets: i.targets, mentions: i.mentions }).filter(
      (p) =>
        modes.includes(p.mode) &&
        (withGeneric || !(i.genericParticipants.includes(p.source) || i.genericParticipants.includes(p.target))) &&
        (i.actorTargets.includes(p.target) || i.actorMentions.includes(p.target) || i.initiators.includes(p.target)),
    );
    const seen = new Set<string>();
    for (const p of pairs) {
      let s = endpoint(p.source, i.dateStart, i.dateEnd);
      let t = endpoint(p.target, i.dateStart, i.dateEnd);
      if (s === t) continue;
      if (p.mode === 'CO_PARTICIPATION' && s > t) [s, t] = [t, s];
      const key = `${s}|${t}|${p.mode}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const d = dyads.get(`${s}|${t}`) ?? {
        source: s,
        target: t,
        count: 0,
        kinds: [],
        modes: [],
        quads: [0, 0, 0, 0],
        goldstein: [],
        members: [],
      };
      dyads.set(`${s}|${t}`, d);
      d.count += 1;
      if (!d.kinds.includes(i.kind)) d.kinds.push(i.kind);
      if (!d.modes.includes(p.mode)) d.modes.push(p.mode);
      const q = interactionQuadClass(i);
      if (q !== null) d.quads[q - 1] += 1;
      const g = interactionGoldstein(i);
      if (g !== null) d.goldstein.push(g);
      d.members.push({ interaction: i, mode: p.mode });
    }
  }
  for (const d of dyads.values()) {
    d.kinds.sort();
    d.modes.sort();
  }
  return dyads;
}

/** Which state an actor counts for over [start, end] (itself when none). */
export type StateOf = (id: string, start: string, end: string) => string;

/**
 * The scan's state lookup over the graph as it is: the state rule, else the state of a coded actor's country code or
 * country name, when that state is in the graph.
 */
export async function readStateLookup(driver: Driver): Promise<StateOf> {
  const states = await readStates(driver);
  return stateLookup(states, (code, name) => {
    const state = stateOfCountryCode(code) ?? stateOfCountryCode(name ? countryCodeByName(name) : null);
    return state !== null && states.actors.get(state)?.kind === 'STATE' ? state : null;
  });
}
