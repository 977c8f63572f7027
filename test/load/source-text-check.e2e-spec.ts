import { formatIssue, normalizeForQuote, sourceTextDigest } from '@actorgraph/dataset';
import { DatasetLoader } from '@actorgraph/ingest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refusal, SOURCE, startCurationApi, TOKAYEV, ZELENSKYY, type CurationApi } from '../curation/curation-api';
import { graphChecksum } from '../support/graph-checksum';
import { sharedFixture } from '../support/shared-fixture';
import { createTestApiKey, stopTestApi } from '../support/test-api';

// Issue 17 item 4: the article's text is stored with its source when the seed loads it (textFile), so a quote
// attributed to it is checked on every later load and curation mutation, and a refused write leaves the graph as
// it was. Sources without a stored text are not checked, as before.

const yaml = (...lines: string[]) => [...lines, ''].join('\n');
const MADE_UP = 'Tokayev promised to visit Kyiv in the spring';
const TRUE_QUOTE = 'Zelenskyy called President Kassym-Jomart Tokayev';

/** A later file: an interaction attributed to the article, which the file references without defining it. */
const laterFile = (quote: string, source = '') =>
  yaml(
    'version: 1',
    'dataset: later',
    ...(source ? ['sources:', source] : []),
    'interactions:',
    '  - id: interaction:2025-09-01-later-call',
    '    kind: call',
    '    date: "2025-09-01"',
    `    initiators: [${TOKAYEV}]`,
    `    targets: [${ZELENSKYY}]`,
    '    summary: A later call.',
    `    evidence: [{ source: ${SOURCE}, quote: "${quote}" }]`,
  );

const RECORD = `mutation ($input: RecordInteractionInput!) { recordInteraction(input: $input) { status } }`;
const UPSERT_RELATION = `mutation ($input: UpsertRelationInput!) { upsertRelation(input: $input) { status } }`;
const LOAD = `mutation ($content: String!, $dryRun: Boolean) { loadDataset(content: $content, dryRun: $dryRun) { dryRun } }`;

describe('quotes are checked against the stored text of their source', () => {
  let c: CurationApi;
  let loader: DatasetLoader;
  let folder: string;
  let admin: Record<string, string>;

  beforeAll(async () => {
    c = await startCurationApi();
    admin = { authorization: `Bearer ${await createTestApiKey(c.driver, 'admin')}` };
    loader = c.api.app.get(DatasetLoader, { strict: false });
    folder = mkdtempSync(join(tmpdir(), 'actorgraph-source-text-'));
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await stopTestApi(c?.api, c?.driver);
  });

  const loadFile = (name: string, text: string, dryRun = false) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return loader.load([path], { dryRun });
  };

  it('stores the article loaded from textFile with its source, normalized, and its digest', async () => {
    const text = normalizeForQuote(readFileSync(sharedFixture('sources', 'kazakhstan-ukraine-2025.txt'), 'utf8'));
    const { records } = await c.driver.executeQuery(
      'MATCH (s:Source {id: $id}) RETURN s.text AS text, s.textDigest AS digest',
      {
        id: SOURCE,
      },
    );
    expect(records[0]?.get('text')).toBe(text);
    expect(records[0]?.get('digest')).toBe(sourceTextDigest(text));
    expect(sourceTextDigest(text)).toMatch(/^sha256:[0-9a-f]{64}$/);
    const read = await c.api.graphql(
      '{ interactions(first: 1) { edges { node { evidence { source { id textDigest } } } } } }',
    );
    expect(read.data!['interactions'].edges[0].node.evidence[0].source).toEqual({
      id: SOURCE,
      textDigest: sourceTextDigest(text),
    });
  });

  it('refuses a later file whose made-up quote is attributed to the stored article, naming record, field and source', async () => {
    const before = await graphChecksum(c.driver);
    const result = await loadFile('made-up.yaml', laterFile(MADE_UP));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      `${join(folder, 'made-up.yaml')}:10:65 interactions[0].evidence[0].quote: quote not found in the text of ` +
        `${SOURCE}: "${MADE_UP}"`,
    ]);
    expect(await graphChecksum(c.driver)).toEqual(before);
  });

  it('accepts a true quote, typography aside', async () => {
    const result = await loadFile('true.yaml', laterFile(TRUE_QUOTE.replace(' ', '   ')), true);
    expect(result.ok).toBe(true);
  });

  it('checks a file that defines the source again without its text, and keeps the stored text', async () => {
    const again = `  - { id: ${SOURCE}, title: "The same article, listed again" }`;
    const refused = await loadFile('again.yaml', laterFile(MADE_UP, again));
    expect(refused.ok ? [] : refused.issues.map((issue) => issue.path)).toEqual(['interactions[0].evidence[0].quote']);
    // Uploaded content cannot name a file of the server, so the stored text is what checks it.
    const before = await graphChecksum(c.driver);
    const upload = await c.api.graphql(LOAD, { content: laterFile(MADE_UP, again) }, admin);
    expect(upload.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(upload.errors?.[0]?.message).toContain(
      `interactions[0].evidence[0].quote: quote not found in the text of ${SOURCE}`,
    );
    expect(await graphChecksum(c.driver)).toEqual(before);

    const loaded = await loadFile('again-true.yaml', laterFile(TRUE_QUOTE, again));
    expect(loaded.ok).toBe(true);
    const { records } = await c.driver.executeQuery(
      'MATCH (s:Source {id: $id}) RETURN s.title AS title, s.textDigest AS digest',
      {
        id: SOURCE,
      },
    );
    expect(records[0]?.get('title')).toBe('The same article, listed again');
    expect(records[0]?.get('digest')).toMatch(/^sha256:/);
  });

  it('leaves quotes of a source without a stored text unchecked, as before', async () => {
    const result = await loadFile(
      'no-text.yaml',
      yaml(
        'version: 1',
        'sources: [{ id: "source:wire-without-text", title: Wire }]',
        'interactions:',
        '  - id: interaction:2025-09-02-wire-call',
        '    kind: call',
        '    date: "2025-09-02"',
        `    initiators: [${TOKAYEV}]`,
        '    summary: A call the wire reported.',
        `    evidence: [{ source: "source:wire-without-text", quote: "${MADE_UP}" }]`,
      ),
      true,
    );
    expect(result.ok).toBe(true);
  });

  it('refuses recordInteraction and upsertRelation with a made-up quote as BAD_USER_INPUT, writing nothing', async () => {
    const before = await graphChecksum(c.driver);
    const counts = await c.counts();
    const recorded = await c.edit(RECORD, {
      input: {
        id: 'interaction:2025-09-03-made-up-meeting',
        kind: 'MEETING',
        date: '2025-09-03',
        initiators: [TOKAYEV],
        targets: [ZELENSKYY],
        summary: 'A meeting the article does not report.',
        evidence: [{ source: SOURCE, quote: MADE_UP }],
      },
    });
    expect(refusal(recorded)).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.evidence[0].quote' });
    expect(recorded.errors![0]!.message).toBe(
      `input.evidence[0].quote: quote not found in the text of ${SOURCE}: "${MADE_UP}"`,
    );
    const related = await c.edit(UPSERT_RELATION, {
      input: {
        type: 'MEMBER_OF',
        subject: 'state:kazakhstan',
        object: 'org:united-nations',
        evidence: [{ source: SOURCE, quote: MADE_UP }],
      },
    });
    expect(refusal(related)).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.evidence[0].quote' });
    expect(await c.counts()).toEqual(counts);
    const after = await graphChecksum(c.driver);
    expect(after.nodes).toBe(before.nodes);
    expect(after.relationships).toBe(before.relationships);

    const fine = await c.edit(RECORD, {
      input: {
        id: 'interaction:2025-08-10-zelenskyy-calls-tokayev-again',
        kind: 'CALL',
        date: '2025-08-10',
        initiators: [ZELENSKYY],
        targets: [TOKAYEV],
        summary: 'The call, recorded again by a curator.',
        evidence: [{ source: SOURCE, quote: `“${TRUE_QUOTE}”`.slice(1, -1) }],
      },
    });
    expect(fine.errors).toBeUndefined();
    expect(fine.data!['recordInteraction'].status).toBe('CREATED');
  });
});
