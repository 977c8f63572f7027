import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { graphChecksum, graphItems } from '../support/graph-checksum';
import { createTestApiKey, startSeededApi, stopTestApi, type TestApi } from '../support/test-api';
import { uncleanReason, type HttpAnswer } from './clean-answer';
import { fuzzCalls, type FuzzCall } from './fuzz-calls';
import { HOSTILE_STRINGS, HOSTILE_WRITES, labelOf, ONE_MEGABYTE } from './hostile-values';

// Every string argument of every root query and mutation, found by introspection (so new fields are
// covered without editing this file), gets hostile values. The graph must not change (queries) or
// change only where the call pointed (mutations), and every answer must be clean.

const KNOWN_ID = 'person:volodymyr-zelenskyy';
const options = { id: KNOWN_ID, text: 'Zelensky' };

async function post(api: TestApi, call: FuzzCall, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: call.query, variables: call.variables }),
  });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: judged by its text */
  }
  return { status: response.status, body, text };
}

function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Runs calls a few at a time (the API is meant to serve concurrent clients) and collects unclean answers. */
async function runAll(
  calls: FuzzCall[],
  send: (call: FuzzCall) => Promise<HttpAnswer>,
  after?: (call: FuzzCall, answer: HttpAnswer) => Promise<string | null>,
): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < calls.length) {
      const call = calls[next++]!;
      const answer = await send(call);
      const sent = call.value;
      const reason = uncleanReason(answer, sent) ?? (after ? await after(call, answer) : null);
      if (reason) failures.push(`${call.label} ← ${labelOf(sent)}: ${reason} (${answer.text.slice(0, 300)})`);
    }
  };
  await Promise.all(Array.from({ length: after ? 1 : 4 }, worker));
  return failures;
}

describe('hostile strings in every argument', () => {
  let api: TestApi;
  let driver: Driver;
  let schema: GraphQLSchema;
  let admin: Record<string, string>;

  beforeAll(async () => {
    // Thousands of requests from one address: the rate limit would answer most of them instead of the resolvers.
    ({ api, driver } = await startSeededApi({ RATE_LIMIT_PER_MINUTE: '0' }));
    admin = { authorization: `Bearer ${await createTestApiKey(driver, 'admin')}` };
    const introspection = await api.graphql<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data!);
  });

  afterAll(async () => {
    await stopTestApi(api, driver);
  });

  it('every query answers cleanly and the graph is unchanged', async () => {
    const before = await graphChecksum(driver);
    const calls = fuzzCalls(schema, 'query', HOSTILE_STRINGS, ONE_MEGABYTE, options);
    // Every root query takes at least one string somewhere (ids, filters, cursors, search text).
    expect(calls.length).toBeGreaterThan(HOSTILE_STRINGS.length * 10);
    const failures = await runAll(calls, (call) => post(api, call));
    process.stdout.write(`[injection] ${calls.length} query calls, ${failures.length} unclean\n`);
    expect(failures).toEqual([]);
    expect(await graphChecksum(driver)).toEqual(before);

    const health = await api.graphql('{ server { neo4j { status } } stats { actors } }');
    expect(health.data).toEqual({ server: { neo4j: { status: 'UP' } }, stats: { actors: before.labels['Actor'] } });
  });

  it('every mutation stores the string verbatim or refuses it, and changes nothing else', async () => {
    const calls = fuzzCalls(schema, 'mutation', HOSTILE_WRITES, ONE_MEGABYTE, options);
    if (!schema.getMutationType()) {
      process.stdout.write('[injection] the schema has no mutations yet: nothing to send\n');
      return;
    }
    expect(calls.length).toBeGreaterThan(0);
    let beforeItems = await graphItems(driver);
    const failures = await runAll(
      calls,
      (call) => post(api, call, admin),
      async (call, answer) => {
        const before = beforeItems;
        beforeItems = await graphItems(driver);
        // Whatever the call named (the id it was given) may change; everything else must still be there, as it was.
        const touched = new Set([KNOWN_ID]);
        const after = new Set(beforeItems.map((item) => item.text));
        const lost = before.filter((item) => !item.ids.some((id) => touched.has(id)) && !after.has(item.text));
        if (lost.length > 0) return `changed or removed ${lost.length} unrelated item(s), e.g. ${lost[0]!.text}`;
        // Neo4j stores UTF-8, where a lone surrogate can only become U+FFFD: the nearest thing to verbatim.
        const sent = JSON.stringify(wellFormed(call.value));
        const body = answer.body as { data?: Record<string, unknown> | null; errors?: unknown[] } | null;
        const stored = beforeItems.some((item) => item.text.includes(sent));
        const echoed = JSON.stringify(body?.data ?? null).includes(sent);
        // Blank text may rightly be accepted and store nothing (an empty dataset loads nothing).
        if (!body?.errors && call.value.trim() !== '' && !stored && !echoed)
          return 'accepted, but the string is stored nowhere verbatim';
        return null;
      },
    );
    process.stdout.write(`[injection] ${calls.length} mutation calls, ${failures.length} unclean\n`);
    expect(failures).toEqual([]);
    // Hundreds of writes, each read back whole: minutes on a busy machine.
  }, 480_000);
});
