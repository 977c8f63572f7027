import { DatePrecision, InteractionKind } from '@actorgraph/graph';
import { normalizeYaml, SOURCE } from './normalize-yaml.testing';

const DEFINITIONS = `${SOURCE}actors:
  - id: person:zelenskyy
    kind: person
    name: Volodymyr Zelenskyy
    aliases: [Zelensky]
  - id: person:tokayev
    kind: person
    name: Kassym-Jomart Tokayev
    aliases: [Tokayev]
  - id: state:ukraine
    kind: state
    name: Ukraine
places:
  - id: place:astana
    kind: city
    name: Astana
`;
const interaction = (n: number, fields: string, quote = 'they spoke') => `  - id: interaction:event-${n}
    kind: call
    summary: Event ${n}.
${fields}
    evidence:
      - source: source:wire
        quote: ${quote}`;

/** A dataset of DEFINITIONS and the calls event-1, event-2…, each with its fields (and its quote, when given). */
const eventsYaml = (fields: string[], quotes: string[] = []) =>
  `version: 1\n${DEFINITIONS}interactions:\n${fields.map((f, i) => interaction(i + 1, f, quotes[i])).join('\n')}\n`;

describe('normalizing interactions', () => {
  it('resolves names to ids, splits targets and mentions into actors and places, and dates a month as its days', () => {
    const { records, issues } = normalizeYaml(
      eventsYaml([
        `    date: "2025-08"
    initiators: [Zelensky, person:zelenskyy]
    targets: [Tokayev, Astana]
    mentions: [Ukraine]
    place: Astana
    cameo: "042"`,
      ]),
    );
    expect(issues).toEqual([]);
    expect(records.interactions).toEqual([
      {
        id: 'interaction:event-1',
        kind: InteractionKind.CALL,
        date: '2025-08',
        datePrecision: DatePrecision.MONTH,
        until: null,
        dateStart: '2025-08-01',
        dateEnd: '2025-08-31',
        summary: 'Event 1.',
        amount: null,
        cameo: '042',
        dataset: 'input',
        initiators: ['person:zelenskyy'],
        targetActors: ['person:tokayev'],
        targetPlaces: ['place:astana'],
        mentionActors: ['state:ukraine'],
        mentionPlaces: [],
        place: 'place:astana',
        evidence: [{ source: 'source:wire', quote: 'they spoke' }],
        quotes: ['they spoke'],
      },
    ]);
  });

  it('runs an interaction with `until` to the last day of `until`, and refuses one that ends before it starts', () => {
    const { records, issues } = normalizeYaml(
      eventsYaml([
        `    date: "2025-08-10"
    until: "2025-09"
    initiators: [Tokayev]`,
        `    date: "2025-08-10"
    until: "2025-08-09"
    initiators: [Tokayev]`,
      ]),
    );
    expect(records.interactions[0]).toMatchObject({ dateStart: '2025-08-10', dateEnd: '2025-09-30', until: '2025-09' });
    expect(issues).toEqual(['input.yaml:35:12 interactions[1].until: ends (2025-08-09) before it starts (2025-08-10)']);
  });

  it('drops an interaction whose date or references are wrong, saying where each problem is', () => {
    const { records, issues, unresolved } = normalizeYaml(
      eventsYaml([
        `    date: "2025-02-30"
    initiators: [Tokayev]`,
        `    date: "2025-08-10"
    initiators: [place:astana, Tokaev]`,
      ]),
    );
    expect(records.interactions).toEqual([]);
    expect(issues).toEqual([
      'input.yaml:25:11 interactions[0].date: "2025-02-30" is not a real day: 2025-02 has 28 days',
      'input.yaml:34:18 interactions[1].initiators[0]: "place:astana" is a place, but a actor is expected here',
      'input.yaml:34:32 interactions[1].initiators[1]: unknown actor "Tokaev"; did you mean "person:tokayev"?',
    ]);
    expect(unresolved).toEqual(['Tokaev']);
  });

  it('resolves a reference to a record already in the database', () => {
    const { records, issues } = normalizeYaml(
      eventsYaml([
        `    date: "2025"
    initiators: [Tokayev]
    targets: [Erdogan]`,
      ]),
      { known: [{ id: 'person:erdogan', type: 'actor', kind: 'person', names: ['Recep Tayyip Erdoğan', 'Erdogan'] }] },
    );
    expect(issues).toEqual([]);
    expect(records.interactions[0]).toMatchObject({ targetActors: ['person:erdogan'], dateEnd: '2025-12-31' });
  });

  it("refuses a quote that is not in its source's text, keeping the evidence that is", () => {
    const { records, issues } = normalizeYaml(
      eventsYaml(
        ['    date: "2025"\n    initiators: [Tokayev]', '    date: "2025"\n    initiators: [Tokayev]'],
        ['they spoke', 'they never met'],
      ),
      { texts: { 'source:wire': 'Reporters said they spoke by phone.' } },
    );
    expect(records.interactions.map((i) => i.quotes)).toEqual([['they spoke'], []]);
    expect(issues).toEqual([
      'input.yaml:37:16 interactions[1].evidence[0].quote: quote not found in the text of source:wire: "they never met"',
    ]);
  });

  it('reads the same records window by window, and numbers an issue by its place in the file', () => {
    const fields = [1, 2, 3, 4, 5].map(
      (n) => `    date: "2025-08-0${n}"\n    initiators: [${n === 4 ? 'Nobody' : 'Tokayev'}]`,
    );
    const normalized = normalizeYaml(eventsYaml(fields));
    const { windows, issues } = normalized.windows(2);
    expect(windows.map((window) => window.map((i) => i.id))).toEqual([
      ['interaction:event-1', 'interaction:event-2'],
      ['interaction:event-3'],
      ['interaction:event-5'],
    ]);
    expect(windows.flat()).toEqual(normalized.records.interactions);
    expect(issues).toEqual(normalized.issues);
    expect(issues).toEqual([
      'input.yaml:50:18 interactions[3].initiators[0]: unknown actor "Nobody"; did you mean "person:tokayev"?',
    ]);
  });
});
