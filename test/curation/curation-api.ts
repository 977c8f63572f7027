import type { Driver } from 'neo4j-driver';
import { createTestApiKey, graphCounts, startSeededApi, type GraphQLResponse, type TestApi } from '../support/test-api';

/** The seeded API with an editor's API key: `edit` sends every request with it, as a curator's client would. */
export interface CurationApi {
  api: TestApi;
  driver: Driver;
  edit: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;
  /** Node and relationship counts without the network projection, to prove what a write drew or that it drew nothing. */
  counts: () => Promise<{ nodes: number; relationships: number }>;
}

export async function startCurationApi(): Promise<CurationApi> {
  const { api, driver } = await startSeededApi();
  const key = await createTestApiKey(driver, 'editor', 'newsroom-editor');
  const headers = { authorization: `Bearer ${key}` };
  return {
    api,
    driver,
    edit: (query, variables) => api.graphql(query, variables, headers),
    counts: () => graphCounts(driver, { links: true }),
  };
}

/** The one error of a refused request: its code and the argument at fault. */
export function refusal(response: GraphQLResponse): { code?: string; argument?: unknown } {
  expect(response.errors).toHaveLength(1);
  const extensions = response.errors![0]!.extensions ?? {};
  return { code: extensions.code, argument: extensions['argument'] };
}

export const SOURCE = 'source:kazakhstan-ukraine-2025';
export const ZELENSKYY = 'person:volodymyr-zelenskyy';
export const TOKAYEV = 'person:kassym-jomart-tokayev';

/** Records "Tokayev called Stubb" on `date` as interaction `id`: a write that changes Tokayev's network and activity. */
export async function recordTokayevCall(c: CurationApi, id: string, date: string): Promise<void> {
  const recorded = await c.edit(
    `mutation ($input: RecordInteractionInput!) { recordInteraction(input: $input) { status } }`,
    {
      input: {
        id,
        kind: 'CALL',
        date,
        initiators: [TOKAYEV],
        targets: ['person:alexander-stubb'],
        summary: 'Tokayev called Stubb.',
        evidence: [{ source: SOURCE, quote: 'Kazakhstan has maintained constructive relations with Ukraine' }],
      },
    },
  );
  expect(recorded.errors).toBeUndefined();
}
