import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';

// Every example in docs/queries runs against the seed dataset and must give exactly the
// answer recorded beside it (NN-name.json), so the documentation cannot drift from the API.
// ACTORGRAPH_RECORD_EXAMPLES=1 writes missing answers (to be read and checked by a person).
const folder = join(__dirname, '..', '..', 'docs', 'queries');
const examples = readdirSync(folder)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

describe('the example queries in docs/queries', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('number at least twelve', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
  });

  it.each(examples)('%s gives its recorded answer', async (file) => {
    const response = await api.graphql(readFileSync(join(folder, file), 'utf8'));
    expect(response.errors).toBeUndefined();
    const answerFile = join(folder, file.replace(/\.graphql$/, '.json'));
    if (!existsSync(answerFile) && process.env['ACTORGRAPH_RECORD_EXAMPLES'] === '1') {
      writeFileSync(answerFile, `${JSON.stringify(response.data, null, 2)}\n`);
    }
    expect(response.data).toEqual(JSON.parse(readFileSync(answerFile, 'utf8')));
  });
});
