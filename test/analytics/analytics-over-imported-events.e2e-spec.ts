import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { eventImporter } from '../support/event-importer';
import { sharedFixture } from '../support/shared-fixture';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';
import { assertDyadsEqualScan, inDateOrder } from './analytics-checks';
import { readInteractions, readStateLookup, type ScanInteraction, type StateOf } from './analytics-reference';

// Issue 16 over the shared real extracts (GDELT 2017-01-01, ICEWS 2018-06-01..03) on top of the shipped data:
// coded events keep their QuadClass and Goldstein (GDELT) or CAMEO code and intensity (ICEWS), and coded actors count
// for the state of their country code (GDELT) or country (ICEWS) at the STATE level. The same checks as on the
// shipped data: every answer equals the scan.
const icews = sharedFixture('data', 'real', 'icews-events-20180601-20180603.tsv');
const gdelt = sharedFixture('data', 'real', 'gdelt-events-20170101.tsv');

const DATES = ['2017', '2017-01', '2017-01-01', '2018-06', '2018-06-02', '2018', '2022', '2025-08'];

describe('network analytics over imported GDELT and ICEWS events equal a scan', () => {
  let api: TestApi;
  let driver: Driver;
  let all: ScanInteraction[];
  let toState: StateOf;

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi({ RATE_LIMIT_COST_PER_MINUTE: '1000000000' }));
    await eventImporter(api).importIcews([icews]);
    await eventImporter(api).importGdelt([gdelt]);
    all = await readInteractions(driver);
    toState = await readStateLookup(driver);
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
      .map(inDateOrder);
    await assertDyadsEqualScan(api, all, toState, filters, 25);
  });
});
