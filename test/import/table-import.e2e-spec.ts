import { loadAppConfig } from '@actorgraph/config';
import { InputFileError } from '@actorgraph/dataset';
import { EventImporter, TableImporter, type ImportSummary } from '@actorgraph/import';
import { MigrationRunner, Neo4jService } from '@actorgraph/neo4j';
import { NetworkChecker } from '@actorgraph/network';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Driver } from 'neo4j-driver';
import { CliModule } from '../../apps/cli/src/cli.module';
import { sharedFixture } from '../support/shared-fixture';
import { clearGraph, graphCounts, testDriver, testEnv } from '../support/test-api';

const fixtures = join(__dirname, '..', 'fixtures', 'table');
const fixture = (name: string) => join(fixtures, name);

/** The rejects file as [line, reason] pairs, header row left out. */
function rejected(summary: ImportSummary): [string, string][] {
  const file = summary.files[0]!.rejectsFile;
  if (!file) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split('\t').slice(0, 2) as [string, string]);
}

/** Every row is imported, unchanged or rejected: none is lost. */
function accountedFor(summary: ImportSummary): void {
  const t = summary.totals;
  expect(t.imported + t.unchanged + t.rejected).toBe(t.rows);
}

describe('importing tables through a mapping (cli import table)', () => {
  // What `cli import table` runs: the command line's Nest context, over the tests' Neo4j.
  let cli: INestApplicationContext;
  let driver: Driver;
  let importer: TableImporter;
  const rejectsDir = mkdtempSync(join(tmpdir(), 'actorgraph-table-rejects-'));
  const rejectsPath = (input: string) => join(rejectsDir, `${basename(input)}.rejects.tsv`);

  const query = async <T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> => {
    const { records } = await driver.executeQuery(cypher, params);
    return records.map((r) => r.toObject() as T);
  };

  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
    cli = await NestFactory.createApplicationContext(CliModule.forRoot(loadAppConfig(testEnv())), {
      logger: ['error'],
    });
    // The schema first, as `cli import` expects it: on a fresh database the name look-ups need the full-text index.
    await new MigrationRunner(cli.get(Neo4jService, { strict: false })).migrate();
    importer = cli.get(TableImporter, { strict: false });
  });

  afterAll(async () => {
    await cli.close();
    await driver.close();
  });

  describe("a researcher's own tables: actors, then events naming them", () => {
    it('loads the actor table, rejecting a second holder of an alias and an unknown kind with their lines', async () => {
      const summary = await importer.importTable(
        [fixture('researcher-actors.csv')],
        { mapping: fixture('researcher-actors.mapping.yaml') },
        { rejectsPath },
      );
      expect(summary.totals).toMatchObject({ rows: 7, imported: 5, unchanged: 0, rejected: 2 });
      accountedFor(summary);
      expect(rejected(summary)).toEqual([
        ['7', 'the name "tokayev" of person:tokayev-jr is already held by person:kassym-jomart-tokayev'],
        ['8', 'type "alien" is not in the mapping\'s values (person, state, organization, ministry)'],
      ]);
      const [tokayev] = await query<{ a: { properties: Record<string, unknown> } }>(
        `MATCH (a:Person {id: 'person:kassym-jomart-tokayev'}) RETURN a`,
      );
      expect(tokayev!.a.properties).toMatchObject({
        name: 'Kassym-Jomart Tokayev',
        aliases: ['Tokayev', 'Tokaev'],
        wikidataId: 'Q4253',
        dataset: 'kz-ua-study',
      });
    });

    it('loads the events, resolving names and aliases to those actors, and rejects bad rows with their lines', async () => {
      const summary = await importer.importTable(
        [fixture('researcher-events.csv')],
        { mapping: fixture('researcher-events.mapping.yaml') },
        { rejectsPath },
      );
      expect(summary.totals).toMatchObject({ rows: 9, imported: 4, unchanged: 0, rejected: 5 });
      accountedFor(summary);
      expect(rejected(summary)).toEqual([
        ['5', 'impossible date "2025-13-01": "2025-13-01" has no month 13'],
        ['6', 'event_type "handshake" is not in the mapping\'s values (phone call, meeting, statement, sanctions)'],
        ['7', 'no actors: initiators and targets are empty'],
        ['8', 'unknown actor id "person:nobody-known"'],
        ['10', 'duplicate key: line 2 has the same key'],
      ]);
      const [e1] = await query<Record<string, unknown>>(
        `MATCH (a)-[:INITIATED]->(i:Interaction {id: 'interaction:kz-ua-study-e1'})-[:DIRECTED_AT]->(b),
           (i)-[:OCCURRED_IN]->(p), (i)-[r:REPORTED_IN]->(s)
         RETURN i.kind AS kind, i.date AS date, i.datePrecision AS precision, i.summary AS summary,
           i.dataset AS dataset, a.id AS initiator, b.id AS target, p.name AS place, r.quote AS quote,
           s.url AS url, s.title AS title`,
      );
      expect(e1).toEqual({
        kind: 'CALL',
        date: '2025-08-10',
        precision: 'DAY',
        summary: 'Zelensky – phone call – Tokayev',
        dataset: 'kz-ua-study',
        initiator: 'person:volodymyr-zelenskyy',
        target: 'person:kassym-jomart-tokayev',
        place: 'Astana',
        quote: 'President Volodymyr Zelenskyy called President Kassym-Jomart Tokayev',
        url: 'https://example.org/a1',
        title: 'Zelenskyy calls Tokayev',
      });
      const [e2] = await query<{ precision: string; targets: string[]; confidence: string }>(
        `MATCH (i:Interaction {id: 'interaction:kz-ua-study-e2'})-[:DIRECTED_AT]->(t)
         RETURN i.datePrecision AS precision, collect(t.id) AS targets, i.confidence AS confidence`,
      );
      expect(e2).toEqual({ precision: 'MONTH', targets: ['state:ukraine'], confidence: 'medium' });
      const [e3] = await query<{ targets: string[] }>(
        `MATCH (:Interaction {id: 'interaction:kz-ua-study-e3'})-[:DIRECTED_AT]->(t) RETURN collect(t.id) AS targets`,
      );
      expect(e3!.targets.sort()).toEqual(['org:kazakh-foreign-ministry', 'person:volodymyr-zelenskyy']);
    });

    it('creates nothing on a second import of both tables: every good row is unchanged', async () => {
      const before = await graphCounts(driver);
      const actors = await importer.importTable(
        [fixture('researcher-actors.csv')],
        { mapping: fixture('researcher-actors.mapping.yaml') },
        { rejectsPath },
      );
      const events = await importer.importTable(
        [fixture('researcher-events.csv')],
        { mapping: fixture('researcher-events.mapping.yaml') },
        { rejectsPath },
      );
      expect(actors.totals).toMatchObject({ rows: 7, imported: 0, unchanged: 5, rejected: 2 });
      expect(events.totals).toMatchObject({ rows: 9, imported: 0, unchanged: 4, rejected: 5 });
      expect(await graphCounts(driver)).toEqual(before);
    });
  });

  describe('presets on fixtures built from the published column lists', () => {
    it.each([
      ['gdelt', 'gdelt-header.csv', { rows: 11, imported: 8, rejected: 3 }],
      ['acled', 'acled.csv', { rows: 7, imported: 4, rejected: 3 }],
      ['polecat', 'polecat.tsv', { rows: 5, imported: 3, rejected: 2 }],
      ['plover', 'plover.jsonl', { rows: 6, imported: 3, rejected: 3 }],
    ])(
      '--preset %s imports %s with every row accounted for, and a second import creates nothing',
      async (preset, file, totals) => {
        const first = await importer.importTable([fixture(file)], { preset }, { rejectsPath });
        expect(first.totals).toMatchObject({ ...totals, unchanged: 0 });
        accountedFor(first);
        const before = await graphCounts(driver);
        const again = await importer.importTable([fixture(file)], { preset }, { rejectsPath });
        expect(again.totals).toMatchObject({ ...totals, imported: 0, unchanged: totals.imported });
        expect(await graphCounts(driver)).toEqual(before);
      },
    );

    it('rejects the malformed rows of each fixture with their line numbers and reasons', async () => {
      const reasons = async (preset: string, file: string) =>
        rejected(await importer.importTable([fixture(file)], { preset }, { rejectsPath }));
      expect(await reasons('gdelt', 'gdelt-header.csv')).toEqual([
        ['10', 'wrong column count: 40 columns, the header has 62'],
        ['11', 'impossible date "20171345": "2017-13-45" has no month 13'],
        ['12', 'unknown CAMEO event code "999"'],
      ]);
      expect(await reasons('acled', 'acled.csv')).toEqual([
        [
          '6',
          'sub_event_type "Other" is not in the mapping\'s values (23 values); event_type "Strategic developments" is not in the mapping\'s values (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots)',
        ],
        ['7', 'impossible date "31 February 2023": "2023-02-31" is not a real day: 2023-02 has 28 days'],
        ['8', 'fatalities "many" is not a number'],
      ]);
      expect(await reasons('polecat', 'polecat.tsv')).toEqual([
        ['5', 'unknown PLOVER category "PRAISE"'],
        ['6', 'wrong column count: 41 columns, the header has 40'],
      ]);
      const plover = await reasons('plover', 'plover.jsonl');
      expect(plover.map(([line]) => line)).toEqual(['4', '5', '6']);
      expect(plover[0]![1]).toBe('unparsable date "April 4th" (use YYYY-MM-DD, YYYYMMDD or "15 January 2023")');
      expect(plover[1]![1]).toMatch(/^not valid JSON/);
      expect(plover[2]![1]).toBe('unknown PLOVER category "STATEMENT"');
    });

    it('reads a GDELT header CSV like the raw export: same ids, codebook names, country-scoped GOV', async () => {
      const rows = await query<{ id: string; initiator: string | null; name: string | null; generic: boolean | null }>(
        `MATCH (i:Interaction) WHERE i.id IN ['interaction:gdelt-613300838', 'interaction:gdelt-613301532',
           'interaction:gdelt-613301450', 'interaction:gdelt-613301449']
         OPTIONAL MATCH (a)-[:INITIATED]->(i)
         RETURN i.id AS id, a.id AS initiator, a.name AS name, a.generic AS generic ORDER BY id`,
      );
      expect(rows).toEqual([
        {
          id: 'interaction:gdelt-613300838',
          initiator: 'org:cameo-gov-in-gbr',
          name: 'Government (country not coded; events in United Kingdom)',
          generic: true,
        },
        { id: 'interaction:gdelt-613301449', initiator: 'state:united-states', name: 'United States', generic: null },
        { id: 'interaction:gdelt-613301450', initiator: 'state:united-states', name: 'United States', generic: null },
        {
          id: 'interaction:gdelt-613301532',
          initiator: 'org:cameo-usagov',
          name: 'United States Government',
          generic: null,
        },
      ]);
      const [tone] = await query<{ tone: number; kind: string; cameo: string }>(
        `MATCH (i:Interaction {id: 'interaction:gdelt-613301450'}) RETURN i.avgTone AS tone, i.kind AS kind, i.cameo AS cameo`,
      );
      expect(tone).toEqual({ tone: expect.any(Number), kind: 'MEETING', cameo: '043' });
    });

    it('makes ACLED actors organizations, collectives generic, and a month-precise row a MONTH date', async () => {
      const [clash] = await query<{ precision: string; fatalities: number; targets: string[] }>(
        `MATCH (i:Interaction {id: 'interaction:acled-ukr90003'})-[:DIRECTED_AT]->(t)
         RETURN i.datePrecision AS precision, i.fatalities AS fatalities, collect(t.id) AS targets`,
      );
      expect(clash!.precision).toBe('MONTH');
      expect(Number(clash!.fatalities)).toBe(10);
      expect(clash!.targets.sort()).toEqual(['org:military-forces-of-russia-2000', 'org:wagner-group']);
      const [protest] = await query<{ initiators: { id: string; generic: boolean | null }[] }>(
        `MATCH (a)-[:INITIATED]->(:Interaction {id: 'interaction:acled-ukr90002'})
         RETURN collect({id: a.id, generic: a.generic}) AS initiators`,
      );
      expect(protest!.initiators).toContainEqual({ id: 'org:protesters-ukraine', generic: true });
      expect(protest!.initiators).toHaveLength(3);
    });

    it('makes a POLECAT call by phone a CALL between the two presidents, and a country name its state', async () => {
      const [call] = await query<{ kind: string; from: string; to: string }>(
        `MATCH (a)-[:INITIATED]->(i:Interaction {id: 'interaction:polecat-pc-0001'})-[:DIRECTED_AT]->(b)
         RETURN i.kind AS kind, a.id AS from, b.id AS to`,
      );
      expect(call).toEqual({ kind: 'CALL', from: 'person:kassym-jomart-tokayev', to: 'person:volodymyr-zelenskyy' });
      const [assault] = await query<{ from: string; to: string }>(
        `MATCH (a)-[:INITIATED]->(:Interaction {id: 'interaction:polecat-pc-0002'})-[:DIRECTED_AT]->(b)
         RETURN a.id AS from, b.id AS to`,
      );
      expect(assault).toEqual({ from: 'state:russia', to: 'state:ukraine' });
    });

    it('makes every PLOVER source of a meeting an initiator, and an identifier_id meet the actor holding it', async () => {
      const [meeting] = await query<{ kind: string; initiators: string[]; quote: string }>(
        `MATCH (a)-[:INITIATED]->(i:Interaction {id: 'interaction:plover-plv-0001'})-[r:REPORTED_IN]->()
         RETURN i.kind AS kind, collect(a.id) AS initiators, r.quote AS quote`,
      );
      expect(meeting!.kind).toBe('MEETING');
      // Q4253 is held by Tokayev, loaded from the researcher's actor table.
      expect(meeting!.initiators.sort()).toEqual(['person:emmanuel-macron', 'person:kassym-jomart-tokayev']);
      expect(meeting!.quote).toBe('Tokayev met Macron in Astana');
    });
  });

  describe('files and mappings refused before anything is written', () => {
    it("refuses a file whose header lacks the mapping's columns, naming each column and mapping field", async () => {
      const before = await graphCounts(driver);
      const icews = sharedFixture('data', 'real', 'icews-events-20180601-20180603.tsv');
      const error = await importer
        .importTable([fixture('acled.csv'), icews], { preset: 'acled' }, { rejectsPath })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputFileError);
      expect((error as Error).message).toContain(`${icews}: not a table this mapping reads`);
      expect((error as Error).message).toContain('"event_id_cnty" (key)');
      expect(await graphCounts(driver)).toEqual(before);
    });

    it('refuses the raw GDELT export (no header) given to the gdelt preset, saying it has no header row', async () => {
      const raw = sharedFixture('data', 'real', 'gdelt-events-20170101.tsv');
      await expect(importer.importTable([raw], { preset: 'gdelt' })).rejects.toThrow(/no header row/);
    });

    it('refuses a mapping with every problem named by its field, before reading any file', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'actorgraph-mapping-'));
      const mapping = join(dir, 'bad.yaml');
      writeFileSync(
        mapping,
        [
          'mapping: interactions',
          'dataset: Bad Name',
          'key: id',
          'date: date',
          'kind: { column: type, values: { talk: chat } }',
          'initiators: { nme: who }',
          'colour: red',
        ].join('\n'),
      );
      const error = (await importer.importTable([fixture('acled.csv')], { mapping }).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(InputFileError);
      expect(error.message).toContain('dataset: must match pattern');
      expect(error.message).toContain('initiators: unknown field "nme"');
      expect(error.message).toContain('(top level): unknown field "colour"');
      expect(error.message).toMatch(/bad\.yaml:\d+:\d+/);
    });
  });

  describe('compressed inputs and the shared real GDELT export', () => {
    it('reads a .gz table like the plain one (every row unchanged)', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'actorgraph-gz-'));
      const gz = join(dir, 'gdelt-header.csv.gz');
      writeFileSync(gz, gzipSync(readFileSync(fixture('gdelt-header.csv'))));
      const summary = await importer.importTable([gz], { preset: 'gdelt' }, { rejectsPath });
      expect(summary.totals).toMatchObject({ rows: 11, imported: 0, unchanged: 8, rejected: 3 });
    });

    it('reads a .zip like the plain file, and a semicolon-separated Windows-1252 spreadsheet export', async () => {
      const zipped = await importer.importTable([fixture('polecat.tsv.zip')], { preset: 'polecat' }, { rejectsPath });
      expect(zipped.totals).toMatchObject({ rows: 5, imported: 0, unchanged: 3, rejected: 2 });
      const excel = await importer.importTable(
        [fixture('excel-semicolon-cp1252.csv')],
        { mapping: fixture('excel-semicolon-cp1252.mapping.yaml') },
        { rejectsPath },
      );
      expect(excel.totals).toMatchObject({ rows: 2, imported: 2, rejected: 0 });
      const places = await query<{ name: string }>(
        `MATCH (:Interaction {dataset: 'excel-study'})-[:OCCURRED_IN]->(p) RETURN p.name AS name ORDER BY name`,
      );
      expect(places.map((p) => p.name)).toEqual(['Paris – “Élysée”', 'Zürich']);
    });

    it('imports all 720 rows of the real export rewritten with a header, on the same events as `import gdelt`', async () => {
      // The real 15-minute export, rewritten as a Python library writes it: a header row, comma-separated, quoted.
      const lines = readFileSync(sharedFixture('data', 'real', 'gdelt-events-20170101.tsv'), 'utf8').split('\n');
      const header = readFileSync(fixture('gdelt-header.csv'), 'utf8').split('\n')[0]!.split(',');
      const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
      const csv = [header.join(',')]
        .concat(
          lines
            .filter((l) => l !== '')
            .map((l) => {
              const cols = l.split('\t');
              return [...cols.slice(0, 27), ' description', ...cols.slice(27)].map(quote).join(',');
            }),
        )
        .join('\n');
      const dir = mkdtempSync(join(tmpdir(), 'actorgraph-real-'));
      const file = join(dir, 'gdelt-20170101-with-header.csv');
      writeFileSync(file, csv);
      const table = await importer.importTable([file], { preset: 'gdelt' }, { rejectsPath });
      expect(table.totals).toMatchObject({ rows: 720, rejected: 0 });
      accountedFor(table);
      const raw = await cli
        .get(EventImporter, { strict: false })
        .importGdelt([sharedFixture('data', 'real', 'gdelt-events-20170101.tsv')], {
          rejectsPath,
        });
      expect(raw.totals.rows).toBe(720);
      const [count] = await query<{ n: number }>(
        `MATCH (i:Interaction) WHERE i.id STARTS WITH 'interaction:gdelt-' RETURN count(i) AS n`,
      );
      expect(Number(count!.n)).toBe(720);
    });
  });

  it('gives the real GDELT actors names that do not lie and no country-less node pooling every country', async () => {
    const pooled = await query<{ id: string }>(
      `MATCH (a:Actor) WHERE a.id IN ['org:cameo-gov', 'org:cameo-bus', 'org:cameo-mil', 'org:cameo-cop'] RETURN a.id AS id`,
    );
    expect(pooled).toEqual([]);
    const governments = await query<{ id: string; scope: string; generic: boolean }>(
      `MATCH (a:Actor {cameoCode: 'GOV'}) RETURN a.id AS id, a.genericScope AS scope, a.generic AS generic`,
    );
    expect(governments.length).toBeGreaterThan(1);
    expect(governments.every((g) => g.generic && g.id.startsWith('org:cameo-gov-') && g.scope)).toBe(true);
    const names = await query<{ id: string; name: string }>(
      `MATCH (a:Actor) WHERE a.id IN ['org:cameo-usagov', 'org:cameo-chrcth', 'org:cameo-rusgov'] RETURN a.id AS id, a.name AS name ORDER BY id`,
    );
    // CHRCTH is first written CATHOLICISM, then CATHOLIC four times: the most frequent name wins.
    expect(names).toEqual([
      { id: 'org:cameo-chrcth', name: 'Catholic (CHRCTH)' },
      { id: 'org:cameo-rusgov', name: 'Russia Government' },
      { id: 'org:cameo-usagov', name: 'United States Government' },
    ]);
  });

  it('leaves the who-spoke-to-whom projection exact after every table import (cli network check finds nothing)', async () => {
    const report = await cli.get(NetworkChecker, { strict: false }).check();
    expect(report.differences).toEqual([]);
    expect(report.relationships).toBeGreaterThan(0);
  });
});
