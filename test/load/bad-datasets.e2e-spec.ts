import { formatIssue } from '@actorgraph/dataset';
import { DatasetLoader } from '@actorgraph/ingest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { clearGraph, graphCounts, startEmptyApi, type TestApi } from '../support/test-api';

// Each file in the corpus states the errors it must produce in `# expect:` comments.
const corpus = join(__dirname, '..', 'fixtures', 'datasets', 'bad');
const root = join(__dirname, '..', '..');
const files = readdirSync(corpus)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();

function expectedIssues(file: string): string[] {
  const path = relative(root, join(corpus, file));
  const text = readFileSync(join(corpus, file), 'utf8');
  return [...text.matchAll(/^# expect: (\d+:\d+) (.*)$/gm)].map(([, at, rest]) =>
    `${path}:${at} ${rest}`.replace(/ : /, ' '),
  );
}

describe('loading a bad dataset reports every error where it is, and writes nothing', () => {
  let api: TestApi;
  let driver: Driver;
  let loader: DatasetLoader;

  beforeAll(async () => {
    ({ api, driver } = await startEmptyApi());
    loader = api.app.get(DatasetLoader, { strict: false });
    // Something already in the graph, so "nothing written" means "nothing changed".
    const seeded = await loader.load([relative(root, join(__dirname, '..', 'fixtures', 'datasets', 'good'))]);
    expect(seeded.ok).toBe(true);
  });

  afterAll(async () => {
    await clearGraph(driver);
    await api.close();
    await driver.close();
  });

  it('has a corpus of at least twelve distinct bad datasets', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files.filter((f) => f.endsWith('.yaml')))('%s', async (file) => {
    const before = await graphCounts(driver);
    const result = await loader.load([relative(root, join(corpus, file))]);
    expect(result.ok).toBe(false);
    const reported = result.ok ? [] : result.issues.map(formatIssue);
    expect(reported).toEqual(expectedIssues(file));
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('locates errors in JSON datasets by line and column too', async () => {
    const path = relative(root, join(corpus, 'wrong-type.json'));
    const result = await loader.load([path]);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      `${path}:4:51 actors[0].name: must be string, not number`,
    ]);
  });

  it('writes nothing from any file when one of several files is bad', async () => {
    const before = await graphCounts(driver);
    const good = relative(root, join(__dirname, '..', 'fixtures', 'datasets', 'good'));
    const result = await loader.load([good, relative(root, join(corpus, 'impossible-date.yaml'))]);
    expect(result.ok).toBe(false);
    expect(await graphCounts(driver)).toEqual(before);
  });
});
