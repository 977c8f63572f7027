import { InputFileError } from '@actorgraph/dataset';
import { EventImporter } from '@actorgraph/import';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { eventImporter } from '../support/event-importer';
import { sharedFixture } from '../support/shared-fixture';
import { clearGraph, graphCounts, startTestApi, stopTestApi, testDriver, type TestApi } from '../support/test-api';

const fixtures = join(__dirname, '..', 'fixtures', 'import');

const EVENT = `{ id kind date datePrecision cameo dataset summary
  initiators { id kind name } targets { ... on Actor { id } } place { id name }
  evidence { quote source { id url publisher } } }`;

describe('importing GDELT events', () => {
  let api: TestApi;
  let driver: Driver;
  let importer: EventImporter;
  const rejectsDir = mkdtempSync(join(tmpdir(), 'actorgraph-rejects-'));
  const rejectsPath = (input: string) => join(rejectsDir, `${basename(input)}.rejects.tsv`);

  const one = async (id: string) => {
    const { data } = await api.graphql(`query($id: ID!) { interaction(id: $id) ${EVENT} }`, { id });
    return data!['interaction'];
  };

  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
    api = await startTestApi();
    importer = eventImporter(api);
  });

  afterAll(() => stopTestApi(api, driver));

  describe('the small fixture', () => {
    it('imports the good rows and writes each bad one, with its line and reason, to the reject file', async () => {
      const file = join(fixtures, 'gdelt-small.tsv');
      const summary = await importer.importGdelt([file], { rejectsPath });
      expect(summary.totals).toMatchObject({ rows: 8, imported: 5, unchanged: 0, rejected: 3 });
      const rejects = readFileSync(summary.files[0]!.rejectsFile!, 'utf8').split('\n').slice(0, 4);
      expect(rejects.map((line) => line.split('\t').slice(0, 2).join(' '))).toEqual([
        'line reason',
        '4 wrong column count: 60 columns, expected 61 (gdelt2)',
        '7 unparsable date: SQLDATE "20171345"',
        '8 unknown CAMEO event code "999"',
      ]);
    });

    it('answers the interaction query like a curated event: actors, kind, date, place and source URL', async () => {
      expect(await one('interaction:gdelt-613301450')).toMatchObject({
        kind: 'MEETING',
        date: '2017-01-01',
        datePrecision: 'DAY',
        cameo: '043',
        dataset: 'gdelt',
        initiators: [{ id: 'state:united-states', kind: 'STATE', name: 'United States' }],
        targets: [{ id: 'state:brazil' }],
        place: { name: 'Curitiba, ParanáR, Brazil' },
        evidence: [
          { quote: '', source: { url: 'http://m.lasvegassun.com/news/2016/dec/31/new-years-eve-las-vegas/' } },
        ],
      });
    });

    it('imports the GDELT 1.0 layout too', async () => {
      const summary = await importer.importGdelt([join(fixtures, 'gdelt1-small.tsv')], { rejectsPath });
      expect(summary.files[0]).toMatchObject({
        format: 'gdelt1-url',
        rows: 2,
        imported: 2,
        rejected: 0,
        rejectsFile: null,
      });
    });

    it('adds mentions as evidence with source name, URL, sentence and confidence', async () => {
      const summary = await importer.importGdelt([join(fixtures, 'gdelt-small.tsv')], {
        rejectsPath,
        mentions: join(fixtures, 'gdelt-small.mentions.tsv'),
      });
      expect(summary.totals).toMatchObject({ imported: 0, unchanged: 5, rejected: 3 });
      expect(summary.mentions).toMatchObject({ rows: 5, linked: 1, unmatched: 1, rejected: 1 });
      const { records } = await driver.executeQuery(
        `MATCH (:Interaction {id: 'interaction:gdelt-613301450'})-[r:REPORTED_IN]->(s:Source {url: 'https://example.org/news/las-vegas-new-year'})
         RETURN r.sourceName AS name, r.sentenceId AS sentence, r.confidence AS confidence`,
      );
      expect(records.map((r) => [r.get('name'), Number(r.get('sentence')), Number(r.get('confidence'))])).toEqual([
        ['example.org', 3, 80],
      ]);
    });

    it('fails fast, naming the file and writing nothing, on an ICEWS file or an unreadable one', async () => {
      const before = await graphCounts(driver);
      const icews = join(fixtures, 'icews-small.tsv');
      await expect(importer.importGdelt([join(fixtures, 'gdelt-small.tsv'), icews])).rejects.toThrow(
        new InputFileError(
          `${icews}: not a GDELT events export (61 columns for GDELT 2.0, 57 or 58 for 1.0, no header); it looks like an ICEWS events file (use \`import icews\`)`,
        ),
      );
      await expect(importer.importGdelt([join(fixtures, 'missing.tsv')])).rejects.toThrow(
        /missing\.tsv: cannot read the file/,
      );
      expect(await graphCounts(driver)).toEqual(before);
    });
  });

  describe('the shared GDELT 2.0 export with its Mentions file', () => {
    let first: Awaited<ReturnType<EventImporter['importGdelt']>>;
    let events: string;
    let mentions: string;

    beforeAll(async () => {
      events = sharedFixture('data', 'real', 'gdelt-events-20170101.tsv');
      mentions = sharedFixture('data', 'real', 'gdelt-mentions-20170101.tsv');
      first = await importer.importGdelt([events], { rejectsPath, mentions });
    });

    it('imports all 720 rows; the 5 the fixture already imported are unchanged (overlapping files)', () => {
      expect(first.totals).toMatchObject({ rows: 720, imported: 715, unchanged: 5, rejected: 0 });
      expect(first.files[0]!.rejectsFile).toBeNull();
      expect(first.mentions).toMatchObject({ rows: 1983, rejected: 0 });
      expect(first.mentions!.linked + first.mentions!.present).toBe(750);
    });

    it('keeps every event, with its dataset, for the interactions query', async () => {
      const { data } =
        await api.graphql(`{ interactions(where: { datasets: ["gdelt"], from: "2017-01-01", to: "2017-01-01" }, first: 5) {
        totalCount edges { node { id dataset } } } }`);
      const { data: all } = await api.graphql(`{ interactions(where: { datasets: ["gdelt"] }) { totalCount } }`);
      expect(all!['interactions'].totalCount).toBe(722);
      expect(data!['interactions'].totalCount).toBeGreaterThan(500);
      expect(data!['interactions'].edges.every((e: any) => e.node.dataset === 'gdelt')).toBe(true);
    });

    it.each([
      [
        'interaction:gdelt-613300832',
        'STRIKE',
        '2016-01-02',
        'org:cameo-env-in-chn',
        'org:cameo-afr',
        'http://www.chinatopix.com/articles/108979/20161231/china-ivory-trading-animal-activists-ivory-african-elephants.htm',
      ],
      [
        'interaction:gdelt-613301449',
        'STATEMENT',
        '2017-01-01',
        'state:united-states',
        'org:cameo-bolcop',
        'http://jspacenews.com/orthodox-man-held-bolivia-returns-us/',
      ],
      [
        'interaction:gdelt-613300857',
        'NEGOTIATION',
        '2017-01-01',
        null,
        'state:china',
        'http://news.asiaone.com/news/asia/chinese-anti-graft-official-vice-probe',
      ],
    ])('%s is a %s on %s from %s to %s, reported at its SOURCEURL', async (id, kind, date, from, to, url) => {
      const event = await one(id);
      expect(event).toMatchObject({ kind, date, dataset: 'gdelt' });
      expect(event.initiators.map((a: any) => a.id)).toEqual(from ? [from] : []);
      expect(event.targets.map((a: any) => a.id)).toEqual([to]);
      expect(event.evidence.map((e: any) => e.source.url)).toContain(url);
    });

    it('creates nothing new on a second import, and says every row is unchanged', async () => {
      const before = await graphCounts(driver);
      const again = await importer.importGdelt([events], { rejectsPath, mentions });
      expect(again.totals).toMatchObject({ rows: 720, imported: 0, unchanged: 720, rejected: 0 });
      expect(again.mentions).toMatchObject({ linked: 0, present: 750 });
      expect(await graphCounts(driver)).toEqual(before);
    });
  });
});
