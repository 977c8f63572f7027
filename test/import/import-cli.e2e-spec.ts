import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { runBuiltCli } from '../support/built-cli';
import { clearGraph, graphCounts, testDriver, testEnv } from '../support/test-api';

// A smoke test of the command itself: the built CLI (npm test builds first), as an operator runs it.
const root = join(__dirname, '..', '..');

/** The ids the change-log entries after `seq` name, by operation, and the load ids they carry. */
async function loggedAfter(driver: Driver, seq: number, operation: string) {
  const { records } = await driver.executeQuery(
    'MATCH (c:Change) WHERE c.seq > $seq AND c.operation = $operation RETURN c.targetIds AS ids, c.loadId AS loadId',
    { seq, operation },
  );
  return {
    ids: [...new Set(records.flatMap((r) => r.get('ids') as string[]))].sort(),
    loadIds: [...new Set(records.map((r) => r.get('loadId') as string))],
  };
}

async function lastSeq(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (c:Change) RETURN coalesce(max(c.seq), 0) AS seq');
  return Number(records[0]!.get('seq'));
}

/** Each id and the importHash it holds (a table import sets it on every actor row it writes). */
async function importHashes(driver: Driver): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(
    'MATCH (a:Actor) WHERE a.importHash IS NOT NULL RETURN a.id AS id, a.importHash AS hash',
  );
  return new Map(records.map((r) => [r.get('id') as string, r.get('hash') as string]));
}

function cli(...args: string[]) {
  return runBuiltCli(args, testEnv());
}

describe('cli import (smoke test)', () => {
  let driver: Driver;
  const work = mkdtempSync(join(tmpdir(), 'actorgraph-cli-import-'));
  const input = join(work, 'gdelt-small.tsv');

  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
    copyFileSync(join(root, 'test', 'fixtures', 'import', 'gdelt-small.tsv'), input);
  });

  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await clearGraph(driver);
    await driver.close();
  });

  it('imports a GDELT file, prints imported, unchanged and rejected counts, and writes <input>.rejects.tsv', () => {
    const { status, stdout } = cli('import', 'gdelt', input);
    expect(status).toBe(0);
    expect(stdout).toMatch(/total\s+8\s+5\s+0\s+3/);
    expect(stdout).toContain(`rejected rows of ${input}: ${input}.rejects.tsv`);
  });

  it('records the evidence of import gdelt --mentions in the change log, in its transactions, with every id', async () => {
    const before = await lastSeq(driver);
    const mentions = join(root, 'test', 'fixtures', 'import', 'gdelt-small.mentions.tsv');
    const { status, stdout, stderr } = cli('import', 'gdelt', input, '--mentions', mentions);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toMatch(/mentions .*: \d+ rows, [1-9]\d* evidence added/);
    // The interactions the Mentions file added evidence to (its rows carry a mention time; the events' own do not).
    const { records } = await driver.executeQuery(
      'MATCH (i:Interaction)-[r:REPORTED_IN]->() WHERE r.mentionTime IS NOT NULL RETURN DISTINCT i.id AS id ORDER BY id',
    );
    const evidenced = records.map((r) => r.get('id') as string);
    expect(evidenced.length).toBeGreaterThan(0);
    // The events were imported already (unchanged, not written again): the entries are the evidence's.
    const logged = await loggedAfter(driver, before, 'IMPORT_GDELT');
    expect(logged.ids).toEqual(evidenced);
    expect(logged.loadIds).toHaveLength(1);
    expect(logged.loadIds[0]).toMatch(/^load:/);
  });

  it('records an actor table import in the change log with every actor id it wrote', async () => {
    const before = await lastSeq(driver);
    const hashesBefore = await importHashes(driver);
    const table = join(root, 'test', 'fixtures', 'table', 'researcher-actors.csv');
    const mapping = join(root, 'test', 'fixtures', 'table', 'researcher-actors.mapping.yaml');
    const { status, stderr } = cli('import', 'table', table, '--mapping', mapping);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const written = [...(await importHashes(driver))]
      .filter(([id, hash]) => hashesBefore.get(id) !== hash)
      .map(([id]) => id)
      .sort();
    expect(written.length).toBeGreaterThan(0);
    const logged = await loggedAfter(driver, before, 'IMPORT_TABLE');
    expect(logged.ids).toEqual(written);
    expect(logged.loadIds).toHaveLength(1);
  });

  it('exits 1 with a message naming the file when an ICEWS file is given to import gdelt', async () => {
    const before = await graphCounts(driver);
    const icews = join(root, 'test', 'fixtures', 'import', 'icews-small.tsv');
    const { status, stderr } = cli('import', 'gdelt', icews);
    expect(status).toBe(1);
    expect(stderr).toContain(`error: ${icews}: not a GDELT events export`);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('imports a table with a preset, writing <input>.rejects.tsv, and refuses a wrong file or mapping choice', async () => {
    const acled = join(work, 'acled.csv');
    copyFileSync(join(root, 'test', 'fixtures', 'table', 'acled.csv'), acled);
    const imported = cli('import', 'table', acled, '--preset', 'acled');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/total\s+7\s+4\s+0\s+3/);
    expect(imported.stdout).toContain(`rejected rows of ${acled}: ${acled}.rejects.tsv`);
    const before = await graphCounts(driver);
    const wrong = cli('import', 'table', input, '--preset', 'acled');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(`error: ${input}: not a table this mapping reads`);
    const neither = cli('import', 'table', acled);
    expect(neither.status).toBe(1);
    expect(neither.stderr).toContain('give either --mapping <file> or --preset <name>');
    expect(await graphCounts(driver)).toEqual(before);
  });
});
