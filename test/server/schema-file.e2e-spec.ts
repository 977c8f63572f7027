import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printApiSchema } from '../../apps/api/src/schema/print-api-schema';
import { startTestApi, type TestApi } from '../support/test-api';

describe('schema.graphql', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('is exactly the schema the code builds (run `npm run schema:print` after changing the API)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(printApiSchema(api.app)).toBe(committed);
  });
});
