import {
  AnalysisLevel,
  countryCodeByName,
  DyadOrder,
  Granularity,
  stateOfCountryCode,
  type InteractionFilterInput,
} from '@actorgraph/graph';
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { eventImporter } from '../support/event-importer';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';
import { expectDyadsEqualScan } from './analytics-checks';
import { readInteractions, readStates, stateLookup, type ScanInteraction } from './analytics-reference';

// Issue 16 over the shared real extracts (GDELT 2017-01-01, ICEWS 2018-06-01..03) on top of the shipped data:
// coded events keep their QuadClass and Goldstein (GDELT) or CAMEO code and intensity (ICEWS), and coded actors count
// for the state of their country code (GDELT) or country (ICEWS) at the STATE level. The same checks as on the
// shipped data: every answer equals the scan.
const real = join(__dirname, '..', '..', '..', 'shared', 'data', 'real');
const icews = join(real, 'icews-events-20180601-20180603.tsv');
const gdelt = join(real, 'gdelt-events-20170101.tsv');
const haveReal = existsSync(icews) && existsSync(gdelt);
if (!haveReal) process.stdout.write(`skipping analytics over imported events: ${real} is absent\n`);
const describeIfReal = haveReal ? describe : describe.skip;

const DATES = ['2017', '2017-01', '2017-01-01', '2018-06', '2018-06-02', '2018', '2022', '2025-08'];

describeIfReal('network analytics over imported GDELT and ICEWS events equal a scan', () => {
  let api: TestApi;
  let driver: Driver;
  let all: ScanInteraction[];
  let toState: (id: string, start: string, end: string) => string;

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi({ RATE_LIMIT_COST_PER_MINUTE: '1000000000' }));
    await eventImporter(api).importIcews([icews]);
    await eventImporter(api).importGdelt([gdelt]);
    all = await readInteractions(driver);
    const states = await readStates(driver);
    toState = stateLookup(states, (code, name) => {
      const state = stateOfCountryCode(code) ?? stateOfCountryCode(name ? countryCodeByName(name) : null);
      return state !== null && states.actors.get(state)?.kind === 'STATE' ? state : null;
    });
  });

  afterAll(() => stopTestApi(api, driver));

  it('dyads(orderBy, level) with balance (Goldstein means included), reciprocity and series', async () => {
    const filters = fc
      .record(
        {
          from: fc.constantFrom(...DATES),
          to: fc.constantFrom(...DATES),
          datasets: fc.uniqueArray(fc.constantFrom('gdelt', 'icews', 'kazakhstan-ukraine-2025'), {
            minLength: 1,
            maxLength: 2,
          }),
          kinds: fc.uniqueArray(fc.constantFrom('STATEMENT', 'MEETING', 'CONCERN', 'ASSAULT', 'DEMAND', 'AID'), {
            minLength: 1,
            maxLength: 3,
          }),
        },
        { requiredKeys: [] },
      )
      .map((f: InteractionFilterInput) => (f.from && f.to && f.to < f.from ? { ...f, from: f.to, to: f.from } : f));
    await fc.assert(
      fc.asyncProperty(
        filters,
        fc.record({ coParticipation: fc.boolean(), mentions: fc.boolean() }),
        fc.constantFrom(DyadOrder.COUNT, DyadOrder.CONFLICT, DyadOrder.COOPERATION),
        fc.constantFrom(AnalysisLevel.ACTOR, AnalysisLevel.STATE),
        fc.constantFrom(Granularity.YEAR, Granularity.MONTH),
        (where, links, orderBy, level, granularity) =>
          expectDyadsEqualScan(api, all, toState, where, links, orderBy, level, granularity),
      ),
      { numRuns: 25 },
    );
  });
});
