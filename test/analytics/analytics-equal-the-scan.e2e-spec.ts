import { Granularity } from '@actorgraph/graph';
import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';
import {
  assertDyadsEqualScan,
  expectedSeries,
  inDateOrder,
  linksArbitrary,
  parsed,
  type Answer,
} from './analytics-checks';
import {
  readInteractions,
  readStateLookup,
  scanDyads,
  type ScanDyad,
  type ScanInteraction,
  type StateOf,
} from './analytics-reference';

// Issue 16: dyads ranked by conflict or cooperation, at the actor or state level, and each dyad's series, balance
// and reciprocity equal a straightforward scan of the interactions (analytics-reference.ts) on random filters over
// the shipped data — over HTTP, whichever path the API took (projection or interactions).

const DATES = ['2022', '2022-03', '2022-08-15', '2022-12', '2024', '2025-01', '2025-08', '2025-08-09', '2025-08-31'];
const KINDS = ['CALL', 'STATEMENT', 'MEETING', 'AID', 'SUMMONS', 'MEDIATION_OFFER', 'CONCERN', 'STRIKE', 'RECALL'];

describe('network analytics equal a scan of the interactions', () => {
  let api: TestApi;
  let driver: Driver;
  let all: ScanInteraction[];
  let toState: StateOf;
  let actors: string[];

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi({ RATE_LIMIT_COST_PER_MINUTE: '1000000000' }));
    all = await readInteractions(driver);
    toState = await readStateLookup(driver);
    actors = [...new Set(all.flatMap((i) => i.initiators))].sort();
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
      .map(inDateOrder);

  it('dyads(orderBy, level) with balance, reciprocity and series', async () => {
    await assertDyadsEqualScan(api, all, toState, filterArbitrary(), 60);
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
        linksArbitrary(),
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
