import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { generateDataset } from '../../bench/generate/generate-dataset';
import { graphChecksum, type GraphChecksum } from '../support/graph-checksum';
import { clearGraph } from '../support/test-api';
import { killScriptInstance, startScriptInstance, type TestNeo4j } from '../support/test-neo4j';
import { canRunOwnNeo4j, cliRun, type CliRun } from './fault-support';

// A bulk load is killed by Neo4j dying (SIGKILL, as a crash or the OOM killer would) after some
// batches committed. Running the same load again must end with exactly what a clean load gives.
// Uses a Neo4j of its own (instance "fault-load"), whatever NEO4J_URI says.

const INSTANCE = 'fault-load';
const PORT = 7741;
// Above the loader's all-or-nothing limit (20,000 changed rows), so it writes batch by batch and a kill lands
// between commits; small enough to keep the suite's time.
const INTERACTIONS = 40_000;
/** Kill once this many interactions are committed: some batches in, most still to come. */
const KILL_AFTER = 10_000;

const describeIfPossible = canRunOwnNeo4j() ? describe : describe.skip;

async function interactionCount(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (n:Interaction) RETURN count(n) AS n');
  return (records[0]!.get('n') as { toNumber(): number }).toNumber();
}

/** The created and updated columns of a summary row, e.g. `interactions  0  0  100000`. */
function changed(stdout: string, section: string): { section: string; created: number; updated: number } {
  const line = stdout.split('\n').find((l) => l.startsWith(section));
  if (!line) throw new Error(`no "${section}" row in:\n${stdout}`);
  const [created, updated] = line.trim().split(/\s+/).slice(1).map(Number);
  return { section, created: created!, updated: updated! };
}

describeIfPossible('a bulk load interrupted by Neo4j dying', () => {
  let server: TestNeo4j;
  let driver: Driver;
  let folder: string;
  let env: NodeJS.ProcessEnv;
  let clean: GraphChecksum;

  const load = (): CliRun => cliRun(['load', folder], env);

  beforeAll(async () => {
    server = startScriptInstance(INSTANCE, PORT);
    driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
    env = { NEO4J_URI: server.uri, NEO4J_USERNAME: server.username, NEO4J_PASSWORD: server.password };
    folder = mkdtempSync(join(tmpdir(), 'actorgraph-fault-load-'));
    generateDataset({ interactions: INTERACTIONS, out: folder, seed: 7 });
    await clearGraph(driver);
    expect((await cliRun(['migrate'], env).done).status).toBe(0);
  }, 180_000);

  afterAll(async () => {
    if (folder && existsSync(folder)) rmSync(folder, { recursive: true, force: true });
    if (driver) await clearGraph(driver).catch(() => undefined);
    await driver?.close();
    await server?.stop();
  }, 180_000);

  it('a clean load of 40k generated interactions: the reference', async () => {
    const started = Date.now();
    const run = await load().done;
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    clean = await graphChecksum(driver);
    process.stdout.write(`[fault] clean load: ${(Date.now() - started) / 1000} s, ${JSON.stringify(clean.labels)}\n`);
    expect(clean.labels['Interaction']).toBe(INTERACTIONS);
  }, 600_000);

  it('killed mid-way, the load stops with a clear message instead of hanging', async () => {
    await clearGraph(driver);
    const run = load();
    let committed = 0;
    while (committed < KILL_AFTER && run.status() === undefined) {
      await new Promise((r) => setTimeout(r, 200));
      committed = await interactionCount(driver).catch(() => committed);
    }
    expect(run.status()).toBeUndefined(); // still loading: the kill lands mid-way
    await killScriptInstance(INSTANCE);
    const killedAt = Date.now();
    const result = await run.done; // cliRun kills the CLI after its own deadline, so this cannot hang
    process.stdout.write(
      `[fault] killed Neo4j after ${committed} interactions; the CLI exited ${result.status} after ${(Date.now() - killedAt) / 1000} s\n`,
    );
    expect(result.timedOut).toBe(false);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: DATABASE_UNAVAILABLE: The graph database is unavailable/m);
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  }, 600_000);

  it('run again after Neo4j restarts, it ends with exactly what the clean load wrote', async () => {
    server = startScriptInstance(INSTANCE, PORT);
    const partial = await interactionCount(driver);
    expect(partial).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(partial).toBeLessThan(INTERACTIONS);
    const run = await load().done;
    expect(run.status).toBe(0);
    expect(await graphChecksum(driver)).toEqual(clean);
  }, 600_000);

  it('a second re-run creates and updates nothing', async () => {
    const run = await load().done;
    expect(run.status).toBe(0);
    for (const section of ['sources', 'actors', 'places', 'relations', 'interactions']) {
      expect(changed(run.stdout, section)).toEqual({ section, created: 0, updated: 0 });
    }
    expect(await graphChecksum(driver)).toEqual(clean);
  }, 600_000);
});
