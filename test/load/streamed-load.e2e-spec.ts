import { formatIssue } from '@actorgraph/dataset';
import { DatasetLoader, type LoadOptions } from '@actorgraph/ingest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { clearGraph, graphCounts, startEmptyApi, type TestApi } from '../support/test-api';

// A load too big to hold is streamed (each file read once per pass) and, past the atomic limit,
// written batch by batch. The thresholds are lowered so a few hundred records take that path.
const STREAMED: LoadOptions = { streamAboveBytes: 0, atomicLimit: 100, batchSize: 40 };
const ACTORS = 30;
const PER_FILE = 150;

/** Interactions `from`…`to - 1`, each initiated by one actor, aimed at the next, reported in the one source. */
function interactionsFile(from: number, to: number, summary = (n: number) => `Call number ${n}`): string {
  const interactions = [];
  for (let n = from; n < to; n += 1)
    interactions.push({
      id: `interaction:streamed-${n}`,
      kind: 'call',
      date: `2024-01-${String((n % 28) + 1).padStart(2, '0')}`,
      initiators: [`person:streamed-${n % ACTORS}`],
      // A name, not an id: resolved through the actors file that comes last.
      targets: [`Streamed Person ${(n + 1) % ACTORS}`],
      summary: summary(n),
      evidence: [{ source: 'source:streamed-wire', quote: `Call ${n} took place.` }],
    });
  return JSON.stringify({ version: 1, dataset: 'streamed', interactions }, null, 2);
}

/** Actors and the source, in a file that sorts after the interactions that reference them. */
function actorsFile(): string {
  const actors = Array.from({ length: ACTORS }, (_, n) => ({
    id: `person:streamed-${n}`,
    kind: 'person',
    name: `Streamed Person ${n}`,
  }));
  const sources = [{ id: 'source:streamed-wire', title: 'Streamed wire', publisher: 'Wire' }];
  return JSON.stringify({ version: 1, dataset: 'streamed', sources, actors }, null, 2);
}

async function count(driver: Driver, cypher: string): Promise<number> {
  const { records } = await driver.executeQuery(cypher);
  return (records[0]!.get(0) as { toNumber(): number }).toNumber();
}

describe('a large load, streamed file by file and written batch by batch', () => {
  let api: TestApi;
  let driver: Driver;
  let loader: DatasetLoader;
  let folder: string;

  beforeAll(async () => {
    ({ api, driver } = await startEmptyApi());
    loader = api.app.get(DatasetLoader, { strict: false });
    folder = mkdtempSync(join(tmpdir(), 'actorgraph-streamed-'));
    writeFileSync(join(folder, '1-interactions.json'), interactionsFile(0, PER_FILE));
    writeFileSync(join(folder, '2-interactions.json'), interactionsFile(PER_FILE, 2 * PER_FILE));
    writeFileSync(join(folder, '3-actors.json'), actorsFile());
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await clearGraph(driver);
    await api.close();
    await driver.close();
  });

  it('loads every record of every file, with references across files, and reports progress to the end', async () => {
    const progress: number[] = [];
    const result = await loader.load([folder], {
      ...STREAMED,
      onProgress: ({ section, done, total }) => section === 'interactions' && progress.push(done, total),
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.summary.sections.interactions).toEqual({ created: 300, updated: 0, unchanged: 0 });
    expect(result.ok && result.summary.sections.actors).toEqual({ created: ACTORS, updated: 0, unchanged: 0 });
    expect(progress.slice(-2)).toEqual([300, 300]);
    expect(await count(driver, 'MATCH (i:Interaction:Call) RETURN count(i)')).toBe(300);
    // Every interaction has exactly its initiator, its target and its evidence: nothing missing, nothing twice.
    expect(await count(driver, 'MATCH (:Person)-[r:INITIATED]->(:Call) RETURN count(r)')).toBe(300);
    expect(await count(driver, 'MATCH (:Call)-[r:DIRECTED_AT]->(:Person) RETURN count(r)')).toBe(300);
    expect(await count(driver, 'MATCH (:Call)-[r:REPORTED_IN]->(:Source) RETURN count(r)')).toBe(300);
    const { records } = await driver.executeQuery(
      "MATCH (a:Actor)-[:INITIATED]->(i:Interaction {id: 'interaction:streamed-299'})-[:DIRECTED_AT]->(b:Actor) RETURN a.id AS a, b.id AS b",
    );
    expect(records.map((r) => [r.get('a'), r.get('b')])).toEqual([['person:streamed-29', 'person:streamed-0']]);
  });

  it('loaded again, writes nothing and reports every record unchanged', async () => {
    const before = await graphCounts(driver);
    const result = await loader.load([folder], STREAMED);
    expect(result.ok && result.summary.sections.interactions).toEqual({ created: 0, updated: 0, unchanged: 300 });
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('updates the changed records in place, without new nodes or relationships', async () => {
    const before = await graphCounts(driver);
    const changed = mkdtempSync(join(tmpdir(), 'actorgraph-streamed-changed-'));
    try {
      writeFileSync(
        join(changed, '1-interactions.json'),
        interactionsFile(0, PER_FILE, (n) => `Call ${n}, revised`),
      );
      const result = await loader.load([changed], STREAMED);
      expect(result.ok && result.summary.sections.interactions).toEqual({ created: 0, updated: 150, unchanged: 0 });
    } finally {
      rmSync(changed, { recursive: true, force: true });
    }
    expect(await graphCounts(driver)).toEqual(before);
    expect(await count(driver, "MATCH (i:Interaction) WHERE i.summary ENDS WITH ', revised' RETURN count(i)")).toBe(
      150,
    );
  });

  it('writes nothing when only the last file has an error, and says where it is', async () => {
    await clearGraph(driver);
    const bad = join(folder, '4-bad.json');
    writeFileSync(
      bad,
      JSON.stringify(
        {
          version: 1,
          interactions: [
            {
              id: 'interaction:streamed-bad',
              kind: 'call',
              date: '2024-02-01',
              initiators: ['person:streamed-nobody'],
              summary: 'A call from nobody',
              evidence: [{ source: 'source:streamed-wire', quote: 'No one called.' }],
            },
          ],
        },
        null,
        2,
      ),
    );
    try {
      const result = await loader.load([folder], STREAMED);
      expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
        expect.stringMatching(
          /4-bad\.json:9:9 interactions\[0\]\.initiators\[0\]: unknown actor "person:streamed-nobody"/,
        ),
      ]);
      expect(await graphCounts(driver)).toEqual({ nodes: 0, relationships: 0 });
    } finally {
      rmSync(bad);
    }
  });
});
