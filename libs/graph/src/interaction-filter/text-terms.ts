import { escapeLucene, MAX_SEARCH_TERMS, MAX_SEARCH_TEXT_LENGTH } from '../search/lucene-query';

/**
 * The words the `text` filter looks for, read the way the `interaction_texts` full-text index reads text (its
 * `standard-folding` analyzer: Unicode word boundaries, lower case, accents folded to ASCII, English stop
 * words dropped), so the in-memory predicate and the index agree on what a word is.
 */

/** The stop words of Neo4j's `standard` and `standard-folding` analyzers (db.index.fulltext.listAvailableAnalyzers). */
export const FULLTEXT_STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

// Letters NFKD does not decompose but Lucene's ASCIIFoldingFilter folds.
const ASCII_FOLDS: Record<string, string> = {
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  ŀ: 'l',
  ŧ: 't',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ĳ: 'ij',
};

/** Lower case, accents and ligatures folded, typographic quotes made ASCII. */
export function foldIndexText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u201B\u2032\uFF07]/g, "'")
    .replace(/[øđðħıłŀŧþßæœĳ]/g, (char) => ASCII_FOLDS[char] ?? char);
}

// A word as Unicode's word-boundary rules (UAX #29, Lucene's StandardTokenizer) see it: letters, digits and `_`,
// kept together across `.`, `'` or `:` between letters and across `.`, `'`, `,` or `;` between digits.
const WORD = /[\p{L}\p{N}_]+(?:(?:(?<=\p{L})[.':](?=\p{L})|(?<=\p{N})[.',;](?=\p{N}))[\p{L}\p{N}_]+)*/gu;

/** The index's words of a text, stop words included (in order, with repeats). */
export function indexWords(text: string): string[] {
  return foldIndexText(text).match(WORD) ?? [];
}

/** The words a `text` filter searches for: distinct, stop words dropped. */
export function textTerms(text: string): string[] {
  return [...new Set(indexWords(text).filter((word) => !FULLTEXT_STOP_WORDS.has(word)))];
}

/** A parsed `text` filter: the words, and the Lucene query requiring every one of them. */
export interface TextFilter {
  readonly terms: readonly string[];
  /** `+word +word`: every word must occur, in the summary or a quote (any field of the index). */
  readonly query: string;
}

/** Parses a `text` filter, or says why it cannot be searched for. */
export function parseTextFilter(text: string): TextFilter | { error: string } {
  if (text.length > MAX_SEARCH_TEXT_LENGTH) {
    return { error: `must be at most ${MAX_SEARCH_TEXT_LENGTH} characters; got ${text.length}` };
  }
  const terms = textTerms(text);
  if (terms.length === 0) return { error: 'has no word to search for (common words such as "the" are skipped)' };
  if (terms.length > MAX_SEARCH_TERMS)
    return { error: `must have at most ${MAX_SEARCH_TERMS} words; got ${terms.length}` };
  return { terms, query: terms.map((term) => `+${escapeLucene(term)}`).join(' ') };
}

/** Whether every term is a word of one of the texts (the summary and the evidence quotes). */
export function textsContainTerms(terms: readonly string[], texts: readonly (string | null | undefined)[]): boolean {
  const words = new Set(texts.flatMap((text) => (text ? indexWords(text) : [])));
  return terms.every((term) => words.has(term));
}
