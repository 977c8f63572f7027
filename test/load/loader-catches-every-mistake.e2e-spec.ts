import { formatIssue, textInput } from '@actorgraph/dataset';
import { DatasetLoader } from '@actorgraph/ingest';
import type { Driver } from 'neo4j-driver';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';

// Issue 17 item 4: a small hand-made file checked against the seeded graph reports every mistake at once,
// with suggestions drawn from the database, and YAML errors where they start.

const yaml = (...lines: string[]) => [...lines, ''].join('\n');

describe('the loader catches every mistake, at once', () => {
  let api: TestApi;
  let driver: Driver;
  let loader: DatasetLoader;

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
    loader = api.app.get(DatasetLoader, { strict: false });
  });

  afterAll(() => stopTestApi(api, driver));

  const check = async (name: string, text: string) => {
    const result = await loader.load([textInput(name, text, { json: false, dataset: 'mistakes' })], { dryRun: true });
    return result.ok ? [] : result.issues.map(formatIssue);
  };

  it('reports the references and dates of a record the schema rejected in the same run as its schema errors', async () => {
    const issues = await check(
      'all-kinds.yaml',
      yaml(
        'version: 1',
        'interactions:',
        '  - id: interaction:mistakes-one',
        '    kind: cal',
        '    date: "2025-13-10"',
        '    initiators: [person:nobody-at-all]',
        '    summary: A misspelt kind, an impossible date and an unknown actor.',
      ),
    );
    expect(issues).toEqual([
      'all-kinds.yaml:3:5 interactions[0]: missing evidence: give at least one {source, quote}',
      expect.stringMatching(/^all-kinds\.yaml:4:11 interactions\[0\]\.kind: unknown kind "cal"; did you mean "call"\?/),
      'all-kinds.yaml:5:11 interactions[0].date: "2025-13-10" has no month 13',
      expect.stringMatching(
        /^all-kinds\.yaml:6:18 interactions\[0\]\.initiators\[0\]: unknown actor "person:nobody-at-all"/,
      ),
    ]);
  });

  it('suggests the ids already in the database for misspelt ids, not the closest id of the file', async () => {
    const issues = await check(
      'misspelt.yaml',
      yaml(
        'version: 1',
        'actors:',
        '  - id: person:someone-new',
        '    kind: person',
        '    name: Someone New Tokayev',
        '    evidence: [{ source: source:kazakhstan-ukraine-2025, quote: "Tokayev" }]',
        'interactions:',
        '  - id: interaction:mistakes-call',
        '    kind: call',
        '    date: "2025-08-10"',
        '    initiators: [person:kassym-jomart-tokaev]',
        '    targets: [person:volodymyr-zelensky]',
        '    summary: A call.',
        '    evidence: [{ source: source:kazakhstan-ukraine-2025, quote: "Tokayev" }]',
      ),
    );
    expect(issues).toEqual([
      'misspelt.yaml:11:18 interactions[0].initiators[0]: unknown actor "person:kassym-jomart-tokaev"; did you mean "person:kassym-jomart-tokayev"?',
      'misspelt.yaml:12:15 interactions[0].targets[0]: unknown actor or place "person:volodymyr-zelensky"; did you mean "person:volodymyr-zelenskyy"?',
    ]);
  });

  it('refuses a name or alias an actor of the database already holds, naming both, unless meant to be shared', async () => {
    const actors = (shared: string) =>
      yaml(
        'version: 1',
        'actors:',
        '  - id: person:new-kazakhstan',
        '    kind: person',
        '    name: Kazakhstan',
        shared,
        '    evidence: [{ source: source:kazakhstan-ukraine-2025, quote: "Tokayev" }]',
        '  - id: person:second-tokayev',
        '    kind: person',
        '    name: Second Tokayev',
        '    aliases: [Tokayev]',
        shared,
        '    evidence: [{ source: source:kazakhstan-ukraine-2025, quote: "Tokayev" }]',
      );
    expect(await check('held.yaml', actors(''))).toEqual([
      'held.yaml:5:11 actors[0].name: "Kazakhstan" already names state:kazakhstan in the database: a name or alias ' +
        'must point at one record (write sharedName: true on person:new-kazakhstan if both are meant to have it; ' +
        'references by it then need an id)',
      'held.yaml:11:15 actors[1].aliases[0]: "Tokayev" already names person:kassym-jomart-tokayev in the database: ' +
        'a name or alias must point at one record (write sharedName: true on person:second-tokayev if both are ' +
        'meant to have it; references by it then need an id)',
    ]);
    expect(await check('shared.yaml', actors('    sharedName: true'))).toEqual([]);
  });

  it('says on a dry run what each name reference resolved to', async () => {
    const result = await loader.load(
      [
        textInput(
          'by-name.yaml',
          yaml(
            'version: 1',
            'interactions:',
            '  - id: interaction:mistakes-by-name',
            '    kind: summons',
            '    date: "2022-08"',
            '    initiators: [Kazakh Foreign Ministry]',
            '    targets: [Vrublevsky]',
            '    summary: Summoned.',
            '    evidence: [{ source: source:kazakhstan-ukraine-2025, quote: "summoned" }]',
          ),
          { json: false, dataset: 'mistakes' },
        ),
      ],
      { dryRun: true },
    );
    expect(result.ok && result.resolvedNames).toEqual([
      { reference: 'Kazakh Foreign Ministry', id: 'org:kazakhstan-foreign-ministry' },
      { reference: 'Vrublevsky', id: 'person:petr-vrublevsky' },
    ]);
  });

  it('places an unclosed quote on the line where it opens, not at the end of the file', async () => {
    const issues = await check(
      'unclosed.yaml',
      yaml(
        'version: 1',
        'actors:',
        '  - id: person:someone-else',
        '    kind: person',
        '    name: "Someone Else',
        '    evidence: [{ source: source:kazakhstan-ukraine-2025, quote: "Tokayev" }]',
        '  - id: person:a-third',
        '    kind: person',
        '    name: A Third',
      ),
    );
    expect(issues).toEqual(['unclosed.yaml:5:11 YAML syntax: this quoted value is never closed']);
  });
});
