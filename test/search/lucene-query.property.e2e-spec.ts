import { buildLuceneQuery, isLuceneQuery } from '@actorgraph/graph';
import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';

// Whatever a user types into search, the query built from it is one Neo4j's full-text (Lucene)
// parser accepts, on both indexes search reads; and the API answers results or BAD_USER_INPUT.

/** Text rich in Lucene syntax (operators, wildcards, ranges, escapes, fields), plus any text at all. */
const luceneish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'AND',
        'OR',
        'NOT',
        '&&',
        '||',
        '!',
        '+',
        '-',
        '*',
        '?',
        '~',
        '~2',
        '^',
        '^3',
        ':',
        '\\',
        '/',
        '"',
      ),
      fc.constantFrom(
        '(',
        ')',
        '[',
        ']',
        '{',
        '}',
        'TO',
        'name:',
        'id:*',
        '*:*',
        '/re.*x/',
        "O'Neil",
        'U.S.',
        'Sánchez',
      ),
      fc.string({ maxLength: 8, unit: 'grapheme' }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(luceneish, fc.string({ maxLength: 200, unit: 'binary' }));

describe('search text against the real full-text parser', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi({ RATE_LIMIT_PER_MINUTE: '0' }));
  });

  afterAll(async () => {
    await stopTestApi(api, driver);
  });

  it('any text builds a query both indexes accept, and search answers it cleanly', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const built = buildLuceneQuery(text);
        if (isLuceneQuery(built)) {
          accepted += 1;
          for (const index of ['actor_names', 'interaction_texts']) {
            await driver.executeQuery(
              'CALL db.index.fulltext.queryNodes($index, $query, {limit: 1}) YIELD node RETURN node',
              {
                index,
                query: built.query,
              },
            );
          }
        }
        const answer = await api.graphql('query($text: String!) { search(text: $text, first: 3) { score } }', { text });
        const codes = (answer.errors ?? []).map((e) => e.extensions?.code);
        expect(codes.every((code) => code === 'BAD_USER_INPUT')).toBe(true);
        expect(codes.length > 0).toBe(!isLuceneQuery(built));
      }),
      { numRuns: 200 },
    );
    expect(accepted).toBeGreaterThan(100); // most generated texts really reach Neo4j
  });
});
