import { latinSpelling } from './latin-spelling';

/** The longest search text accepted; longer text is a paste accident, not a name. */
export const MAX_SEARCH_TEXT_LENGTH = 200;
/** At most this many words of the text are searched (each becomes two Lucene clauses). */
export const MAX_SEARCH_TERMS = 12;
/** Words shorter than this are matched exactly only: a one-edit fuzzy "un" would match most two-letter words. */
export const MIN_FUZZY_TERM_LENGTH = 4;

/** A Lucene query built from user text, and the folded words it searches for. */
export interface LuceneQuery {
  readonly query: string;
  readonly terms: readonly string[];
}

// Every character the classic Lucene query parser treats as syntax (`&&` and `||` are covered by `&` and `|`).
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

// A word as the standard tokenizer sees it: letters and digits, joined by inner apostrophes or dots (people's, u.s).
const WORD = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu;

/** Escapes every Lucene query-syntax character, so the text can only ever be a term. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/** Lower case without diacritics ("Sánchez" → "sanchez"), like the `standard-folding` analyzer. */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
}

/**
 * Turns what a user typed into a full-text query for Neo4j's `standard-folding` indexes:
 * every word matches exactly (boosted) or, from {@link MIN_FUZZY_TERM_LENGTH} letters on, with one edit
 * (`tokaev~1` finds "Tokayev"); words are alternatives, so better matches rank first. The text is folded
 * (so no AND/OR/NOT operator survives) and escaped, so nothing a user types can change the query's syntax.
 * Words in another script are also searched transliterated to Latin letters ({@link latinSpelling}).
 * Returns a reason instead when there is nothing to search for.
 */
export function buildLuceneQuery(text: string): LuceneQuery | { error: string } {
  if (text.trim() === '') return { error: 'must not be blank' };
  if (text.length > MAX_SEARCH_TEXT_LENGTH) {
    return { error: `must be at most ${MAX_SEARCH_TEXT_LENGTH} characters; got ${text.length}` };
  }
  const words = [...new Set(foldSearchText(text).match(WORD) ?? [])].slice(0, MAX_SEARCH_TERMS);
  // A name in another script is searched in Latin letters too ("Токаев" finds Tokayev).
  const latin = latinSpelling(text);
  const latinWords = latin ? (foldSearchText(latin).match(WORD) ?? []).slice(0, MAX_SEARCH_TERMS) : [];
  const terms = [...new Set([...words, ...latinWords])];
  if (terms.length === 0) return { error: 'must contain a letter or a digit' };
  const clauses = terms.map((term) => {
    const exact = `${escapeLucene(term)}^2`;
    return [...term].length >= MIN_FUZZY_TERM_LENGTH ? `(${exact} OR ${escapeLucene(term)}~1)` : exact;
  });
  return { query: clauses.join(' OR '), terms };
}

export function isLuceneQuery(value: LuceneQuery | { error: string }): value is LuceneQuery {
  return 'query' in value;
}
