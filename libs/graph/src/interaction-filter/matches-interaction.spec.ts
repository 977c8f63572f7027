import fc from 'fast-check';
import { isInteractionFilter, parseInteractionFilter, type InteractionFilter } from './interaction-filter';
import { matchesInteraction, type FilterableInteraction } from './matches-interaction';
import type { InteractionFilterInput } from './filter-keys';

const summons: FilterableInteraction = {
  kind: 'SUMMONS',
  dateStart: '2022-08-01',
  dateEnd: '2022-08-31',
  dataset: 'kazakhstan-ukraine-2025',
  initiators: ['org:kazakhstan-foreign-ministry'],
  targets: ['person:petr-vrublevsky'],
  mentions: ['state:ukraine', 'state:kazakhstan'],
  place: null,
  sources: ['source:kazakhstan-ukraine-2025'],
  summary: "Ukraine's ambassador Petr Vrublevsky was summoned to the Kazakh Foreign Ministry over his remarks.",
  quotes: ['He was summoned to the Foreign Ministry, and Ukraine later recalled him.'],
};

const strike: FilterableInteraction = {
  ...summons,
  kind: 'STRIKE',
  dateStart: '2025-01-01',
  dateEnd: '2025-12-31',
  initiators: ['state:ukraine'],
  targets: ['place:kropotkinskaya-oil-pumping-station'],
  mentions: ['state:kazakhstan'],
  place: 'place:kropotkinskaya-oil-pumping-station',
  summary: 'Ukraine struck the Kropotkinskaya oil pumping station.',
  quotes: [],
};

function filter(input: InteractionFilterInput): InteractionFilter {
  const result = parseInteractionFilter(input);
  if (!isInteractionFilter(result)) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('matchesInteraction', () => {
  it.each([
    [{}, true],
    [{ kinds: ['SUMMONS', 'RECALL'] }, true],
    [{ kinds: ['RECALL'] }, false],
    [{ from: '2022-08-31', to: '2022-09' }, true],
    [{ from: '2022-09' }, false],
    [{ to: '2022-07-31' }, false],
    [{ initiators: ['org:kazakhstan-foreign-ministry'] }, true],
    [{ initiators: ['person:petr-vrublevsky'] }, false],
    [{ targets: ['person:petr-vrublevsky'] }, true],
    [{ participants: ['state:kazakhstan'] }, true],
    [{ participants: ['state:russia'] }, false],
    [{ places: ['place:astana'] }, false],
    [{ sources: ['source:kazakhstan-ukraine-2025'] }, true],
    [{ datasets: ['gdelt'] }, false],
    [{ between: ['person:petr-vrublevsky', 'org:kazakhstan-foreign-ministry'] }, true],
    [{ between: ['org:kazakhstan-foreign-ministry', 'person:petr-vrublevsky'] }, true],
    [{ between: ['state:ukraine', 'person:petr-vrublevsky'] }, false],
    [{ text: 'Vrublevsky summoned' }, true],
    [{ text: 'summoned later recalled' }, true],
    [{ text: 'summoned expelled' }, false],
  ] as [InteractionFilterInput, boolean][])('%j on the summons of Vrublevsky: %s', (input, expected) => {
    expect(matchesInteraction(filter(input), summons)).toBe(expected);
  });

  it('finds a place among the targets or where the event happened, never an actor', () => {
    expect(matchesInteraction(filter({ places: ['place:kropotkinskaya-oil-pumping-station'] }), strike)).toBe(true);
    expect(matchesInteraction(filter({ places: ['state:ukraine'] }), strike)).toBe(false);
    expect(matchesInteraction(filter({ places: ['place:kropotkinskaya-oil-pumping-station'] }), summons)).toBe(false);
  });

  it('narrows: dropping any key of a filter keeps every interaction it matched (the keys are a conjunction)', () => {
    const ids = fc.constantFrom('state:ukraine', 'state:kazakhstan', 'person:petr-vrublevsky', 'place:astana');
    const input = fc.record(
      {
        kinds: fc.array(fc.constantFrom('SUMMONS', 'STRIKE', 'CALL'), { minLength: 1, maxLength: 2 }),
        from: fc.constantFrom('2022', '2022-08-15', '2025-06'),
        initiators: fc.array(ids, { minLength: 1, maxLength: 2 }),
        participants: fc.array(ids, { minLength: 1, maxLength: 2 }),
        text: fc.constantFrom('Ukraine', 'summoned', 'oil station'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, (a) => {
        for (const interaction of [summons, strike]) {
          if (!matchesInteraction(filter(a), interaction)) continue;
          for (const key of Object.keys(a)) {
            const fewer = { ...a, [key]: undefined };
            expect(matchesInteraction(filter(fewer), interaction)).toBe(true);
          }
        }
      }),
    );
  });
});
