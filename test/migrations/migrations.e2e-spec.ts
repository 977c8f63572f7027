import { MigrationChecksumError, MigrationRunner } from '@actorgraph/neo4j';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { startTestApi, testDriver, type TestApi } from '../support/test-api';

async function schemaSnapshot(driver: Driver): Promise<string[]> {
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name');
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  return [...indexes.records, ...constraints.records].map((r) => r.get('name') as string);
}

describe('schema migrations', () => {
  let api: TestApi;
  let driver: Driver;
  let runner: MigrationRunner;
  let folder: string;

  beforeAll(async () => {
    driver = testDriver();
    api = await startTestApi(); // applies the project's migrations at start
    runner = api.app.get(MigrationRunner);
    folder = mkdtempSync(join(tmpdir(), 'actorgraph-migrations-'));
    cpSync(join(__dirname, '..', '..', 'cypher', 'migrations'), folder, { recursive: true });
  });

  afterAll(async () => {
    await driver.executeQuery('DROP INDEX probe_name IF EXISTS');
    await driver.executeQuery('MATCH (m:Migration {version: 999}) DELETE m');
    rmSync(folder, { recursive: true, force: true });
    await api.close();
    await driver.close();
  });

  it('creates the uniqueness constraints and the full-text indexes', async () => {
    const names = await schemaSnapshot(driver);
    expect(names).toEqual(
      expect.arrayContaining([
        'actor_id',
        'place_id',
        'interaction_id',
        'source_id',
        'actor_names',
        'interaction_texts',
      ]),
    );
  });

  it('changes nothing when applied again', async () => {
    const before = await schemaSnapshot(driver);
    const report = await runner.migrate(folder);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toContain('001_initial_schema.cypher');
    expect(await schemaSnapshot(driver)).toEqual(before);
  });

  it('applies a new migration once, then refuses it when its file is changed', async () => {
    const probe = join(folder, '999_probe.cypher');
    writeFileSync(probe, 'CREATE INDEX probe_name IF NOT EXISTS FOR (p:Probe) ON (p.name);\n');
    expect((await runner.migrate(folder)).applied).toEqual(['999_probe.cypher']);
    expect(await schemaSnapshot(driver)).toContain('probe_name');
    expect((await runner.migrate(folder)).applied).toEqual([]);

    writeFileSync(probe, 'CREATE INDEX probe_name IF NOT EXISTS FOR (p:Probe) ON (p.title);\n');
    await expect(runner.migrate(folder)).rejects.toThrow(MigrationChecksumError);
    await expect(runner.migrate(folder)).rejects.toThrow(
      /999_probe\.cypher was already applied but its file has changed/,
    );
  });
});
