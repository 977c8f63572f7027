import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDatasets } from './validate-datasets';

// A user's dataset may hold anything. Validation must answer with issues (each located, with a
// message) or a clean result: it never throws, whatever the file's shape or text.

/** Values a field might hold: plausible ones (so deeper checks run) and hostile ones. */
const value = fc.oneof(
  fc.constantFrom(
    'person:a',
    'person:b',
    'state:c',
    'org:d',
    'place:e',
    'source:s',
    'interaction:x',
    'A',
    'B',
    'person',
    'state',
    'organization',
    'city',
    'call',
    'leads',
    'borders',
    '2025',
    '2025-02-30',
    '2025-08-10',
    '',
    'NaN',
  ),
  fc.string({ maxLength: 20, unit: 'binary' }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const list = fc.array(value, { maxLength: 3 });
const evidence = fc.array(fc.record({ source: value, quote: value }, { requiredKeys: [] }), { maxLength: 2 });
const field = (names: string[]) =>
  fc.record(
    Object.fromEntries(
      names.map((name) => [name, ['aliases', 'initiators', 'targets', 'mentions'].includes(name) ? list : value]),
    ),
    { requiredKeys: [] },
  );
const withEvidence = <T>(record: fc.Arbitrary<T>) =>
  fc.tuple(record, fc.option(evidence)).map(([r, e]) => (e === null ? r : { ...r, evidence: e }));

const datasetShaped = fc.record(
  {
    version: fc.oneof(fc.constant(1), value),
    dataset: value,
    // No textFile: an arbitrary path there would make the test read arbitrary files.
    sources: fc.array(field(['id', 'title', 'publisher', 'url', 'publishedAt']), { maxLength: 3 }),
    actors: fc.array(withEvidence(field(['id', 'kind', 'name', 'aliases', 'recognition', 'wikidataId', 'iso3'])), {
      maxLength: 4,
    }),
    places: fc.array(field(['id', 'kind', 'name', 'aliases', 'state']), { maxLength: 3 }),
    relations: fc.array(withEvidence(field(['id', 'type', 'subject', 'object', 'role', 'from', 'to', 'lengthKm'])), {
      maxLength: 3,
    }),
    interactions: fc.array(
      withEvidence(field(['id', 'kind', 'date', 'until', 'initiators', 'targets', 'mentions', 'place', 'summary'])),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: [] },
);

describe('validateDatasets, for any file', () => {
  let folder: string;
  let n = 0;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'actorgraph-validate-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  function validate(text: string, extension: 'json' | 'yaml') {
    const file = join(folder, `input-${(n += 1)}.${extension}`);
    writeFileSync(file, text);
    const result = validateDatasets([file]);
    for (const issue of [...result.issues, ...result.warnings]) {
      expect(issue.file).toBe(file);
      expect(typeof issue.path).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.line).toBeGreaterThanOrEqual(0);
    }
    return result;
  }

  it('reports issues or a result for dataset-shaped records with arbitrary fields', () => {
    fc.assert(
      fc.property(datasetShaped, (doc) => {
        validate(JSON.stringify(doc), 'json');
      }),
      { numRuns: 150 },
    );
  });

  it('reports issues for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (doc) => {
        validate(JSON.stringify(doc), 'json');
      }),
      { numRuns: 300 },
    );
  });

  it('reports issues for arbitrary text as YAML', () => {
    // YAML's own syntax (anchors, aliases, tags, merge keys, flow collections) joined at random, and any text.
    const token = fc.constantFrom(
      '*a',
      '&a',
      '*:*',
      ':',
      ': ',
      '- ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '!!binary',
      '!!str',
      '<<: ',
      '? ',
      '\n',
      '  ',
      'x',
      '"',
      "'",
      '|',
      '>',
      '#',
      '%YAML 1.2\n',
      '---\n',
      'version: 1\n',
      'actors:\n',
    );
    const yamlish = fc.array(token, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ maxLength: 300, unit: 'binary' })), (text) => {
        validate(text, 'yaml');
      }),
      { numRuns: 600 },
    );
  });

  it('reports an alias to no anchor as an issue (it once threw from the YAML reader)', () => {
    const result = validate('version: 1\nactors: *nowhere\n', 'yaml');
    expect(result.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/^YAML: Unresolved alias/)]);
  });

  it('accepts a minimal valid dataset, so the generated plausible values reach the deep checks', () => {
    const valid = validate(
      JSON.stringify({
        version: 1,
        actors: [{ id: 'person:a', kind: 'person', name: 'A' }],
      }),
      'json',
    );
    expect(valid.issues).toEqual([]);
    expect(valid.dataset.actors).toHaveLength(1);
  });
});
