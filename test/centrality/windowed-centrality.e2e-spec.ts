import { NetworkComputations } from '@actorgraph/network';
import type { Driver } from 'neo4j-driver';
import { type TestApi, startSeededApi, stopTestApi } from '../support/test-api';
import { centralityRequests } from './centrality-requests';

interface WindowScore {
  period: string;
  from: string;
  to: string;
  score: number;
  rank: number | null;
}

interface Score {
  actor: { id: string };
  score: number;
  rank: number;
  windows: WindowScore[] | null;
}

// Centrality per time window (issue 16 item 3): each window's scores are the un-windowed centrality of that window.
describe('centrality per time window', () => {
  let api: TestApi;
  let driver: Driver;

  const { ask: centrality, scores } = centralityRequests<Score>(
    () => api,
    'actor { id } score rank windows { period from to score rank }',
  );

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  /** Every window's score and rank equal centrality(where: { from, to }) of that window; the whole range's too. */
  const expectWindowsEqualPlainCentrality = async (
    metric: string,
    window: string,
    periods: string[],
    links = '',
    first = 500,
  ) => {
    const windowed = await scores(`metric: ${metric}, window: ${window}, first: ${first}${links}`);
    // The windows shared one read of the projection; each plain request below reads its own window, not the cache.
    api.app.get(NetworkComputations, { strict: false }).cache.clear();
    const whole = await scores(
      `metric: ${metric}, where: { from: "${periods[0]}", to: "${periods[periods.length - 1]}" }, first: ${first}${links}`,
    );
    expect(windowed.map((s) => [s.actor.id, s.score, s.rank])).toEqual(whole.map((s) => [s.actor.id, s.score, s.rank]));
    expect(windowed.length).toBeGreaterThan(0);
    for (const [k, period] of periods.entries()) {
      const plain = await scores(
        `metric: ${metric}, where: { from: "${period}", to: "${period}" }, first: 500${links}`,
      );
      const byId = new Map(plain.map((s) => [s.actor.id, s]));
      for (const actor of windowed) {
        const inWindow = actor.windows![k]!;
        expect(inWindow.period).toBe(period);
        const expected = byId.get(actor.actor.id);
        expect([actor.actor.id, inWindow.score, inWindow.rank]).toEqual([
          actor.actor.id,
          expected?.score ?? 0,
          expected?.rank ?? null,
        ]);
      }
    }
    return windowed;
  };

  it('scores each year as centrality(where: { from: year, to: year }) does, by DEGREE', async () => {
    const years = ['2022', '2023', '2024', '2025'];
    const windowed = await expectWindowsEqualPlainCentrality(
      'DEGREE',
      '{ from: "2022", to: "2025", step: YEAR }',
      years,
    );
    expect(windowed[0]!.windows!.map((w) => [w.period, w.from, w.to])).toEqual(
      years.map((y) => [y, `${y}-01-01`, `${y}-12-31`]),
    );
    // Someone rose or fell: an actor's score differs between windows.
    expect(windowed.some((s) => new Set(s.windows!.map((w) => w.score)).size > 1)).toBe(true);
  });

  it('scores each month as the plain centrality of that month does, by PAGERANK with mentions', async () => {
    const months = ['2025-06', '2025-07', '2025-08', '2025-09'];
    await expectWindowsEqualPlainCentrality(
      'PAGERANK',
      '{ from: "2025-06-15", to: "2025-09-02", step: MONTH }',
      months,
      ', links: { mentions: true }',
      50,
    );
  });

  it('answers windows null without window (the shape of before)', async () => {
    const [first] = await scores('metric: DEGREE, first: 1');
    expect(first!.windows).toBeNull();
  });

  it('refuses more windows than the cap before computing anything, with a hint', async () => {
    const { data, errors } = await centrality(
      'metric: DEGREE, window: { from: "2020-01", to: "2022-01", step: MONTH }',
    );
    expect(data?.centrality ?? null).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'window' });
    expect(errors?.[0]?.message).toMatch(/25 windows.*hint/);
  });

  it('charges one computation per window: BETWEENNESS over three years is over the request budget', async () => {
    const one = await centrality('metric: BETWEENNESS, window: { from: "2025", to: "2025", step: YEAR }, first: 1');
    expect(one.errors).toBeUndefined();
    const three = await centrality('metric: BETWEENNESS, window: { from: "2023", to: "2025", step: YEAR }, first: 1');
    expect(three.data?.centrality ?? null).toBeNull();
    expect(three.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(three.errors?.[0]?.extensions?.['argument']).not.toBe('window');
  });

  it('refuses a date range in both where and window', async () => {
    const { errors } = await centrality(
      'metric: DEGREE, where: { from: "2022" }, window: { from: "2022", to: "2023", step: YEAR }',
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'window' });
  });
});
