import { buildLuceneQuery, isLuceneQuery } from './lucene-query';
import { latinNames, latinSpelling } from './latin-spelling';

describe('latinSpelling', () => {
  it('spells Cyrillic and Kazakh names in Latin letters', () => {
    expect(latinSpelling('Токаев')).toBe('Tokaev');
    expect(latinSpelling('Тоқаев')).toBe('Tokaev');
    expect(latinSpelling('Зеленський')).toBe('Zelenskiy');
  });

  it('adds nothing to text already in Latin letters, accented or not', () => {
    expect(latinSpelling('Sánchez')).toBeNull();
    expect(latinSpelling("People's U.S. 2025")).toBeNull();
  });

  it('makes search look for a Cyrillic name in Latin letters too', () => {
    const built = buildLuceneQuery('Токаев');
    expect(isLuceneQuery(built) && built.terms).toEqual(['токаев', 'tokaev']);
    expect(isLuceneQuery(built) && built.query).toBe('(токаев^2 OR токаев~1) OR (tokaev^2 OR tokaev~1)');
  });
});

describe('latinNames', () => {
  it('gives the Latin spelling of each name in another script, once, Kazakh letters included', () => {
    expect(latinNames(['Касым-Жомарт Токаев', 'Қасым-Жомарт Тоқаев', 'Токаев', 'Tokayev'])).toEqual([
      'Kasym-Zhomart Tokaev',
      'Tokaev',
    ]);
    expect(latinNames(['Өскемен', 'Ust-Kamenogorsk'])).toEqual(['Oskemen']);
  });

  it('is empty for names in Latin letters, accented or not: the index folds accents itself', () => {
    expect(latinNames(['Volodymyr Zelenskyy', 'Sánchez', 'Zelenskiy'])).toEqual([]);
  });
});
