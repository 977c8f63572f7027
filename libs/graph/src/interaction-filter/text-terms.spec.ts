import { indexWords, parseTextFilter, textsContainTerms, textTerms } from './text-terms';

describe('text terms, read like the standard-folding full-text analyzer', () => {
  it('folds case, accents and typographic apostrophes', () => {
    expect(indexWords('Pedro Sánchez, Ukraine’s Øresund STRASSE straße')).toEqual([
      'pedro',
      'sanchez',
      "ukraine's",
      'oresund',
      'strasse',
      'strasse',
    ]);
  });

  it('keeps numbers and abbreviations whole, splits on hyphens', () => {
    expect(indexWords('68.6 million tons, 54,9 via U.S.-Russia talks (80%)')).toEqual([
      '68.6',
      'million',
      'tons',
      '54,9',
      'via',
      'u.s',
      'russia',
      'talks',
      '80',
    ]);
  });

  it('drops stop words and repeats from a filter', () => {
    expect(textTerms('The call and the CALL to Tokayev')).toEqual(['call', 'tokayev']);
  });

  it('escapes what Lucene would read as syntax', () => {
    expect(parseTextFilter('a:b')).toEqual({ terms: ['a:b'], query: '+a\\:b' });
  });

  it('finds every word across the summary and the quotes', () => {
    const texts = ['Ukraine recalled its ambassador.', 'He was summoned to the Foreign Ministry'];
    expect(textsContainTerms(['recalled', 'summoned'], texts)).toBe(true);
    expect(textsContainTerms(['recalled', 'expelled'], texts)).toBe(false);
    expect(textsContainTerms(['ambassad'], texts)).toBe(false);
  });
});
