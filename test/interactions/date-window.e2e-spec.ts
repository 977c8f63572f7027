import type { Driver } from 'neo4j-driver';
import { type TestApi, startSeededApi, stopTestApi } from '../support/test-api';

// Date filters start from the date indexes (fragments/interaction-candidates): these are the events an index
// walk could miss, an event known only by its year and one that spans years (`until`).
const HOSPITAL_AID = 'interaction:2022-kazakh-entrepreneurs-aid-ukrainian-hospitals'; // 2022 until 2025-08
const VOLUNTEER_AID = 'interaction:2022-kazakh-volunteers-collect-aid-for-ukraine'; // 2022, year precision

describe('date filters over events that began before the window', () => {
  let api: TestApi;
  let driver: Driver;

  async function interactionIds(where: string): Promise<string[]> {
    const response = await api.graphql(`{ interactions(where: ${where}, first: 500) { edges { node { id } } } }`);
    expect(response.errors).toBeUndefined();
    return response.data!['interactions'].edges.map((e: any) => e.node.id);
  }

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('finds the hospital aid, running from 2022 until August 2025, in March 2024', async () => {
    expect(await interactionIds('{ from: "2024-03", to: "2024-03" }')).toContain(HOSPITAL_AID);
    expect(await interactionIds('{ from: "2024-03" }')).toContain(HOSPITAL_AID);
    expect(await interactionIds('{ from: "2025-09" }')).not.toContain(HOSPITAL_AID);
  });

  it('finds the volunteers’ aid, dated only 2022, on 15 December 2022 but not in January 2023', async () => {
    expect(await interactionIds('{ from: "2022-12-15", to: "2022-12-15" }')).toContain(VOLUNTEER_AID);
    expect(await interactionIds('{ from: "2023-01", to: "2023-01" }')).not.toContain(VOLUNTEER_AID);
  });

  it('counts the hospital aid among the dyads of 2024', async () => {
    const response = await api.graphql(
      '{ dyads(where: { from: "2024", to: "2024", kinds: [AID] }, first: 500) { source { id } target { id } count } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!['dyads']).toContainEqual({
      source: { id: 'org:kazakh-entrepreneurs' },
      target: { id: 'state:ukraine' },
      count: 1,
    });
  });
});
