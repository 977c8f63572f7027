import { DatasetLoader } from '@actorgraph/ingest';
import { Neo4jService } from '@actorgraph/neo4j';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { generateDataset } from '../../bench/generate/generate-dataset';
import { eventImporter } from '../support/event-importer';
import { sharedFixture } from '../support/shared-fixture';
import { clearGraph, type GraphQLResponse, startEmptyApi, stopTestApi, type TestApi } from '../support/test-api';
import {
  editorRequests,
  expectNetworkExact,
  networkVersion,
  NETWORK_BASE,
  projectionBetween,
  type EditorRequest,
} from './network-support';

// The who-spoke-to-whom projection (docs/network.md) equals a scan of the interactions after every write path:
// cli load (new, changed, unchanged), coded imports with mentions, each curation mutation, an interrupted load.

const RECORD = `mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { status } }`;
const DELETE = `mutation($id: ID!) { deleteInteraction(id: $id) { id } }`;
const MERGE = `mutation($keepId: ID!, $mergeId: ID!) { mergeActors(keepId: $keepId, mergeId: $mergeId) { movedRelationships } }`;

describe('the network projection under every write path', () => {
  let api: TestApi;
  let driver: Driver;
  let edit: EditorRequest;
  const folder = mkdtempSync(join(tmpdir(), 'actorgraph-network-'));

  const load = async (...paths: string[]) => {
    const result = await api.app.get(DatasetLoader, { strict: false }).load(paths);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    return result.summary;
  };
  const yaml = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };
  const ok = async (response: Promise<GraphQLResponse>) => {
    const answer = await response;
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };

  beforeAll(async () => {
    ({ api, driver } = await startEmptyApi());
    edit = await editorRequests(api, driver);
  });

  afterAll(() => stopTestApi(api, driver));

  describe('the shipped dataset', () => {
    it('cli load: the Alaska meeting (two initiators, no target) is a co-participation pair; check passes', async () => {
      expect(await networkVersion(driver)).toBe(0);
      await load('data');
      const report = await expectNetworkExact(api);
      expect(report.relationships).toBeGreaterThan(100);
      expect(await projectionBetween(driver, 'person:donald-trump', 'person:vladimir-putin')).toEqual([
        'INTERACTED CO_PARTICIPATION MEETING 1',
        'INTERACTED_MONTH CO_PARTICIPATION MEETING 2025-08..2025-08 1',
        'INTERACTED_YEAR CO_PARTICIPATION MEETING 2025..2025 1',
      ]);
      expect(await networkVersion(driver)).toBeGreaterThan(0);
    });

    it('a re-load of unchanged records changes neither the projection nor the version', async () => {
      const version = await networkVersion(driver);
      const summary = await load('data');
      expect(summary.sections.interactions).toMatchObject({ created: 0, updated: 0 });
      expect(await networkVersion(driver)).toBe(version);
      await expectNetworkExact(api);
    });
  });

  describe('changed records, curation and merges over a small graph', () => {
    beforeAll(async () => {
      await load(NETWORK_BASE);
    });

    it('cli load of new and then changed records (participants, dates, kinds) stays exact', async () => {
      const first = yaml(
        'v1.yaml',
        `version: 1
dataset: network-v
interactions:
  - { id: interaction:n1, kind: meeting, date: "2024-05", initiators: [person:ann, person:bob], summary: s,
      evidence: [{ source: source:network-notes, quote: noted }] }
  - { id: interaction:n2, kind: call, date: "2024-05-02", initiators: [person:ann], targets: [person:cid, place:harbour],
      mentions: [state:north], summary: s, evidence: [{ source: source:network-notes, quote: noted }] }
  - { id: interaction:n3, kind: strike, date: "2023", until: "2024-02", initiators: [state:north], targets: [state:south],
      summary: s, evidence: [{ source: source:network-notes, quote: noted }] }
`,
      );
      await load(first);
      await expectNetworkExact(api);
      const version = await networkVersion(driver);
      const second = yaml(
        'v2.yaml',
        `version: 1
dataset: network-v
interactions:
  - { id: interaction:n1, kind: meeting, date: "2024-05", initiators: [person:ann, person:bob], targets: [person:dee],
      summary: s, evidence: [{ source: source:network-notes, quote: noted }] }
  - { id: interaction:n2, kind: appeal, date: "2024", initiators: [person:ann], targets: [person:cid],
      summary: s, evidence: [{ source: source:network-notes, quote: noted }] }
  - { id: interaction:n3, kind: strike, date: "2023", until: "2024-02", initiators: [state:north], targets: [state:south],
      summary: changed words only, evidence: [{ source: source:network-notes, quote: noted }] }
`,
      );
      const summary = await load(second);
      expect(summary.sections.interactions).toMatchObject({ created: 0, updated: 3 });
      await expectNetworkExact(api);
      expect(await networkVersion(driver)).toBeGreaterThan(version);
      // n1 now has a target: Ann and Bob no longer co-participate.
      expect(await projectionBetween(driver, 'person:ann', 'person:bob')).toEqual([]);
    });

    it('recordInteraction (new and changed), deleteInteraction and mergeActors each leave it exact', async () => {
      const input = {
        id: 'interaction:c1',
        kind: 'NEGOTIATION',
        date: '2024-06-03',
        initiators: ['person:bob', 'person:cid', 'person:eve'],
        summary: 'Three-way talks.',
        evidence: [{ source: 'source:network-notes', quote: 'talks' }],
      };
      await ok(edit(RECORD, { input }));
      await expectNetworkExact(api);
      expect(await projectionBetween(driver, 'person:bob', 'person:eve')).toHaveLength(3);
      await ok(
        edit(RECORD, { input: { ...input, initiators: ['person:bob'], targets: ['person:eve', 'place:ridge'] } }),
      );
      await expectNetworkExact(api);
      await ok(edit(RECORD, { input: { ...input, id: 'interaction:c2', date: '2024-07', mentions: ['person:dee'] } }));
      await expectNetworkExact(api);
      await ok(edit(DELETE, { id: 'interaction:c1' }));
      await expectNetworkExact(api);
      const version = await networkVersion(driver);
      // Dee and Bob share interactions with others and each other: their pairs fold into Bob's.
      await ok(edit(MERGE, { keepId: 'person:bob', mergeId: 'person:dee' }));
      await expectNetworkExact(api);
      expect(await networkVersion(driver)).toBeGreaterThan(version);
      expect(await projectionBetween(driver, 'person:bob', 'person:dee')).toEqual([]);
    });
  });

  describe('coded imports', () => {
    it('cli import gdelt (with its Mentions file) and icews over the shared real files; a re-import changes nothing', async () => {
      const importer = eventImporter(api);
      const gdelt = sharedFixture('data', 'real', 'gdelt-events-20170101.tsv');
      const mentions = sharedFixture('data', 'real', 'gdelt-mentions-20170101.tsv');
      const icews = sharedFixture('data', 'real', 'icews-events-20180601-20180603.tsv');
      const rejectsPath = (input: string) => join(folder, `${basename(input)}.rejects.tsv`);
      await importer.importGdelt([gdelt], { mentions, rejectsPath });
      await importer.importIcews([icews], { rejectsPath });
      const report = await expectNetworkExact(api);
      expect(report.relationships).toBeGreaterThan(1000);
      const version = await networkVersion(driver);
      await importer.importGdelt([gdelt], { mentions, rejectsPath });
      expect(await networkVersion(driver)).toBe(version);
      const { records } = await driver.executeQuery(
        "MATCH ()-[r:INTERACTED {dataset: 'gdelt'}]->() RETURN sum(r.goldsteinCount) AS g, sum(r.quad1 + r.quad2 + r.quad3 + r.quad4) AS q, sum(r.count) AS n",
      );
      const [g, q, n] = ['g', 'q', 'n'].map((k) => Number(records[0]!.get(k)));
      expect(g).toBeGreaterThan(0);
      expect(q).toBe(n);
    });
  });

  describe('a load interrupted half way, then run again', () => {
    it('keeps every committed batch exact, and the re-run ends exact', async () => {
      await clearGraph(driver);
      const data = join(folder, 'bench');
      generateDataset({ interactions: 3000, out: data, perFile: 1000 });
      const neo4j = api.app.get(Neo4jService, { strict: false });
      const original = neo4j.bulkWriteTransaction.bind(neo4j);
      let batches = 0;
      // The third batch transaction does its work and then fails, as if Neo4j died before the commit.
      neo4j.bulkWriteTransaction = ((work: Parameters<typeof original>[0]) =>
        original(async (run) => {
          const result = await work(run);
          batches += 1;
          if (batches === 3) throw new Error('interrupted');
          return result;
        })) as typeof neo4j.bulkWriteTransaction;
      try {
        await expect(
          api.app.get(DatasetLoader, { strict: false }).load([data], { batchSize: 500, atomicLimit: 0 }),
        ).rejects.toThrow();
      } finally {
        neo4j.bulkWriteTransaction = original;
      }
      const { records } = await driver.executeQuery('MATCH (i:Interaction) RETURN count(i) AS n');
      expect(Number(records[0]!.get('n'))).toBeGreaterThan(0);
      expect(Number(records[0]!.get('n'))).toBeLessThan(3000);
      await expectNetworkExact(api);
      const rerun = await api.app
        .get(DatasetLoader, { strict: false })
        .load([data], { batchSize: 500, atomicLimit: 0 });
      expect(rerun.ok && rerun.summary.sections.interactions.created).toBeGreaterThan(0);
      await expectNetworkExact(api);
    });
  });
});
