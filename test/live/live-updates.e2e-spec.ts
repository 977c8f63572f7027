import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { clearGraph, createTestApiKey, testDriver } from '../support/test-api';
import { runCli, startApiProcess, type ApiProcess } from './api-process';
import { subscribe, until, wsClient, type Received } from './live-clients';

// Two real API processes (`node dist/apps/api/src/main.js` twice, each with its own driver, feed and port) over one
// Neo4j, real graphql-ws clients, writes through each and through `cli load` (a third process).

const SOURCE = 'source:kazakhstan-ukraine-2025';
const TOKAYEV = 'person:kassym-jomart-tokayev';
const RECORD = `mutation ($input: RecordInteractionInput!) { recordInteraction(input: $input) { status change { id seq } } }`;
const UPSERT_ACTOR = `mutation ($input: UpsertActorInput!) { upsertActor(input: $input) { status change { id seq } } }`;
const CHANGES = `subscription ($after: ID) { changes(after: $after) { id seq operation targetIds loadId } }`;
const CALLS = `subscription ($after: ID) {
  interactionRecorded(after: $after, where: { kinds: [CALL] }) { change { id seq } interactions { id kind } }
}`;

interface ChangeEvent {
  id: string;
  seq: number;
  operation: string;
  targetIds: string[];
  loadId: string | null;
}
interface RecordedEvent {
  change: { id: string; seq: number };
  interactions: { id: string; kind: string }[];
}

function call(id: string, initiator = 'person:volodymyr-zelenskyy', kind = 'CALL') {
  return {
    id,
    kind,
    date: '2025-09-01',
    initiators: [initiator],
    targets: [TOKAYEV],
    summary: `${id} for the live-updates test.`,
    evidence: [{ source: SOURCE, quote: 'Zelenskyy is calling the leaders of other countries' }],
  };
}

/** `cli load` of a file with one new actor and one CALL it made (run as the CLI runs, in its own process). */
function cliLoad(dir: string, n: number): void {
  const file = join(dir, `live-${n}.yaml`);
  writeFileSync(
    file,
    [
      'version: 1',
      'dataset: live',
      'actors:',
      `  - { id: "person:live-cli-${n}", kind: person, name: "Live Cli ${n}" }`,
      'interactions:',
      `  - id: interaction:live-cli-${n}`,
      '    kind: call',
      '    date: "2025-09-02"',
      `    initiators: [person:live-cli-${n}]`,
      `    targets: [${TOKAYEV}]`,
      '    summary: A call loaded by the CLI.',
      '    evidence:',
      `      - { source: ${SOURCE}, quote: "Zelenskyy is seeking support" }`,
      '',
    ].join('\n'),
  );
  runCli(['load', file]);
}

/** The log after `afterSeq`, in commit order, read straight from Neo4j. */
async function logAfter(driver: Driver, afterSeq: number): Promise<{ id: string; calls: string[] }[]> {
  const { records } = await driver.executeQuery(
    `MATCH (c:Change) WHERE c.seq > $after
     RETURN c.id AS id, [id IN c.targetIds WHERE EXISTS { MATCH (:Interaction {id: id, kind: 'CALL'}) } | id] AS calls
     ORDER BY c.seq`,
    { after: afterSeq },
  );
  return records.map((r) => ({ id: r.get('id') as string, calls: [...(r.get('calls') as string[])].sort() }));
}

describe('live updates across two API processes', () => {
  let a: ApiProcess | undefined;
  let b: ApiProcess | undefined;
  let driver: Driver;
  let editor: string;
  let dir: string;
  let start: { id: string; seq: number };

  beforeAll(async () => {
    driver = testDriver();
    await clearGraph(driver);
    // One after the other: each applies the schema migrations as it starts.
    a = await startApiProcess();
    b = await startApiProcess();
    // The shipped dataset, loaded by the CLI as an operator would.
    runCli(['load', 'data']);
    await driver.executeQuery('CALL db.awaitIndexes()');
    editor = await createTestApiKey(driver, 'editor');
    dir = mkdtempSync(join(tmpdir(), 'live-'));
    const first = await edit(a, UPSERT_ACTOR, { id: 'person:live-start', kind: 'PERSON', name: 'Live Start' });
    start = first['upsertActor'].change;
  });

  afterAll(async () => {
    // Always: a process left running would keep its port and its Neo4j connections.
    await Promise.all([a?.stop(), b?.stop()]);
    if (driver) await clearGraph(driver);
    await driver?.close();
  });

  const edit = (api: ApiProcess | undefined, query: string, input: unknown) =>
    api!.graphql(query, { input }, { authorization: `Bearer ${editor}` }).then(({ body }) => {
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data as Record<string, any>;
    });

  it('every subscriber of either process receives every change exactly once, in commit order', async () => {
    const changesA = subscribe<ChangeEvent>(wsClient(a!, editor), 'changes', CHANGES, { after: start.id });
    const changesB = subscribe<ChangeEvent>(wsClient(b!, editor), 'changes', CHANGES, { after: start.id });
    const callsB = subscribe<RecordedEvent>(wsClient(b!, editor), 'interactionRecorded', CALLS, { after: start.id });
    // Writes through A, through B (concurrently), and through the CLI in between.
    await Promise.all([
      edit(a, RECORD, call('interaction:live-a-1')),
      edit(b, RECORD, { ...call('interaction:live-b-1', TOKAYEV, 'MEETING'), targets: ['state:ukraine'] }),
      edit(b, UPSERT_ACTOR, { id: 'person:live-b-1', kind: 'PERSON', name: 'Live B 1' }),
    ]);
    cliLoad(dir, 1);
    await Promise.all([
      edit(b, RECORD, call('interaction:live-b-2')),
      edit(a, RECORD, { ...call('interaction:live-a-2', TOKAYEV, 'STATEMENT'), targets: ['state:ukraine'] }),
    ]);
    const log = await logAfter(driver, start.seq);
    const last = log[log.length - 1]!.id;
    const calls = log.filter((entry) => entry.calls.length > 0);
    await until(() => [changesA, changesB].every((s) => s.events.at(-1)?.id === last));
    await until(() => callsB.events.at(-1)?.change.id === calls.at(-1)!.id);

    for (const s of [changesA, changesB] as Received<ChangeEvent>[]) {
      expect(s.errors).toEqual([]);
      expect(s.events.map((e) => e.id)).toEqual(log.map((entry) => entry.id));
    }
    // The CLI's load is in the log, in its own transaction's place, with every id it wrote.
    const cli = changesA.events.find((e) => e.operation === 'CLI_LOAD')!;
    expect(cli.targetIds.sort()).toEqual(['interaction:live-cli-1', 'person:live-cli-1']);
    expect(cli.loadId).toMatch(/^load:/);
    expect(callsB.errors).toEqual([]);
    expect(callsB.events.map((e) => [e.change.id, e.interactions.map((i) => i.id).sort()])).toEqual(
      calls.map((entry) => [entry.id, entry.calls]),
    );
    await Promise.all([changesA.stop(), changesB.stop(), callsB.stop()]);
  });

  it('a subscriber away for ten seconds while writes go on gets exactly what it missed after reconnecting', async () => {
    const [from] = (await logAfter(driver, 0)).slice(-1);
    const away = subscribe<ChangeEvent>(wsClient(a!, editor), 'changes', CHANGES, { after: from!.id });
    await edit(a, RECORD, call('interaction:live-away-0'));
    await until(() => away.events.length === 1);
    await away.stop();
    const lastSeen = away.events[0]!;
    // Ten seconds of writes through both processes while it is away.
    const started = Date.now();
    for (let n = 1; n <= 4 || Date.now() - started < 10_000; n += 1) {
      await edit(n % 2 ? b : a, RECORD, call(`interaction:live-away-${n}`));
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const back = subscribe<ChangeEvent>(wsClient(b!, editor), 'changes', CHANGES, { after: lastSeen.id });
    const missed = await logAfter(driver, lastSeen.seq);
    await edit(b, RECORD, call('interaction:live-away-after'));
    const all = await logAfter(driver, lastSeen.seq);
    await until(() => back.events.at(-1)?.id === all.at(-1)!.id);
    expect(missed.length).toBeGreaterThanOrEqual(4);
    expect(back.errors).toEqual([]);
    expect(back.events.map((e) => e.id)).toEqual(all.map((entry) => entry.id));
    await back.stop();
  });

  it('refuses a subscription after an id the log does not hold, and a key without the editor role', async () => {
    const unknown = subscribe<ChangeEvent>(wsClient(a!, editor), 'changes', CHANGES, { after: 'change:nope' });
    await until(() => unknown.errors.length > 0);
    expect(JSON.stringify(unknown.errors)).toContain('after: no change change:nope in the change log');
    await unknown.stop();
    const reader = await createTestApiKey(driver, 'reader');
    const refused = subscribe<ChangeEvent>(wsClient(a!, reader), 'changes', CHANGES, {});
    await until(() => refused.errors.length > 0);
    expect(JSON.stringify(refused.errors)).toContain('changes needs the editor role');
    await refused.stop();
  });
});
