import { createHash } from 'node:crypto';

/**
 * Makes typography comparable: curly quotes and apostrophes, dashes and runs of
 * white space differ between a source and a quote typed by a curator.
 */
export function normalizeForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `quote` occurs verbatim in `sourceText`, typography aside. */
export function quoteOccursIn(quote: string, normalizedSourceText: string): boolean {
  return normalizedSourceText.includes(normalizeForQuote(quote));
}

/**
 * A fingerprint of a source's normalized text, stored next to it on the `Source` node: who holds a copy of the
 * article can tell it is the text the quotes were checked against.
 */
export function sourceTextDigest(normalizedSourceText: string): string {
  return `sha256:${createHash('sha256').update(normalizedSourceText).digest('hex')}`;
}
