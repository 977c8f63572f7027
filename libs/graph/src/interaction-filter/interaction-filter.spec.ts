import { INTERACTION_FILTER_KEY_NAMES } from './filter-keys';
import {
  isInteractionFilter,
  NO_INTERACTION_FILTER,
  parseInteractionFilter,
  toWhereParams,
  type InteractionFilter,
} from './interaction-filter';

function parsed(input: Parameters<typeof parseInteractionFilter>[0]): InteractionFilter {
  const result = parseInteractionFilter(input);
  if (!isInteractionFilter(result)) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('parseInteractionFilter', () => {
  it('keeps everything when nothing is asked for', () => {
    expect(parsed(undefined)).toEqual(NO_INTERACTION_FILTER);
    expect(parsed({ kinds: [], initiators: [], text: '  ' })).toEqual(NO_INTERACTION_FILTER);
  });

  it('reads dates as the first and last day they cover', () => {
    expect(parsed({ from: '2025-08', to: '2025' })).toMatchObject({ from: '2025-08-01', to: '2025-12-31' });
  });

  it('names the argument at fault, every one of them', () => {
    expect(parseInteractionFilter({ from: '2025-13', between: ['a:b'] }, 'where')).toEqual({
      problems: [
        { argument: 'where.from', message: expect.stringContaining('no month 13') },
        { argument: 'where.between', message: 'must name exactly two different ids' },
      ],
    });
    expect(parseInteractionFilter({ from: '2025-08', to: '2025-07' }, 'filter')).toEqual({
      problems: [{ argument: 'filter.to', message: '(2025-07) is before filter.from (2025-08)' }],
    });
  });

  it('refuses a pair of one id twice and unknown kinds', () => {
    expect(isInteractionFilter(parseInteractionFilter({ between: ['state:x', 'state:x'] }))).toBe(false);
    expect(isInteractionFilter(parseInteractionFilter({ kinds: ['PARTY'] }))).toBe(false);
  });

  it('parses text into words, and refuses text with none to search for', () => {
    expect(parsed({ text: 'Summoned to the Foreign Ministry' }).text).toEqual({
      terms: ['summoned', 'foreign', 'ministry'],
      query: '+summoned +foreign +ministry',
    });
    expect(parseInteractionFilter({ text: 'the of' })).toEqual({
      problems: [{ argument: 'where.text', message: expect.stringContaining('no word') }],
    });
  });
});

describe('toWhereParams', () => {
  it('has one entry per key of the definition, null when not filtering', () => {
    const params = toWhereParams(NO_INTERACTION_FILTER);
    expect(Object.keys(params)).toEqual(INTERACTION_FILTER_KEY_NAMES);
    expect(Object.values(params).every((value) => value === null)).toBe(true);
  });

  it('passes text as a Lucene query requiring every word', () => {
    const params = toWhereParams(parsed({ text: 'Zelenskyy’s call', between: ['person:a', 'person:b'] }));
    expect(params).toMatchObject({ text: "+zelenskyy's +call", between: ['person:a', 'person:b'] });
  });
});
