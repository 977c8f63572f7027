/**
 * Strings an attacker or a careless client sends: Cypher and Lucene syntax meant to break out of a
 * literal, parameter look-alikes, quoting and escaping characters, and Unicode that trips up parsers.
 * Lone surrogates survive JSON.stringify as `\ud800` escapes, as a hostile client would send them.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  "') DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n RETURN 1 //",
  '`) DETACH DELETE n //',
  '$param',
  '{id}',
  '`',
  '\\',
  "\\') DETACH DELETE n //",
  "'; CALL dbms.killQueries(['1']); //",
  'person:x} ) MATCH (n) SET n.pwned = true //',
  '*:*',
  'name:* OR id:*',
  '\u0000',
  '   ',
  '',
  '\u202Eevil\u202C', // right-to-left override
  'zero\u200Bwidth\u200D',
  '😀👍🏽🇺🇦',
  '\uD800', // lone high surrogate
  '\uDFFFx', // lone low surrogate
  'Zelenskyy\u0301\u0301\u0301', // stacked combining marks
  'x'.repeat(100_000), // large but under the body limit, so resolvers see it
];

/**
 * For mutations, where each call is followed by a look at the whole graph: one of each kind
 * (a Cypher break-out per quoting style, escapes, each Unicode hazard, the large string).
 */
export const HOSTILE_WRITES: readonly string[] = HOSTILE_STRINGS.filter(
  (value) =>
    !['{id}', '*:*', 'name:* OR id:*', '   ', '\uDFFFx', "'; CALL dbms.killQueries(['1']); //"].includes(value),
);

/** Over the 1 MB body limit on its own: the server must refuse it cleanly (413), without reading it into a query. */
export const ONE_MEGABYTE = 'y'.repeat(1024 * 1024);

/** A short label for a test log line (the long strings are not printed). */
export function labelOf(value: string): string {
  return value.length > 40 ? `<${value.length} chars>` : JSON.stringify(value);
}
