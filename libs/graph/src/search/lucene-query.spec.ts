import fc from 'fast-check';
import { buildLuceneQuery, escapeLucene, foldSearchText, isLuceneQuery, MAX_SEARCH_TERMS } from './lucene-query';

function queryOf(text: string): string {
  const built = buildLuceneQuery(text);
  if (!isLuceneQuery(built)) throw new Error(built.error);
  return built.query;
}

// A term is any run of characters where each syntax character is escaped; a clause is exact^2, optionally OR fuzzy~1.
const TERM = String.raw`(?:[^\s+\-&|!(){}[\]^"~*?:\\/]|\\[+\-&|!(){}[\]^"~*?:\\/])+`;
const CLAUSE = String.raw`(?:\(${TERM}\^2 OR ${TERM}~1\)|${TERM}\^2)`;
const GRAMMAR = new RegExp(`^${CLAUSE}(?: OR ${CLAUSE})*$`, 'u');

describe('escapeLucene', () => {
  it('escapes every query-syntax character', () => {
    expect(escapeLucene('+-&&||!(){}[]^"~*?:\\/')).toBe(String.raw`\+\-\&\&\|\|\!\(\)\{\}\[\]\^\"\~\*\?\:\\\/`);
  });

  it('leaves letters, digits and spaces alone', () => {
    expect(escapeLucene('Sánchez 2025')).toBe('Sánchez 2025');
  });
});

describe('foldSearchText', () => {
  it('drops case and diacritics like the standard-folding analyzer', () => {
    expect(foldSearchText('Pedro SÁNCHEZ')).toBe('pedro sanchez');
    expect(foldSearchText('People’s')).toBe("people's");
  });
});

describe('buildLuceneQuery', () => {
  it('matches each word exactly (boosted) or with one edit', () => {
    expect(queryOf('Tokaev')).toBe('(tokaev^2 OR tokaev~1)');
    expect(queryOf('Zelenski')).toBe('(zelenski^2 OR zelenski~1)');
  });

  it('folds diacritics so "Sánchez" and "Sanchez" build the same query', () => {
    expect(queryOf('Sánchez')).toBe(queryOf('Sanchez'));
  });

  it('combines several words as alternatives, without repeating one', () => {
    expect(queryOf('Pedro  Sanchez pedro')).toBe('(pedro^2 OR pedro~1) OR (sanchez^2 OR sanchez~1)');
  });

  it('matches short words exactly only', () => {
    expect(queryOf('UN')).toBe('un^2');
  });

  it('keeps inner apostrophes and dots as the tokenizer does', () => {
    expect(queryOf("People's U.S.")).toBe("(people's^2 OR people's~1) OR u.s^2");
  });

  it('turns operators and syntax into plain words', () => {
    expect(queryOf('") OR 1=1 //')).toBe('or^2 OR 1^2');
    expect(queryOf('name:x~~')).toBe('(name^2 OR name~1) OR x^2');
    expect(queryOf('Zelensky AND NOT Putin')).toBe(
      '(zelensky^2 OR zelensky~1) OR and^2 OR not^2 OR (putin^2 OR putin~1)',
    );
  });

  it('refuses blank text and text without a letter or digit', () => {
    expect(buildLuceneQuery('   ')).toEqual({ error: 'must not be blank' });
    expect(buildLuceneQuery('*:*')).toEqual({ error: 'must contain a letter or a digit' });
    expect(buildLuceneQuery('\\')).toEqual({ error: 'must contain a letter or a digit' });
  });

  it('refuses text longer than 200 characters', () => {
    expect(buildLuceneQuery('a'.repeat(10_000))).toEqual({ error: 'must be at most 200 characters; got 10000' });
  });

  it('searches at most 12 words', () => {
    const built = buildLuceneQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '));
    expect(isLuceneQuery(built) && built.terms.length).toBe(MAX_SEARCH_TERMS);
  });

  it('never lets any input escape the term grammar', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => {
        const built = buildLuceneQuery(text);
        return !isLuceneQuery(built) || GRAMMAR.test(built.query);
      }),
      { numRuns: 2000 },
    );
  });
});
