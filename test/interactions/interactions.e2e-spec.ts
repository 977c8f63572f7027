import type { Driver } from 'neo4j-driver';
import { type TestApi, startSeededApi, stopTestApi } from '../support/test-api';

const CALL_FIELDS = `id kind date datePrecision summary initiators { id } targets { ... on Actor { id } ... on Place { id } }`;

describe('interaction and interactions', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('returns one interaction with its participants, place and evidence', async () => {
    const { data, errors } = await api.graphql(`{
      interaction(id: "interaction:2022-03-06-almaty-anti-war-rally") {
        __typename kind date datePrecision place { id name kind } evidence { quote source { id } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!['interaction']).toMatchObject({
      __typename: 'Protest',
      kind: 'PROTEST',
      date: '2022-03-06',
      datePrecision: 'DAY',
      place: { id: 'place:almaty', name: 'Almaty', kind: 'CITY' },
    });
    expect(data!['interaction'].evidence[0].source.id).toBe('source:kazakhstan-ukraine-2025');
  });

  it('answers null, not an error, for an unknown id', async () => {
    const response = await api.graphql(
      '{ interaction(id: "interaction:nope") { id } actor(id: "person:nobody") { id } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ interaction: null, actor: null });
  });

  it('lists every leader Zelenskyy called on 2025-08-09, one call each', async () => {
    const { data } = await api.graphql(`{
      interactions(where: { kinds: [CALL], initiators: ["person:volodymyr-zelenskyy"], from: "2025-08-09", to: "2025-08-09" }, first: 50) {
        totalCount edges { node { ${CALL_FIELDS} } }
      }
    }`);
    const targets = data!['interactions'].edges.map((e: any) => e.node.targets[0].id).sort();
    expect(data!['interactions'].totalCount).toBe(7);
    expect(targets).toEqual([
      'person:alexander-stubb',
      'person:donald-tusk',
      'person:emmanuel-macron',
      'person:giorgia-meloni',
      'person:keir-starmer',
      'person:pedro-sanchez',
      'person:ursula-von-der-leyen',
    ]);
  });

  it('includes a month-precision event in a filter on any day of that month', async () => {
    const { data } = await api.graphql(`{
      interactions(where: { kinds: [AID], from: "2022-03-17", to: "2022-03-17" }) { edges { node { id date datePrecision } } }
    }`);
    const march = data!['interactions'].edges.map((e: any) => e.node).filter((n: any) => n.date === '2022-03');
    expect(march.length).toBeGreaterThanOrEqual(1);
    expect(march.every((n: any) => n.datePrecision === 'MONTH')).toBe(true);
  });

  it('orders by date and pages without repeats or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page += 1) {
      const response: any = await api.graphql(
        `query($after: String) { interactions(orderBy: DATE_ASC, first: 7, after: $after) {
          totalCount edges { cursor node { id dateStart } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const connection = response.data.interactions;
      total = connection.totalCount;
      seen.push(...connection.edges.map((e: any) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('refuses first: 501 with LIMIT_EXCEEDED naming the argument', async () => {
    const response = await api.graphql('{ interactions(first: 501) { totalCount } }');
    expect(response.errors?.[0]).toMatchObject({
      message: 'first must be between 1 and 500; got 501',
      extensions: { code: 'LIMIT_EXCEEDED', argument: 'first' },
    });
  });

  it('refuses an impossible date and a forged cursor with BAD_USER_INPUT', async () => {
    const date = await api.graphql('{ interactions(where: { from: "2025-02-30" }) { totalCount } }');
    expect(date.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'where.from' } });
    expect(date.errors?.[0]?.message).toContain('2025-02 has 28 days');
    const cursor = await api.graphql('{ interactions(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(cursor.errors?.[0]).toMatchObject({
      message: 'after is not a cursor this API issued',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('exposes a type per kind, so clients can select by fragment', async () => {
    const { data } = await api.graphql(
      `{ interactions(where: { kinds: [STRIKE, RECALL] }) { edges { node { __typename kind } } } }`,
    );
    for (const { node } of data!['interactions'].edges) {
      expect(node.__typename).toBe(node.kind === 'STRIKE' ? 'Strike' : 'Recall');
    }
  });

  it('counts the graph by kind in stats', async () => {
    const { data } = await api.graphql(
      '{ stats { actors places interactions relations sources byKind { kind count } } }',
    );
    const stats = data!['stats'];
    const byKind = Object.fromEntries(stats.byKind.map((k: any) => [k.kind, k.count]));
    expect(byKind['CALL']).toBe(10);
    expect(stats.byKind.reduce((n: number, k: any) => n + k.count, 0)).toBe(stats.interactions);
    expect(stats.sources).toBe(1);
  });
});
