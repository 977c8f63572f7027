import {
  applicableStrategies,
  isInteractionFilter,
  matchesInteraction,
  NETWORK_PROJECTION,
  parseInteractionFilter,
  QueryStrategy,
  type InteractionFilter,
  type InteractionFilterInput,
  type LinkOptions,
} from '@actorgraph/graph';
import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { ActorFieldsService } from '../../apps/api/src/actors/fields/actor-fields.service';
import { DyadsService } from '../../apps/api/src/dyads/dyads.service';
import { EgoNetworkService } from '../../apps/api/src/ego-network/ego-network.service';
import { InteractionOrder } from '../../apps/api/src/interactions/dto/interaction-order.enum';
import { InteractionsService } from '../../apps/api/src/interactions/interactions.service';
import { eventImporter } from '../support/event-importer';
import { sharedFixture } from '../support/shared-fixture';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';
import {
  filterArbitrary,
  linksArbitrary,
  projectableFilterArbitrary,
  readFilterables,
  readVocabulary,
  type FilterVocabulary,
} from './plan-support';

// Issue 13 item 3: however the planner answers (projection, named actors, text, dates, kinds), the answer is the
// full scan's, on random filters over the shipped data; and the in-memory predicate agrees with the scan.

function parsed(input: InteractionFilterInput): InteractionFilter {
  const filter = parseInteractionFilter(input);
  if (!isInteractionFilter(filter)) throw new Error(JSON.stringify(filter.problems));
  return filter;
}

/** The properties, over the graph `setup` leaves after the shipped data is loaded; `runs` random cases each. */
function describePlans(title: string, setup: (api: TestApi) => Promise<unknown>, runs: number): void {
  describe(`every query plan returns what the full scan returns: ${title}`, () => {
    let api: TestApi;
    let driver: Driver;
    let vocabulary: FilterVocabulary;
    let interactions: InteractionsService;
    let dyads: DyadsService;
    let actorFields: ActorFieldsService;
    let egoNetworks: EgoNetworkService;
    let projectionBuilt: boolean;
    const used = new Map<string, number>();
    const count = (key: string) => used.set(key, (used.get(key) ?? 0) + 1);

    beforeAll(async () => {
      ({ api, driver } = await startSeededApi());
      await setup(api);
      vocabulary = await readVocabulary(driver);
      interactions = api.app.get(InteractionsService);
      dyads = api.app.get(DyadsService);
      actorFields = api.app.get(ActorFieldsService);
      egoNetworks = api.app.get(EgoNetworkService);
      const { records } = await driver.executeQuery(
        "OPTIONAL MATCH (s:NetworkState {id: 'network'}) RETURN coalesce(s.version, 0) AS version",
      );
      projectionBuilt = Number(records[0]?.get('version') ?? 0) > 0;
    });

    afterAll(async () => {
      process.stdout.write(
        `[query plans, ${title}] strategies compared: ${JSON.stringify(Object.fromEntries(used))}\n`,
      );
      await stopTestApi(api, driver);
    });

    const context = (links: Partial<LinkOptions> | null = null) => ({
      projection: projectionBuilt ? NETWORK_PROJECTION : null,
      links,
    });

    it('interactions: the matching page, whatever the plan, and the same as matchesInteraction in memory', async () => {
      const all = await readFilterables(driver);
      await fc.assert(
        fc.asyncProperty(filterArbitrary(vocabulary), async (input) => {
          const filter = parsed(input);
          const page = async (strategy: QueryStrategy) => {
            const connection = await interactions.interactions(filter, InteractionOrder.DATE_ASC, 0, 500, strategy);
            return { total: connection.totalCount, ids: connection.edges.map((e) => e.node.id) };
          };
          const scan = await page(QueryStrategy.SCAN);
          if (scan.total > 0) count('interactions/non-empty');
          for (const strategy of applicableStrategies('interactions', filter)) {
            count(`interactions/${strategy}`);
            expect({ strategy, ...(await page(strategy)) }).toEqual({ strategy, ...scan });
          }
          const inMemory = all.filter((i) => matchesInteraction(filter, i)).map((i) => i.id);
          expect(scan.total).toBe(inMemory.length);
          // The page holds at most 500: all of them when they fit, else 500 of those the predicate keeps.
          if (inMemory.length <= 500) expect([...scan.ids].sort()).toEqual(inMemory.sort());
          else expect(scan.ids.filter((id) => !inMemory.includes(id))).toEqual([]);
        }),
        { numRuns: runs, seed: 13 },
      );
    });

    it('dyads: every plan, under random link options, as the scan', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(filterArbitrary(vocabulary), projectableFilterArbitrary(vocabulary)),
          linksArbitrary,
          async (input, links) => {
            const filter = parsed(input);
            const scan = await dyads.dyads(filter, links, 500, QueryStrategy.SCAN);
            if (scan.length > 0) count('dyads/non-empty');
            for (const strategy of applicableStrategies('dyads', filter, context(links))) {
              count(`dyads/${strategy}`);
              expect({ strategy, dyads: await dyads.dyads(filter, links, 500, strategy) }).toEqual({
                strategy,
                dyads: scan,
              });
            }
          },
        ),
        { numRuns: runs, seed: 13 },
      );
    });

    it('counterparts: from the projection as from the actors’ own interactions', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.constantFrom(...vocabulary.actors), { minLength: 1, maxLength: 4 }),
          fc.oneof(projectableFilterArbitrary(vocabulary), filterArbitrary(vocabulary)),
          linksArbitrary,
          async (actorIds, input, links) => {
            const filter = parsed(input);
            const byActor = await actorFields.counterparts(actorIds, filter, links, 500, QueryStrategy.ACTORS);
            if (byActor.some((list) => list.length > 0)) count('counterparts/non-empty');
            for (const strategy of applicableStrategies('counterparts', filter, context(links))) {
              count(`counterparts/${strategy}`);
              const answer = await actorFields.counterparts(actorIds, filter, links, 500, strategy);
              expect({ strategy, answer }).toEqual({ strategy, answer: byActor });
            }
          },
        ),
        { numRuns: runs, seed: 13 },
      );
    });

    it('egoNetwork: from the projection as from the interactions, wherever the sample reads them all', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...vocabulary.actors),
          fc.integer({ min: 1, max: 2 }),
          fc.integer({ min: 5, max: 500 }),
          fc.oneof(projectableFilterArbitrary(vocabulary), filterArbitrary(vocabulary)),
          linksArbitrary,
          async (actorId, hops, limit, input, links) => {
            const filter = parsed(input);
            const draw = (strategy: QueryStrategy) =>
              egoNetworks.drawing(actorId, hops, filter, links, limit, { strategy });
            const scan = await draw(QueryStrategy.SCAN);
            // Where the scan's sample of interactions was cut, its drawing is a sample, not the exact one.
            if (scan.sampled) count('egoNetwork/sampled');
            for (const strategy of applicableStrategies('egoNetwork', filter, context(links))) {
              if (strategy === QueryStrategy.SCAN || scan.sampled) continue;
              count(`egoNetwork/${strategy}`);
              const answer = await draw(strategy);
              expect({ strategy, ...answer }).toEqual({ strategy, ...scan });
            }
          },
        ),
        { numRuns: runs, seed: 13 },
      );
    });

    it('exercised the projection when it is built', () => {
      if (projectionBuilt) {
        expect(used.get('dyads/PROJECTION')).toBeGreaterThan(0);
        expect(used.get('counterparts/PROJECTION')).toBeGreaterThan(0);
        expect(used.get('egoNetwork/PROJECTION')).toBeGreaterThan(runs / 4);
      }
    });
  });
}

describePlans('shipped data', async () => undefined, 150);

describePlans(
  'shipped data with imported GDELT and ICEWS events',
  async (api) => {
    await eventImporter(api).importGdelt([sharedFixture('data', 'real', 'gdelt-events-20170101.tsv')]);
    await eventImporter(api).importIcews([sharedFixture('data', 'real', 'icews-events-20180601-20180603.tsv')]);
  },
  40,
);
