import { spawnSync } from 'node:child_process';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { clearGraph, graphCounts, testDriver, testEnv } from '../support/test-api';

// A smoke test of the command itself, run from source (ts-node), so it needs no `npm run build`.
const root = join(__dirname, '..', '..');

function cli(...args: string[]) {
  const result = spawnSync(
    'npx',
    ['ts-node', '-r', 'tsconfig-paths/register', '--transpile-only', 'apps/cli/src/main.ts', ...args],
    { cwd: root, env: { ...process.env, ...testEnv() }, encoding: 'utf8', timeout: 90_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
    await clearGraph(driver);
    await driver.close();
  });

  it('imports a GDELT file, prints imported, unchanged and rejected counts, and writes <input>.rejects.tsv', () => {
    const { status, stdout } = cli('import', 'gdelt', input);
    expect(status).toBe(0);
    expect(stdout).toMatch(/total\s+8\s+5\s+0\s+3/);
    expect(stdout).toContain(`rejected rows of ${input}: ${input}.rejects.tsv`);
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
