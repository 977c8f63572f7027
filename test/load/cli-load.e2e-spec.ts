import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { parse } from 'yaml';
import { generateDataset } from '../../bench/generate/generate-dataset';
import { runBuiltCli } from '../support/built-cli';
import { clearGraph, graphCounts, testDriver } from '../support/test-api';

const root = join(__dirname, '..', '..');
const goodFixtures = join(root, 'test', 'fixtures', 'datasets', 'good');

/** Runs the built command line as a user would, against the tests' Neo4j. */
function cli(...args: string[]) {
  return runBuiltCli(args);
}

/** The summary table's row for a section: [created, updated, unchanged]. */
function row(stdout: string, section: string): number[] {
  const line = stdout.split('\n').find((l) => l.startsWith(section));
  if (!line) throw new Error(`no "${section}" row in:\n${stdout}`);
  return line.trim().split(/\s+/).slice(1).map(Number);
}

describe('cli load', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
    expect(cli('migrate').status).toBe(0);
  });

  afterAll(async () => {
    await clearGraph(driver);
    await driver.close();
  });

  it('--dry-run on an empty graph reports what it would create and writes nothing', async () => {
    const result = cli('load', 'data/', '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('dry run: nothing was written');
    expect(row(result.stdout, 'interactions')[0]).toBeGreaterThanOrEqual(30);
    expect(await graphCounts(driver)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('loads data/ and, run again, creates and updates nothing', async () => {
    const first = cli('load', 'data/');
    expect(first.status).toBe(0);
    const afterFirst = await graphCounts(driver);
    expect(afterFirst.nodes).toBeGreaterThan(50);
    for (const section of ['sources', 'actors', 'places', 'relations', 'interactions']) {
      expect(row(first.stdout, section)[0]).toBeGreaterThan(0);
    }

    const second = cli('load', 'data/');
    expect(second.status).toBe(0);
    for (const section of ['sources', 'actors', 'places', 'relations', 'interactions']) {
      const [created, updated, unchanged] = row(second.stdout, section);
      expect({ section, created, updated }).toEqual({ section, created: 0, updated: 0 });
      expect(unchanged).toBe(row(first.stdout, section)[0]);
    }
    expect(await graphCounts(driver)).toEqual(afterFirst);
  });

  it('updates a changed record in place, without new nodes or relationships', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'actorgraph-load-'));
    try {
      copyFileSync(join(goodFixtures, 'source-text.txt'), join(folder, 'source-text.txt'));
      const original = readFileSync(join(goodFixtures, 'mini.yaml'), 'utf8');
      writeFileSync(join(folder, 'mini.yaml'), original);
      expect(cli('load', folder).status).toBe(0);
      const before = await graphCounts(driver);

      writeFileSync(
        join(folder, 'mini.yaml'),
        original.replace('Zelenskyy called Tokayev about a peace agreement.', 'Zelenskyy phoned Tokayev.'),
      );
      const changed = cli('load', folder);
      expect(changed.status).toBe(0);
      expect(row(changed.stdout, 'interactions')).toEqual([0, 1, 1]);
      // The same nodes and relationships, plus the load's one change-log entry (issue 18: every write is logged).
      expect(await graphCounts(driver)).toEqual({ nodes: before.nodes + 1, relationships: before.relationships });
      const { records } = await driver.executeQuery(
        "MATCH (i:Interaction {id: 'interaction:2025-08-10-zelenskyy-calls-tokayev'}) RETURN i.summary AS summary",
      );
      expect(records.map((r) => r.get('summary'))).toEqual(['Zelenskyy phoned Tokayev.']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads the same dataset written as JSON to the same graph', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'actorgraph-json-'));
    try {
      copyFileSync(join(goodFixtures, 'source-text.txt'), join(folder, 'source-text.txt'));
      const asJson = parse(readFileSync(join(goodFixtures, 'mini.yaml'), 'utf8'));
      writeFileSync(join(folder, 'mini.json'), JSON.stringify(asJson, null, 2));
      expect(cli('load', join(goodFixtures, 'mini.yaml')).status).toBe(0);
      const before = await graphCounts(driver);
      const result = cli('load', join(folder, 'mini.json'));
      expect(result.status).toBe(0);
      expect(row(result.stdout, 'interactions')).toEqual([0, 0, 2]);
      expect(row(result.stdout, 'actors')).toEqual([0, 0, 4]);
      expect(await graphCounts(driver)).toEqual(before);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('resolves an alias to the one actor it names', async () => {
    // mini.yaml names the caller "Zelensky"; the call hangs off the one Zelenskyy node.
    const { records } = await driver.executeQuery(
      "MATCH (a:Actor)-[:INITIATED]->(:Interaction {id: 'interaction:2025-08-10-zelenskyy-calls-tokayev'}) RETURN a.id AS id",
    );
    expect(records.map((r) => r.get('id'))).toEqual(['person:volodymyr-zelenskyy']);
    const named = await driver.executeQuery(
      "MATCH (a:Actor) WHERE a.name = 'Volodymyr Zelenskyy' RETURN count(a) AS n",
    );
    expect(named.records[0]!.get('n').toNumber()).toBe(1);
  });

  it('exits 1, prints every error with its place, and writes nothing for a bad file', async () => {
    const before = await graphCounts(driver);
    const result = cli('load', 'test/fixtures/datasets/bad/unknown-actor.yaml');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'test/fixtures/datasets/bad/unknown-actor.yaml:16:18 interactions[0].initiators[0]: unknown actor "person:volodymyr-zelensky"; did you mean "person:volodymyr-zelenskyy"?',
    );
    expect(result.stderr).toContain('nothing was written');
    expect(await graphCounts(driver)).toEqual(before);
  });

  it("writes a load with NEO4J_BULK_TRANSACTION_TIMEOUT_MS, not the requests' timeout: too short, nothing is written", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'actorgraph-bulk-timeout-'));
    // Every write that changes interactions bumps the network version; while this transaction holds that node's
    // lock, the load's write waits for it past any timeout, so the cut never depends on how fast the machine is.
    const holder = driver.session();
    const lock = await holder.beginTransaction();
    try {
      generateDataset({ interactions: 300, out: folder, seed: 11 });
      const before = await graphCounts(driver);
      await lock.run("MERGE (s:NetworkState {id: 'network'}) SET s.heldByTest = true");
      // The reads before the write keep the ordinary timeout (they take no lock); the write is cut at 100 ms. Were
      // it under the requests' timeout (here 2 minutes), the command would be killed at 30 s instead.
      const cut = runBuiltCli(
        ['load', folder],
        { NEO4J_BULK_TRANSACTION_TIMEOUT_MS: '100', NEO4J_TRANSACTION_TIMEOUT_MS: '120000' },
        30_000,
      );
      await lock.rollback();
      expect(cut.stderr).toMatch(/^error: DATABASE_TIMEOUT/m);
      expect(cut.status).toBe(1);
      expect(await graphCounts(driver)).toEqual(before);
      // The same load with the default bulk timeout: the data was fine, the timeout was the cause.
      const loaded = runBuiltCli(['load', folder]);
      expect(loaded.stderr).toBe('');
      expect(row(loaded.stdout, 'interactions')[0]).toBe(300);
    } finally {
      if (lock.isOpen()) await lock.rollback();
      await holder.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exits 1 with a clear message for a path that does not exist', () => {
    const result = cli('load', 'no/such/folder');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('error: no/such/folder: no such file or folder');
  });

  it('applies a schema migration the database lacks before loading, and says so', async () => {
    await driver.executeQuery('MATCH (m:Migration {version: 7}) DELETE m');
    await driver.executeQuery('DROP INDEX actor_names IF EXISTS');
    const result = cli('load', 'data/', '--dry-run');
    expect(result.stderr).toContain('schema migration applied: 007_latin_names_searchable.cypher');
    expect(result.status).toBe(0);
    expect(cli('migrate').stdout).toMatch(/^0 applied, \d+ already applied/m);
  });
});
