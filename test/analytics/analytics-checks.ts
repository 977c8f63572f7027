import {
  AnalysisLevel,
  DyadOrder,
  Granularity,
  interactionQuadClass,
  isInteractionFilter,
  parseInteractionFilter,
  periodOf,
  periodsBetween,
  type InteractionFilter,
  type InteractionFilterInput,
  type LinkOptions,
} from '@actorgraph/graph';
import fc from 'fast-check';
import type { TestApi } from '../support/test-api';
import { scanDyads, type ScanDyad, type ScanInteraction, type StateOf } from './analytics-reference';

// What the analytics suites check, shared: the API's answer against analytics-reference's scan.

const QUERY = `query ($where: InteractionWhere, $links: LinkOptions, $orderBy: DyadOrder, $level: AnalysisLevel,
  $granularity: Granularity) {
  dyads(where: $where, links: $links, orderBy: $orderBy, level: $level, first: 15) {
    source { id } target { id } count kinds modes
    balance { count verbalCooperation materialCooperation verbalConflict materialConflict goldsteinMean }
    reciprocity { forward reverse sourceShare }
    series(granularity: $granularity) { period count byKind { kind count } balance { conflict cooperation } }
  }
}`;

export interface Answer {
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

export function parsed(input: InteractionFilterInput): InteractionFilter {
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

export function expectedSeries(d: ScanDyad, filter: InteractionFilter, g: Granularity) {
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

const quadOf = (i: ScanInteraction): number => interactionQuadClass(i) as number;

/** dyads(where, links, orderBy, level) { balance reciprocity series(granularity) } equal the scan's top 15. */
export async function expectDyadsEqualScan(
  api: TestApi,
  all: ScanInteraction[],
  toState: StateOf,
  where: InteractionFilterInput,
  links: Partial<LinkOptions>,
  orderBy: DyadOrder,
  level: AnalysisLevel,
  granularity: Granularity,
): Promise<void> {
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
    const reverse = scan.get(`${d.target}|${d.source}`)?.members.filter((m) => m.mode === 'DIRECTED').length ?? 0;
    expect(answer.reciprocity).toEqual({
      forward,
      reverse,
      sourceShare: forward + reverse > 0 ? forward / (forward + reverse) : null,
    });
    expect(answer.series).toEqual(expectedSeries(d, filter, granularity));
  }
}

/** Any link options. */
export const linksArbitrary = () =>
  fc.record({ coParticipation: fc.boolean(), mentions: fc.boolean(), genericActors: fc.boolean() });

/** The filter with `from` and `to` swapped when drawn the wrong way round (fast-check draws them apart). */
export const inDateOrder = (f: InteractionFilterInput): InteractionFilterInput =>
  f.from && f.to && f.to < f.from ? { ...f, from: f.to, to: f.from } : f;

/** For filters drawn from `filters` and any links, order, level and granularity: expectDyadsEqualScan. */
export async function assertDyadsEqualScan(
  api: TestApi,
  all: ScanInteraction[],
  toState: StateOf,
  filters: fc.Arbitrary<InteractionFilterInput>,
  numRuns: number,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      filters,
      linksArbitrary(),
      fc.constantFrom(DyadOrder.COUNT, DyadOrder.CONFLICT, DyadOrder.COOPERATION),
      fc.constantFrom(AnalysisLevel.ACTOR, AnalysisLevel.STATE),
      fc.constantFrom(Granularity.YEAR, Granularity.MONTH),
      (where, links, orderBy, level, granularity) =>
        expectDyadsEqualScan(api, all, toState, where, links, orderBy, level, granularity),
    ),
    { numRuns },
  );
}
