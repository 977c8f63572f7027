import { InputFileError } from '@actorgraph/dataset';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TableRow } from './field-values';
import { missingColumns } from './mapping-columns';
import { parseMapping, presetPath, PRESETS } from './parse-mapping';
import { readTableEvent, resolveTableEvent } from './table-event';
import { parseTableDate } from './table-dates';
import { normalizeCameoCode, ploverKind } from './table-kinds';
import type { InteractionsMapping } from './table-mapping';

const dir = mkdtempSync(join(tmpdir(), 'actorgraph-mapping-spec-'));
function mappingFile(text: string): string {
  const path = join(dir, `m${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, text);
  return path;
}

function row(cells: Record<string, string>, line = 2): TableRow {
  const lower = new Map(Object.entries(cells).map(([k, v]) => [k.toLowerCase(), v]));
  return { line, raw: Object.values(cells).join(','), get: (c) => lower.get(c.toLowerCase()) };
}

const context = { empty: new Set<string>() };
const noActors = { kinds: new Map(), byName: new Map(), byWikidata: new Map() };

describe('a mapping file', () => {
  it('ships every preset as a mapping that passes its own checks', () => {
    for (const preset of PRESETS) expect(() => parseMapping(presetPath(preset))).not.toThrow();
  });

  it("is the README's worked example: the mappings the e2e tests import are the ones it shows", () => {
    const root = join(__dirname, '..', '..', '..', '..');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const name of ['researcher-events.mapping.yaml', 'researcher-actors.mapping.yaml']) {
      const file = join(root, 'test', 'fixtures', 'table', name);
      expect(readme).toContain(`\`\`\`yaml\n${readFileSync(file, 'utf8')}\`\`\``);
      expect(() => parseMapping(file)).not.toThrow();
    }
  });

  it('names every problem by its mapping field and line, all at once', () => {
    const path = mappingFile(
      [
        'mapping: interactions',
        'dataset: my-study',
        'key: id',
        'date: { column: date, value: "2020" }',
        'kind: { column: type, values: { talk: chat } }',
        'initiators: { nme: who }',
      ].join('\n'),
    );
    let message = '';
    try {
      parseMapping(path);
    } catch (error) {
      expect(error).toBeInstanceOf(InputFileError);
      message = (error as Error).message;
    }
    expect(message).toContain(`${path}:6:13 initiators: unknown field "nme"`);
    expect(message).not.toContain('none of the allowed shapes');
    // Schema problems come first; kinds and value sources are checked once the shape is right.
    const fixed = mappingFile(
      [
        'mapping: interactions',
        'dataset: my-study',
        'key: id',
        'date: { column: date, value: "2020" }',
        'kind: { column: type, values: { talk: chat } }',
        'initiators: { name: who }',
      ].join('\n'),
    );
    expect(() => parseMapping(fixed)).toThrow(/date: give exactly one of column, value or template/);
    expect(() => parseMapping(fixed)).toThrow(/kind\.values\.talk: "chat" is not one of statement, appeal/);
  });

  it('points a YAML error at the line it starts on', () => {
    const path = mappingFile('mapping: interactions\ndataset: "unclosed\nkey: id\n');
    expect(() => parseMapping(path)).toThrow(/not valid YAML:\n.*:2:\d+/);
  });

  it('lists the columns a header lacks with the field that needs them (alternatives and optional ones allowed)', () => {
    const mapping = parseMapping(presetPath('gdelt'));
    expect(missingColumns(mapping, ['GlobalEventID', 'Day', 'EventCode', 'Actor1Code', 'Actor2Code'])).toEqual([]);
    expect(missingColumns(mapping, ['Event ID', 'Event Date']).map((c) => c.field)).toEqual([
      'key',
      'date',
      'kind',
      'initiators.cameo.code',
      'targets.cameo.code',
      'properties.gdeltEventId',
    ]);
  });
});

describe('values in the notations tables use', () => {
  it.each([
    ['2023-01-15', null, '2023-01-15'],
    ['20170101', null, '2017-01-01'],
    ['20170101.0', null, '2017-01-01'],
    ['15 January 2023', null, '2023-01-15'],
    ['January 15, 2023', null, '2023-01-15'],
    ['2023-01-15T10:00:00Z', null, '2023-01-15'],
    ['2023-01-15', 'month', '2023-01'],
    ['2023', null, '2023'],
  ])('reads the date %s (precision %s) as %s', (written, precision, value) => {
    expect(parseTableDate(written, precision)).toMatchObject({ value });
  });

  it('refuses slash dates and impossible days', () => {
    expect(parseTableDate('01/02/2023', null)).toEqual({ error: expect.stringContaining('unparsable date') });
    expect(parseTableDate('2023-02-30', null)).toEqual({ error: expect.stringContaining('not a real day') });
  });

  it('restores the leading zeros a spreadsheet drops from CAMEO codes', () => {
    expect(normalizeCameoCode('43')).toBe('043');
    expect(normalizeCameoCode('43.0')).toBe('043');
    expect(normalizeCameoCode('211')).toBe('0211');
    expect(normalizeCameoCode('190')).toBe('190');
    expect(normalizeCameoCode('999')).toBeNull();
  });

  it('maps PLOVER categories to our kinds, CONSULT by phone to a call', () => {
    expect(ploverKind('CONSULT', 'phone')).toBe('CALL');
    expect(ploverKind('consult', 'visit')).toBe('MEETING');
    expect(ploverKind('DISAPPROVE/ACCUSE', null)).toBe('CONDEMNATION');
    expect(ploverKind('STATEMENT', null)).toBeNull();
  });
});

describe('a row read with an interactions mapping', () => {
  const mapping: InteractionsMapping = {
    mapping: 'interactions',
    dataset: 'study',
    key: 'id',
    date: 'date',
    kind: { column: 'type', values: { 'phone call': 'call' } },
    initiators: { name: 'who', kind: { value: 'person' } },
    targets: { name: { column: 'whom', split: ';' }, kind: { value: 'person' } },
    summary: { template: '{who}[ called {whom}]' },
    properties: { tone: { column: 'tone', type: 'number' } },
  };

  it('becomes an interaction with its key, kind, date, actors, summary and typed properties', () => {
    const event = readTableEvent(
      mapping,
      row({ id: 'E 1', date: '2025-08-10', type: 'Phone Call', who: 'Zelensky', whom: 'Tokayev; Putin', tone: '1e-3' }),
      context,
    );
    expect(event).toMatchObject({
      id: 'interaction:study-e-1',
      kind: 'CALL',
      props: { date: '2025-08-10', datePrecision: 'DAY', summary: 'Zelensky called Tokayev; Putin', tone: 0.001 },
    });
    const resolved = resolveTableEvent(event, noActors, 'study');
    expect(resolved.interaction.initiators).toEqual(['person:zelensky']);
    expect(resolved.interaction.targets).toEqual(['person:tokayev', 'person:putin']);
  });

  it('meets the actors the graph holds by name, and refuses a name two actors hold', () => {
    const event = readTableEvent(
      mapping,
      row({ id: '2', date: '2025', type: 'phone call', who: 'Ukraine', whom: 'Zelensky' }),
      context,
    );
    const known = {
      kinds: new Map([
        ['state:ukraine', 'STATE'],
        ['person:volodymyr-zelenskyy', 'PERSON'],
        ['person:zelensky-other', 'PERSON'],
      ]) as never,
      byName: new Map([
        ['ukraine', ['state:ukraine']],
        ['zelensky', ['person:volodymyr-zelenskyy']],
      ]),
      byWikidata: new Map(),
    };
    expect(resolveTableEvent(event, known, 'study').interaction).toMatchObject({
      initiators: ['state:ukraine'],
      targets: ['person:volodymyr-zelenskyy'],
    });
    const ambiguous = {
      ...known,
      byName: new Map([['zelensky', ['person:volodymyr-zelenskyy', 'person:zelensky-other']]]),
    };
    expect(() => resolveTableEvent(event, ambiguous, 'study')).toThrow(
      'ambiguous name "Zelensky": held by person:volodymyr-zelenskyy and person:zelensky-other',
    );
  });

  it('refuses a value its value map does not know, naming the column', () => {
    expect(() => readTableEvent(mapping, row({ id: '3', date: '2025', type: 'hug', who: 'A' }), context)).toThrow(
      'type "hug" is not in the mapping\'s values (phone call)',
    );
  });
});
