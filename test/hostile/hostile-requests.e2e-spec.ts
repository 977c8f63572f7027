import { Neo4jService } from '@actorgraph/neo4j';
import { Logger } from '@nestjs/common';
import type { Driver } from 'neo4j-driver';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';
import { aliases, fragmentChain, post } from './hostile-http';

// Each attack of issue 14, sent as an anonymous client would: every one is refused before it runs, with a code
// and a one-line message, and the API goes on answering others. (No timing assertions: the jest timeout is the
// bound; the bench in bench/hostile measures latencies.)

const STACK = /\s+at\s+\S+\s+\(|\n\s+at /;

describe('hostile requests', () => {
  let api: TestApi;
  let driver: Driver;
  let transactions: () => number;
  let logged: jest.SpyInstance;

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi({ RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_COST_PER_MINUTE: '0' }));
    const neo4j = api.app.get(Neo4jService);
    transactions = () => neo4j.transactionCount;
  });

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error');
  });

  afterEach(() => {
    // A client's request is never logged as a server error (with its stack).
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  afterAll(() => stopTestApi(api, driver));

  /** Refused before execution: no transaction ran, LIMIT_EXCEEDED with the limit (and the cost when priced). */
  async function expectRefusedBeforeRunning(query: string): Promise<Record<string, unknown>> {
    const before = transactions();
    const answer = await post(api, JSON.stringify({ query }));
    expect(answer.status).toBe(400);
    expect(answer.body?.data ?? null).toBeNull();
    expect(answer.body?.errors).toHaveLength(1);
    const [error] = answer.body!.errors!;
    expect(error!.extensions?.['code']).toBe('LIMIT_EXCEEDED');
    expect(error!.message).not.toMatch(STACK);
    expect(transactions()).toBe(before);
    return error!.extensions!;
  }

  describe('aliases of expensive fields', () => {
    it('charges betweenness for its work: 50 aliases of centrality(BETWEENNESS, first: 1) are far over budget', async () => {
      const extensions = await expectRefusedBeforeRunning(
        aliases(50, 'centrality(metric: BETWEENNESS, first: 1) { score }'),
      );
      expect(extensions['cost'] as number).toBeGreaterThanOrEqual(50 * 20_000);
      expect(extensions['limit']).toBe(50_000);
    });

    it('refuses three betweenness rankings in one request, accepts one', async () => {
      await expectRefusedBeforeRunning(aliases(3, 'centrality(metric: BETWEENNESS, first: 1) { score }'));
      const one = await api.graphql('{ centrality(metric: BETWEENNESS, first: 1) { score } }');
      expect(one.errors).toBeUndefined();
    });

    it('refuses 1,000 aliases of dyads(first: 1) before taking any database session', async () => {
      const query = aliases(1000, 'dyads(first: 1) { count }');
      await expectRefusedBeforeRunning(query);
    });

    it('refuses more than 100 aliases of even a cheap field', async () => {
      const extensions = await expectRefusedBeforeRunning(aliases(101, 'stats { actors }'));
      expect(extensions['limit']).toBe(100);
    });
  });

  describe('fragments', () => {
    it('refuses a chain of 22 fragments each spreading the previous twice (under 1 KB), without expanding it', async () => {
      const query = fragmentChain(22);
      expect(query.length).toBeLessThan(1024);
      const extensions = await expectRefusedBeforeRunning(query);
      expect(extensions['limit']).toBe(5_000);
    });

    it('refuses a chain of 40 fragments as fast (linear in the document)', async () => {
      await expectRefusedBeforeRunning(fragmentChain(40));
    });

    it('never leaks the complexity library’s or the engine’s own messages', async () => {
      for (const query of [fragmentChain(30), `{ ${'actor(id: "x") { '.repeat(200)}id${' }'.repeat(200)} }`]) {
        const answer = await post(api, JSON.stringify({ query }));
        expect(answer.text).not.toMatch(/maximum allowed number of nodes|call stack|RangeError/i);
        expect(answer.body?.errors?.[0]?.extensions?.['code']).toBe('LIMIT_EXCEEDED');
      }
    });
  });

  describe('fan-out', () => {
    it('prices nested timelines (500 interactions each) and refuses 20 aliases of a timeline of timelines', async () => {
      const field = 'actor(id: "state:ukraine") { timeline { initiators { timeline { id summary } } } }';
      const extensions = await expectRefusedBeforeRunning(aliases(20, field));
      expect(extensions['cost'] as number).toBeGreaterThan(20 * 500 * 500);
    });

    it('still answers one actor’s timeline with its initiators', async () => {
      const response = await api.graphql('{ actor(id: "state:ukraine") { timeline { id initiators { id name } } } }');
      expect(response.errors).toBeUndefined();
      expect(response.data!['actor'].timeline.length).toBeGreaterThan(0);
    });
  });

  describe('client mistakes are 4xx with a code and one line', () => {
    const cases: [string, string, string | null][] = [
      ['malformed JSON', '{"query": "{ stats { actors } }"', 'application/json'],
      ['an empty body', '', 'application/json'],
      ['a wrong content type', '<query/>', 'application/xml'],
      [
        '__proto__ in variables',
        '{"query":"{ stats { actors } }","variables":{"__proto__":{"admin":true}}}',
        'application/json',
      ],
      [
        'constructor.prototype in variables',
        '{"query":"{ stats { actors } }","variables":{"constructor":{"prototype":{"x":1}}}}',
        'application/json',
      ],
      ['a query sent as an AST object', '{"query":{"kind":"Document","definitions":[]}}', 'application/json'],
      ['variables that are not an object', '{"query":"{ stats { actors } }","variables":"x"}', 'application/json'],
      ['no query at all', '{"variables":{}}', 'application/json'],
      ['a JSON array', '[1, 2]', 'application/json'],
    ];

    it.each(cases)('%s: BAD_REQUEST', async (_name, body, contentType) => {
      const answer = await post(api, body, contentType);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      const [error, ...more] = answer.body?.errors ?? [];
      expect(more).toEqual([]);
      expect(error?.extensions?.['code']).toBe('BAD_REQUEST');
      expect(error!.message).not.toContain('\n');
      expect(answer.text).not.toMatch(STACK);
    });

    it('a query sent as the text of an AST: GRAPHQL_VALIDATION_FAILED naming the syntax error, never an internal error', async () => {
      const ast = JSON.stringify({ kind: 'Document', definitions: [{ kind: 'Nope' }] });
      const answer = await post(api, JSON.stringify({ query: ast }));
      expect(answer.status).toBe(400);
      expect(answer.body?.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^Syntax Error: /),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ]);
    });

    it('a forged cursor: 400 BAD_USER_INPUT naming the argument', async () => {
      const answer = await post(api, JSON.stringify({ query: '{ actors(after: "Zm9yZ2Vk") { totalCount } }' }));
      expect(answer.status).toBe(400);
      expect(answer.body?.errors).toEqual([
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } }),
      ]);
    });
  });

  describe('cross-site requests', () => {
    it.each([
      ['application/x-www-form-urlencoded', 'query=%7B%20stats%20%7B%20actors%20%7D%20%7D'],
      ['text/plain', '{"query":"{ stats { actors } }"}'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ stats { actors } }\r\n--x--',
      ],
    ])('refuses a %s POST (a form or fetch without preflight can send it) and runs nothing', async (type, body) => {
      const before = transactions();
      const answer = await post(api, body, type);
      expect(answer.status).toBe(400);
      expect(answer.body?.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
      expect(answer.body?.data ?? null).toBeNull();
      expect(transactions()).toBe(before);
    });

    it('accepts application/json and application/graphql-response+json', async () => {
      for (const type of ['application/json; charset=utf-8', 'application/graphql-response+json']) {
        const answer = await post(api, JSON.stringify({ query: '{ stats { actors } }' }), type);
        expect(answer.body).toEqual({ data: { stats: { actors: 34 } } });
      }
    });

    it('answers a GET only with a header no form can send', async () => {
      const url = `${api.url}/graphql?query=${encodeURIComponent('{ stats { actors } }')}`;
      expect((await fetch(url)).status).toBe(400);
      const allowed = await fetch(url, { headers: { 'x-mercurius-operation-name': 'Stats' } });
      expect(await allowed.json()).toEqual({ data: { stats: { actors: 34 } } });
    });
  });
});

describe('partial results', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('nulls only the root field that failed and reports its error with its path; the others keep their answers', async () => {
    const response = await api.graphql(
      '{ ukraine: actor(id: "state:ukraine") { name } forged: actors(after: "Zm9yZ2Vk") { totalCount } stats { actors } }',
    );
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ ukraine: { name: expect.any(String) }, forged: null, stats: { actors: 34 } });
    expect(response.errors).toEqual([
      expect.objectContaining({ path: ['forged'], extensions: { code: 'BAD_USER_INPUT', argument: 'after' } }),
    ]);
  });
});
