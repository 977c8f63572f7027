import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createTestApiKey, graphCounts, startEmptyApi, stopTestApi, type TestApi } from '../support/test-api';
import { bearer } from './access-helpers';

const fixtures = join(__dirname, '..', 'fixtures', 'datasets');
const MINI = readFileSync(join(fixtures, 'good', 'mini.yaml'), 'utf8');
const UNKNOWN_ACTOR = readFileSync(join(fixtures, 'bad', 'unknown-actor.yaml'), 'utf8');

const LOAD = `mutation Load($content: String!, $format: DatasetFormat, $dryRun: Boolean) {
  loadDataset(content: $content, format: $format, dryRun: $dryRun) {
    dryRun sections { section created updated unchanged changedIds } warnings
  }
}`;

describe('loadDataset', () => {
  let api: TestApi;
  let driver: Driver;
  let admin: string;

  beforeAll(async () => {
    ({ api, driver } = await startEmptyApi());
    admin = await createTestApiKey(driver, 'admin');
  });

  afterAll(() => stopTestApi(api, driver));

  it.each(['editor', 'reader'] as const)('is refused to the %s key with FORBIDDEN, writing nothing', async (role) => {
    const before = await graphCounts(driver);
    const response = await api.graphql(LOAD, { content: MINI }, bearer(await createTestApiKey(driver, role)));
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await graphCounts(driver)).toEqual({ nodes: before.nodes + 1, relationships: before.relationships });
  });

  it('refuses a dataset with an unknown actor with BAD_USER_INPUT naming line, column and path, writing nothing', async () => {
    const before = await graphCounts(driver);
    const response = await api.graphql(LOAD, { content: UNKNOWN_ACTOR }, bearer(admin));
    expect(response.data).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message:
          '1 error(s); nothing was written:\ncontent:16:18 interactions[0].initiators[0]: unknown actor ' +
          '"person:volodymyr-zelensky"; did you mean "person:volodymyr-zelenskyy"?',
        extensions: { code: 'BAD_USER_INPUT', argument: 'content' },
      }),
    ]);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('does not read a source textFile, which names a file on the server, and warns that its quotes are unchecked', async () => {
    const content = [
      'version: 1',
      'sources:',
      '  - id: source:probe',
      '    title: Probe',
      '    textFile: /etc/hostname',
      '',
    ].join('\n');
    const response = await api.graphql(LOAD, { content, dryRun: true }, bearer(admin));
    expect(response.errors).toBeUndefined();
    expect(response.data!['loadDataset'].warnings).toEqual([
      'content:5:15 sources[0].textFile: is ignored in uploaded content (the server does not read its own files ' +
        'for an upload): quotes of source:probe are not checked',
    ]);
  });

  it('reports YAML syntax errors by line', async () => {
    const response = await api.graphql(LOAD, { content: 'version: 1\nactors: [\n' }, bearer(admin));
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/\ncontent:\d+:\d+ YAML syntax: /);
  });

  it('dry-runs the fixture dataset: counts what it would create and writes nothing', async () => {
    const before = await graphCounts(driver);
    const response = await api.graphql(LOAD, { content: MINI, dryRun: true }, bearer(admin));
    expect(response.errors).toBeUndefined();
    expect(response.data?.loadDataset.dryRun).toBe(true);
    expect(response.data?.loadDataset.sections).toContainEqual(
      expect.objectContaining({ section: 'actors', created: 4, updated: 0, unchanged: 0 }),
    );
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('loads the fixture dataset for an admin, and a second load changes nothing', async () => {
    const first = await api.graphql(LOAD, { content: MINI }, bearer(admin));
    expect(first.errors).toBeUndefined();
    const counts = Object.fromEntries(
      first.data?.loadDataset.sections.map((s: { section: string; created: number }) => [s.section, s.created]),
    );
    expect(counts).toEqual({ sources: 1, actors: 4, places: 1, relations: 2, interactions: 2 });
    // The source's text file is not sent with the content: its quotes are not checked, and the answer says so.
    expect(first.data?.loadDataset.warnings).toEqual([
      expect.stringMatching(/^content:\d+:\d+ sources\[0\]\.textFile: /),
    ]);
    const actors = await api.graphql('{ actors(first: 10) { totalCount } }');
    expect(actors.data?.actors.totalCount).toBe(4);

    const after = await graphCounts(driver);
    const second = await api.graphql(LOAD, { content: MINI }, bearer(admin));
    expect(
      second.data?.loadDataset.sections.every((s: { created: number; updated: number }) => s.created + s.updated === 0),
    ).toBe(true);
    expect(await graphCounts(driver)).toEqual(after);

    // One change log entry, for the first load only (the second changed nothing), naming the admin's key.
    const log = await api.graphql(
      '{ changes(where: { operation: LOAD_DATASET }) { totalCount edges { node { by byName targetIds } } } }',
      {},
      bearer(admin),
    );
    expect(log.data?.changes.totalCount).toBe(1);
    const entry = log.data?.changes.edges[0].node;
    expect(entry.by).toBe(admin.split('_')[1]);
    expect(entry.byName).toBe('test-admin');
    expect(entry.targetIds).toHaveLength(10);
  });

  it('reads JSON content', async () => {
    const json = JSON.stringify({
      version: 1,
      dataset: 'json-upload',
      actors: [{ id: 'state:moldova', kind: 'state', name: 'Moldova' }],
    });
    const response = await api.graphql(LOAD, { content: json, format: 'JSON' }, bearer(admin));
    expect(response.errors).toBeUndefined();
    expect(response.data?.loadDataset.sections).toContainEqual(
      expect.objectContaining({ section: 'actors', created: 1 }),
    );
  });

  it('names JSON content and the line of its error, and files records of unnamed content under "upload"', async () => {
    const bad =
      '{\n  "version": 1,\n  "actors": [\n    { "id": "state:transnistria", "kind": "nation", "name": "PMR" }\n  ]\n}';
    const refused = await api.graphql(LOAD, { content: bad, format: 'JSON' }, bearer(admin));
    expect(refused.errors?.[0]?.message).toMatch(/\ncontent:4:\d+ actors\[0\]\.kind: /);

    const good = JSON.stringify({ version: 1, actors: [{ id: 'state:gagauzia', kind: 'state', name: 'Gagauzia' }] });
    expect((await api.graphql(LOAD, { content: good, format: 'JSON' }, bearer(admin))).errors).toBeUndefined();
    const { records } = await driver.executeQuery('MATCH (a:Actor {id: $id}) RETURN a.dataset AS dataset', {
      id: 'state:gagauzia',
    });
    expect(records[0]?.get('dataset')).toBe('upload');
  });
});
