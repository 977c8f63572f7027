import {
  AnalysisLevel,
  DyadOrder,
  Granularity,
  isInteractionFilter,
  parseInteractionFilter,
  periodOf,
  periodsBetween,
  stateOfCountryCode,
  countryCodeByName,
  type InteractionFilter,
  type InteractionFilterInput,
} from '@actorgraph/graph';
import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';
import {
  readInteractions,
  readStates,
  scanDyads,
  stateLookup,
  type ScanDyad,
  type ScanInteraction,
} from './analytics-reference';

// Issue 16: dyads ranked by conflict or cooperation, at the actor or state level, and each dyad's series, balance
// and reciprocity equal a straightforward scan of the interactions (analytics-reference.ts) on random filters over
// the shipped data — over HTTP, whichever path the API took (projection or interactions).

const DATES = ['2022', '2022-03', '2022-08-15', '2022-12', '2024', '2025-01', '2025-08', '2025-08-09', '2025-08-31'];
const KINDS = ['CALL', 'STATEMENT', 'MEETING', 'AID', 'SUMMONS', 'MEDIATION_OFFER', 'CONCERN', 'STRIKE', 'RECALL'];

const QUERY = `query ($where: InteractionWhere, $links: LinkOptions, $orderBy: DyadOrder, $level: AnalysisLevel,
  $granularity: Granularity) {
  dyads(where: $where, links: $links, orderBy: $orderBy, level: $level, first: 15) {
    source { id } target { id } count kinds modes
    balance { count verbalCooperation materialCooperation verbalConflict materialConflict goldsteinMean }
    reciprocity { forward reverse sourceShare }
    series(granularity: $granularity) { period count byKind { kind count } balance { conflict cooperation } }
  }
}`;

interface Answer {
  source: { id: string };
  target: { id: string };
  count: number;
  kinds: string[];
  modes: string[];
  balance: Record<string, number | null>;
  reciprocity: { forward: number; reverse: number; sourceShare: number | null };
  series: {
    period: string;
    count: number;
    byKind: { kind: string; count: number }[];
    balance: { conflict: number; cooperation: number };
  }[];
}

function parsed(input: InteractionFilterInput): InteractionFilter {
  const filter = parseInteractionFilter(input);
  if (!isInteractionFilter(filter)) throw new Error(JSON.stringify(filter.problems));
  return filter;
}

const score = (order: DyadOrder, d: ScanDyad) =>
  order === DyadOrder.CONFLICT
    ? d.quads[2] + d.quads[3]
    : order === DyadOrder.COOPERATION
      ? d.quads[0] + d.quads[1]
      : d.count;

function expectedSeries(d: ScanDyad, filter: InteractionFilter, g: Granularity) {
  const spans = d.members.map((m) => ({
    ...m,
    start: periodOf(m.interaction.dateStart, g),
    end: periodOf(m.interaction.dateEnd, g),
  }));
  const from = filter.from ? periodOf(filter.from, g) : spans.map((s) => s.start).sort()[0];
  const to = filter.to
    ? periodOf(filter.to, g)
    : spans
        .map((s) => s.end)
        .sort()
        .pop();
  if (!from || !to) return [];
  return periodsBetween(from, to, g).map((period) => {
    const inside = spans.filter((s) => s.start <= period && period <= s.end);
    const kinds = [...new Set(inside.map((s) => s.interaction.kind))].sort();
    const quad = (q: number[]) =>
      inside.filter((s) => {
        const facts: ScanInteraction = s.interaction;
        return q.includes(quadOf(facts));
      }).length;
    return {
      period,
      count: inside.length,
      byKind: kinds.map((kind) => ({ kind, count: inside.filter((s) => s.interaction.kind === kind).length })),
      balance: { conflict: quad([3, 4]), cooperation: quad([1, 2]) },
    };
  });
}

let quadOf: (i: ScanInteraction) => number;

describe('network analytics equal a scan of the interactions', () => {
  let api: TestApi;
  let driver: Driver;
  let all: ScanInteraction[];
  let toState: (id: string, start: string, end: string) => string;
  let actors: string[];

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi({ RATE_LIMIT_COST_PER_MINUTE: '1000000000' }));
    all = await readInteractions(driver);
    const states = await readStates(driver);
    toState = stateLookup(
      states,
      (code, name) => stateOfCountryCode(code) ?? stateOfCountryCode(name ? countryCodeByName(name) : null),
    );
    actors = [...new Set(all.flatMap((i) => i.initiators))].sort();
    const { interactionQuadClass } = await import('@actorgraph/graph');
    quadOf = (i) => interactionQuadClass(i) as number;
  });

  afterAll(() => stopTestApi(api, driver));

  const filterArbitrary = () =>
    fc
      .record(
        {
          kinds: fc.uniqueArray(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 4 }),
          from: fc.constantFrom(...DATES),
          to: fc.constantFrom(...DATES),
          initiators: fc.uniqueArray(fc.constantFrom(...actors), { minLength: 1, maxLength: 3 }),
        },
        { requiredKeys: [] },
      )
      .map((f: InteractionFilterInput) => (f.from && f.to && f.to < f.from ? { ...f, from: f.to, to: f.from } : f));

  it('dyads(orderBy, level) with balance, reciprocity and series', async () => {
    await fc.assert(
      fc.asyncProperty(
        filterArbitrary(),
        fc.record({ coParticipation: fc.boolean(), mentions: fc.boolean() }),
        fc.constantFrom(DyadOrder.COUNT, DyadOrder.CONFLICT, DyadOrder.COOPERATION),
        fc.constantFrom(AnalysisLevel.ACTOR, AnalysisLevel.STATE),
        fc.constantFrom(Granularity.YEAR, Granularity.MONTH),
        async (where, links, orderBy, level, granularity) => {
          const filter = parsed(where);
          const response = await api.graphql<{ dyads: Answer[] }>(QUERY, { where, links, orderBy, level, granularity });
          expect(response.errors).toBeUndefined();
          const scan = scanDyads(all, filter, links, level === AnalysisLevel.STATE ? toState : undefined);
          const expected = [...scan.values()]
            .sort(
              (a, b) =>
                score(orderBy, b) - score(orderBy, a) ||
                b.count - a.count ||
                (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : 1),
            )
            .slice(0, 15);
          const got = response.data?.dyads ?? [];
          expect(got.map((d) => [d.source.id, d.target.id, d.count, d.kinds, d.modes])).toEqual(
            expected.map((d) => [d.source, d.target, d.count, d.kinds, d.modes]),
          );
          for (const [index, d] of expected.entries()) {
            const answer = got[index] as Answer;
            const mean = d.goldstein.length ? d.goldstein.reduce((a, b) => a + b, 0) / d.goldstein.length : null;
            expect(answer.balance).toEqual({
              count: d.count,
              verbalCooperation: d.quads[0],
              materialCooperation: d.quads[1],
              verbalConflict: d.quads[2],
              materialConflict: d.quads[3],
              goldsteinMean: mean === null ? null : expect.closeTo(mean, 9),
            });
            const forward = d.members.filter((m) => m.mode === 'DIRECTED').length;
            const reverse =
              scan.get(`${d.target}|${d.source}`)?.members.filter((m) => m.mode === 'DIRECTED').length ?? 0;
            expect(answer.reciprocity).toEqual({
              forward,
              reverse,
              sourceShare: forward + reverse > 0 ? forward / (forward + reverse) : null,
            });
            expect(answer.series).toEqual(expectedSeries(d, filter, granularity));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('Actor.activity(granularity, role, where): each interaction the actor took part in, per period', async () => {
    const { matchesInteraction } = await import('@actorgraph/graph');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...actors),
        filterArbitrary(),
        fc.constantFrom('ANY', 'INITIATOR', 'TARGET'),
        fc.constantFrom(Granularity.YEAR, Granularity.MONTH),
        async (actorId, where, role, granularity) => {
          const filter = parsed(where);
          const response = await api.graphql<{ actor: { activity: Answer['series'] } }>(
            `query ($id: ID!, $where: InteractionWhere, $role: ActorRole, $granularity: Granularity) {
              actor(id: $id) { activity(where: $where, role: $role, granularity: $granularity) {
                period count byKind { kind count } balance { conflict cooperation } } } }`,
            { id: actorId, where, role, granularity },
          );
          expect(response.errors).toBeUndefined();
          const mine = all.filter(
            (i) =>
              matchesInteraction(filter, i) &&
              ((role !== 'TARGET' && i.initiators.includes(actorId)) ||
                (role !== 'INITIATOR' && i.targets.includes(actorId)) ||
                (role === 'ANY' && i.mentions.includes(actorId))),
          );
          const asDyad = { members: mine.map((interaction) => ({ interaction, mode: 'DIRECTED' })) } as ScanDyad;
          expect(response.data?.actor.activity).toEqual(expectedSeries(asDyad, filter, granularity));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('Actor.counterparts(level: STATE): the state-level dyads touching a state, merged per counterpart', async () => {
    const states = ['state:kazakhstan', 'state:ukraine', 'state:russia'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...states),
        filterArbitrary(),
        fc.record({ coParticipation: fc.boolean(), mentions: fc.boolean() }),
        async (actorId, where, links) => {
          const filter = parsed(where);
          const response = await api.graphql<{
            actor: { counterparts: { actor: { id: string }; count: number; kinds: string[]; modes: string[] }[] };
          }>(
            `query ($id: ID!, $where: InteractionWhere, $links: LinkOptions) {
              actor(id: $id) { counterparts(where: $where, links: $links, level: STATE, first: 500) { actor { id } count kinds modes } } }`,
            { id: actorId, where, links },
          );
          expect(response.errors).toBeUndefined();
          const merged = new Map<string, { count: number; kinds: Set<string>; modes: Set<string> }>();
          for (const d of scanDyads(all, filter, links, toState).values()) {
            const other = d.source === actorId ? d.target : d.target === actorId ? d.source : null;
            if (other === null) continue;
            const e = merged.get(other) ?? { count: 0, kinds: new Set<string>(), modes: new Set<string>() };
            merged.set(other, e);
            e.count += d.count;
            d.kinds.forEach((k) => e.kinds.add(k));
            d.modes.forEach((m) => e.modes.add(m));
          }
          const expected = [...merged]
            .sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1))
            .map(([id, e]) => ({
              actor: { id },
              count: e.count,
              kinds: [...e.kinds].sort(),
              modes: [...e.modes].sort(),
            }));
          expect(response.data?.actor.counterparts).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});
