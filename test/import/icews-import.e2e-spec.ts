import { InputFileError } from '@actorgraph/dataset';
import { EventImporter } from '@actorgraph/import';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { eventImporter } from '../support/event-importer';
import { sharedFixture } from '../support/shared-fixture';
import { graphCounts, startSeededApi, stopTestApi, type TestApi } from '../support/test-api';

const fixtures = join(__dirname, '..', 'fixtures', 'import');

describe('importing ICEWS events', () => {
  let api: TestApi;
  let driver: Driver;
  let importer: EventImporter;
  const rejectsDir = mkdtempSync(join(tmpdir(), 'actorgraph-rejects-'));
  const rejectsPath = (input: string) => join(rejectsDir, `${basename(input)}.rejects.tsv`);

  const one = async (id: string) => {
    const { data } = await api.graphql(
      `query($id: ID!) { interaction(id: $id) { id kind date cameo dataset summary
        initiators { id kind name } targets { ... on Actor { id kind name } } place { id kind name }
        evidence { source { id title publisher } } } }`,
      { id },
    );
    return data!['interaction'];
  };

  beforeAll(async () => {
    // The curated dataset first: imported states must meet its states, not duplicate them.
    ({ api, driver } = await startSeededApi());
    importer = eventImporter(api);
  });

  afterAll(() => stopTestApi(api, driver));

  it('imports the small fixture and rejects its bad rows with line and reason', async () => {
    const summary = await importer.importIcews([join(fixtures, 'icews-small.tsv')], { rejectsPath });
    expect(summary.totals).toMatchObject({ rows: 6, imported: 3, unchanged: 0, rejected: 3 });
    const rejects = readFileSync(summary.files[0]!.rejectsFile!, 'utf8').trim().split('\n');
    expect(rejects.slice(1).map((line) => line.split('\t').slice(0, 2).join(' '))).toEqual([
      '5 unparsable date: Event Date "2018-06-31"',
      '6 unknown CAMEO event code "999"',
      '7 wrong column count: 12 columns, expected 20 (ICEWS header)',
    ]);
  });

  it('fails fast, naming the file and writing nothing, when given a GDELT export', async () => {
    const before = await graphCounts(driver);
    const gdelt = join(fixtures, 'gdelt-small.tsv');
    await expect(importer.importIcews([gdelt])).rejects.toBeInstanceOf(InputFileError);
    await expect(importer.importIcews([gdelt])).rejects.toThrow(`${gdelt}: not an ICEWS events file`);
    expect(await graphCounts(driver)).toEqual(before);
  });

  describe('the shared ICEWS slice (2018-06-01 to 2018-06-03)', () => {
    let first: Awaited<ReturnType<EventImporter['importIcews']>>;
    let icews: string;

    beforeAll(async () => {
      icews = sharedFixture('data', 'real', 'icews-events-20180601-20180603.tsv');
      first = await importer.importIcews([icews], { rejectsPath });
    });

    it('imports all 4,993 rows; the 3 the fixture shares with it are unchanged', () => {
      expect(first.totals).toMatchObject({ rows: 4993, imported: 4990, unchanged: 3, rejected: 0 });
    });

    it('answers the interactions query filtered to the icews dataset', async () => {
      const { data } =
        await api.graphql(`{ interactions(where: { datasets: ["icews"], kinds: [NEGOTIATION] }, first: 100) {
        totalCount edges { node { id dataset initiators { id } } } } }`);
      const nodes = data!['interactions'].edges.map((e: any) => e.node);
      expect(nodes.every((n: any) => n.dataset === 'icews')).toBe(true);
      expect(nodes.map((n: any) => n.id)).toEqual(
        expect.arrayContaining(['interaction:icews-32891174', 'interaction:icews-32896037']),
      );
      const { data: curated } = await api.graphql(
        `{ interactions(where: { datasets: ["kazakhstan-ukraine-2025"] }) { totalCount } }`,
      );
      const { data: all } = await api.graphql(`{ interactions { totalCount } }`);
      expect(all!['interactions'].totalCount).toBe(curated!['interactions'].totalCount + 4993);
    });

    it('keeps named people as people: Mike Pompeo negotiates with Kim Yong-chol (046)', async () => {
      expect(await one('interaction:icews-32891174')).toMatchObject({
        kind: 'NEGOTIATION',
        date: '2018-06-01',
        cameo: '046',
        dataset: 'icews',
        initiators: [{ id: 'person:mike-pompeo', kind: 'PERSON', name: 'Mike Pompeo' }],
        targets: [{ id: 'person:kim-yong-chol', kind: 'PERSON' }],
        place: { kind: 'CITY', name: 'New York City, state of New York, United States' },
        evidence: [{ source: { id: 'source:icews-story-47400387', publisher: 'Yonhap English News' } }],
      });
    });

    it('maps 139 (give ultimatum) to a threat: Donald Trump → Justin Trudeau', async () => {
      expect(await one('interaction:icews-32891071')).toMatchObject({
        kind: 'THREAT',
        initiators: [{ id: 'person:donald-trump' }],
        targets: [{ id: 'person:justin-trudeau' }],
        evidence: [{ source: { publisher: 'Trend News Agency (Azerbaijan)' } }],
      });
    });

    it('meets the curated states instead of duplicating them, keeping their curated names', async () => {
      const { records } = await driver.executeQuery(
        `MATCH (s:State) WHERE s.id IN ['state:russia', 'state:united-states', 'state:ukraine']
         RETURN s.id AS id, s.name AS name, s.dataset AS dataset, s.country AS country ORDER BY id`,
      );
      expect(records.map((r) => r.toObject())).toEqual([
        { id: 'state:russia', name: 'Russia', dataset: 'kazakhstan-ukraine-2025', country: 'Russian Federation' },
        { id: 'state:ukraine', name: 'Ukraine', dataset: 'kazakhstan-ukraine-2025', country: 'Ukraine' },
        {
          id: 'state:united-states',
          name: 'United States',
          dataset: 'kazakhstan-ukraine-2025',
          country: 'United States',
        },
      ]);
    });

    it('keeps sectors and country on people, so they can be merged with curated people later', async () => {
      const { records } = await driver.executeQuery(
        `MATCH (p:Person {id: 'person:mike-pompeo'}) RETURN p.sectors AS sectors, p.country AS country, p.nameKeys AS keys`,
      );
      expect(records[0]!.toObject()).toEqual({
        sectors: ['Government', 'Executive', 'Foreign Ministry'],
        country: 'United States',
        keys: ['mike pompeo'],
      });
    });

    it('creates nothing new on a second import, and says every row is unchanged', async () => {
      const before = await graphCounts(driver);
      const again = await importer.importIcews([icews], { rejectsPath });
      expect(again.totals).toMatchObject({ rows: 4993, imported: 0, unchanged: 4993, rejected: 0 });
      expect(await graphCounts(driver)).toEqual(before);
    });
  });
});
