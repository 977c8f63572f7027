import { CypherRegistry, defaultCypherRoot } from '@actorgraph/neo4j';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { startTestApi, stopTestApi, testDriver } from '../support/test-api';

// A cheap guard: a broken query fails CI, not a request. EXPLAIN plans without running.
const registry = new CypherRegistry();
const root = defaultCypherRoot();

/** Every `.cypher` file under `folder`, as `sub/name` without the extension — read here, not by the registry. */
function cypherFilesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.cypher'))
    .map((file) =>
      file
        .replace(/\.cypher$/, '')
        .split(sep)
        .join('/'),
    )
    .sort();
}

describe('every Cypher file', () => {
  let driver: Driver;

  beforeAll(async () => {
    // The statements are written against the project's schema (their index hints fail without its indexes): applied
    // here as the API applies it at start, whatever suite ran before (on a fresh Neo4j this one may run first).
    await stopTestApi(await startTestApi(), undefined);
    driver = testDriver();
    await driver.executeQuery('CALL db.awaitIndexes(120)');
  });

  afterAll(async () => {
    await driver.close();
  });

  it('lives in queries/, fragments/ or migrations/ (nothing else is read)', () => {
    const elsewhere = cypherFilesIn(root).filter((file) => !/^(queries|fragments|migrations)\//.test(file));
    expect(elsewhere).toEqual([]);
  });

  it('in queries/ is found by the registry, so the tests below plan it', () => {
    expect(registry.names()).toEqual(cypherFilesIn(join(root, 'queries')));
  });

  it('in fragments/ is included somewhere, so it is planned as part of a query', () => {
    const included = new Set<string>();
    for (const folder of ['queries', 'fragments'])
      for (const file of cypherFilesIn(join(root, folder))) {
        const text = readFileSync(join(root, folder, `${file}.cypher`), 'utf8');
        for (const [, fragment] of text.matchAll(/^\s*\/\/\s*@include\s+([a-z0-9/-]+)\s*$/gm)) included.add(fragment!);
      }
    const unused = cypherFilesIn(join(root, 'fragments')).filter((fragment) => !included.has(fragment));
    expect(unused).toEqual([]);
  });

  it.each(registry.names())('%s plans in Neo4j', async (name) => {
    await expect(driver.executeQuery(`EXPLAIN ${registry.require(name).text}`)).resolves.toBeDefined();
  });

  it.each(registry.names())('%s starts with a // header saying what it does', (name) => {
    expect(registry.require(name).text).toMatch(/^\/\/ \S/);
  });
});
