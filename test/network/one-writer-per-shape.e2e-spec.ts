import { ImportWriter } from '@actorgraph/import';
import { DatasetLoader } from '@actorgraph/ingest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { toNative } from '@actorgraph/neo4j';
import { startEmptyApi, stopTestApi, type TestApi } from '../support/test-api';
import {
  editorRequests,
  expectNetworkExact,
  loadNetworkBase,
  networkImporter,
  type EditorRequest,
} from './network-support';

// Issue 12: one writer per graph shape. The same record written through each path — `cli load` (a new record: the
// CREATE path; a changed one: write/upsert-interactions), recordInteraction (new and changed), a coded import (new
// and changed) — leaves the same graph: node labels and properties, every relationship with its properties, and the
// same projection. Only the content hash differs for the import, which hashes the event row it read.

const ID = 'interaction:shape';
const RECORD = `mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { status } }`;

interface Rec {
  kind: string;
  date: string;
  initiators: string[];
  targets: string[];
  mentions: string[];
  place: string | null;
  evidence: { source: string; quote: string }[];
}

/** What any path can write: actor targets, one quote per source, no mentions (coded events have none). */
const COMMON: Rec = {
  kind: 'MEETING',
  date: '2024-05-02',
  initiators: ['person:ann', 'person:bob'],
  targets: ['person:cid'],
  mentions: [],
  place: 'place:harbour',
  evidence: [{ source: 'source:network-notes', quote: 'they met at the harbour' }],
};
/** What the dataset paths also write: place targets, mentions, two quotes from one source. */
const CURATED: Rec = {
  ...COMMON,
  targets: ['person:cid', 'place:ridge'],
  mentions: ['state:north', 'place:harbour'],
  evidence: [
    { source: 'source:network-notes', quote: 'they met at the harbour' },
    { source: 'source:network-notes', quote: 'North was named' },
  ],
};
/** An earlier version, written first when a path's update is tested. */
const EARLIER: Rec = {
  kind: 'CALL',
  date: '2023',
  initiators: ['person:eve'],
  targets: ['person:ann'],
  mentions: [],
  place: null,
  evidence: [{ source: 'source:network-notes', quote: 'an earlier call' }],
};

describe('one writer per graph shape: the same record through every path gives the same graph', () => {
  let api: TestApi;
  let driver: Driver;
  let importer: ImportWriter;
  let edit: EditorRequest;
  const folder = mkdtempSync(join(tmpdir(), 'actorgraph-shape-'));
  let files = 0;

  const viaLoad = async (rec: Rec) => {
    const path = join(folder, `shape-${(files += 1)}.json`);
    const doc = {
      id: ID,
      kind: rec.kind.toLowerCase(),
      date: rec.date,
      initiators: rec.initiators,
      targets: rec.targets,
      mentions: rec.mentions,
      ...(rec.place ? { place: rec.place } : {}),
      summary: 'The same record.',
      evidence: rec.evidence,
    };
    writeFileSync(path, JSON.stringify({ version: 1, dataset: 'shape-test', interactions: [doc] }));
    const result = await api.app.get(DatasetLoader, { strict: false }).load([path]);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
  };
  const viaCuration = async (rec: Rec) => {
    const input = {
      id: ID,
      kind: rec.kind,
      date: rec.date,
      initiators: rec.initiators,
      targets: rec.targets,
      mentions: rec.mentions,
      place: rec.place,
      summary: 'The same record.',
      evidence: rec.evidence,
      dataset: 'shape-test',
    };
    const answer = await edit(RECORD, { input });
    expect(answer.errors).toBeUndefined();
  };
  const viaImport = async (rec: Rec) => {
    const precision = rec.date.length === 10 ? 'DAY' : rec.date.length === 7 ? 'MONTH' : 'YEAR';
    const dateEnd = precision === 'DAY' ? rec.date : precision === 'YEAR' ? `${rec.date}-12-31` : `${rec.date}-31`;
    const dateStart = precision === 'DAY' ? rec.date : precision === 'YEAR' ? `${rec.date}-01-01` : `${rec.date}-01`;
    const event = {
      interaction: {
        id: ID,
        kind: rec.kind,
        props: {
          id: ID,
          kind: rec.kind,
          date: rec.date,
          datePrecision: precision,
          until: null,
          dateStart,
          dateEnd,
          summary: 'The same record.',
          amount: null,
          cameo: null,
          dataset: 'shape-test',
          quotes: rec.evidence.map((e) => e.quote),
        },
        initiators: rec.initiators,
        targets: rec.targets,
        place: rec.place,
        evidence: rec.evidence.map((e) => ({ source: e.source, props: { quote: e.quote } })),
      },
      actors: [],
      place: null,
      sources: [],
    };
    await importer.writeEvents([event] as unknown as Parameters<ImportWriter['writeEvents']>[0]);
  };

  /** The interaction's node and relationships, and the whole projection, as comparable plain values. */
  const shape = async () => {
    const { records } = await driver.executeQuery(
      `MATCH (i:Interaction {id: $id})
       RETURN labels(i) AS labels, properties(i) AS props,
         COLLECT { MATCH (i)-[r]-(x) RETURN {type: type(r), out: startNode(r) = i, other: x.id, props: properties(r)} AS rel
                   ORDER BY rel.type, rel.other, rel.props.quote } AS rels,
         COLLECT { MATCH (a)-[r:INTERACTED|INTERACTED_YEAR|INTERACTED_MONTH]->(b)
                   RETURN {type: type(r), a: a.id, b: b.id, props: properties(r)} AS p ORDER BY p.type, p.a, p.b, p.props.mode, p.props.start } AS projection`,
      { id: ID },
    );
    const row = toNative(records[0]!.toObject()) as {
      labels: string[];
      props: Record<string, unknown>;
      rels: unknown[];
      projection: unknown[];
    };
    delete row.props['contentHash'];
    return row;
  };
  const removeIt = async () => {
    await edit(`mutation($id: ID!) { deleteInteraction(id: $id) { id } }`, { id: ID });
  };

  beforeAll(async () => {
    ({ api, driver } = await startEmptyApi());
    importer = networkImporter(api);
    await loadNetworkBase(api);
    edit = await editorRequests(api, driver);
  });

  afterAll(() => stopTestApi(api, driver));

  const paths: [string, (rec: Rec) => Promise<void>][] = [
    ['cli load, new record', (rec) => viaLoad(rec)],
    ['cli load, changed record', async (rec) => (await viaLoad(EARLIER), viaLoad(rec))],
    ['recordInteraction, new', (rec) => viaCuration(rec)],
    ['recordInteraction, changed', async (rec) => (await viaCuration(EARLIER), viaCuration(rec))],
    ['coded import, new', (rec) => viaImport(rec)],
    ['coded import, changed', async (rec) => (await viaImport(EARLIER), viaImport(rec))],
  ];

  it('a record every path can write: all six paths give one graph', async () => {
    const shapes = [];
    for (const [, write] of paths) {
      await write(COMMON);
      await expectNetworkExact(api);
      shapes.push(await shape());
      await removeIt();
    }
    expect(shapes[0]).toMatchObject({ labels: expect.arrayContaining(['Interaction', 'Meeting']) });
    // ann → cid and bob → cid (DIRECTED), at three levels each.
    expect(shapes[0]!.projection).toHaveLength(6);
    for (const [k, [name]] of paths.entries()) expect({ name, shape: shapes[k] }).toEqual({ name, shape: shapes[0] });
  });

  it('a record with place targets, mentions and two quotes of one source: load and curation give one graph', async () => {
    const shapes = [];
    for (const [, write] of paths.slice(0, 4)) {
      await write(CURATED);
      shapes.push(await shape());
      await removeIt();
    }
    expect(shapes[0]!.rels).toHaveLength(9);
    for (const [k, [name]] of paths.slice(0, 4).entries())
      expect({ name, shape: shapes[k] }).toEqual({ name, shape: shapes[0] });
  });
});
