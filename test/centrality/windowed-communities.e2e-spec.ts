import { NetworkComputations } from '@actorgraph/network';
import type { Driver } from 'neo4j-driver';
import { type TestApi, startSeededApi, stopTestApi } from '../support/test-api';

const PARTITION =
  'actorCount linkCount communityCount modularity communities { number size memberIds internalWeight externalWeight }';

interface Partition {
  actorCount: number;
  communityCount: number;
  windows?: ({ period: string; from: string; to: string; partition: Partition } & Record<string, unknown>)[] | null;
}

// communities(window) (issue 16 item 3): each window's partition is communities(where: { from, to }) of that window.
describe('communities per time window', () => {
  let api: TestApi;
  let driver: Driver;

  const communities = (args: string, windows = true) =>
    api.graphql<{ communities: Partition }>(
      `{ communities(${args}) { ${PARTITION} ${windows ? `windows { period from to partition { ${PARTITION} } }` : ''} } }`,
    );
  const partition = async (args: string, windows = true) => {
    const { data, errors } = await communities(args, windows);
    expect(errors).toBeUndefined();
    return data!.communities;
  };

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('splits each year as communities(where: { from: year, to: year }) does, the whole range as the range', async () => {
    const years = ['2022', '2023', '2024', '2025'];
    const windowed = await partition('window: { from: "2022", to: "2025", step: YEAR }, first: 500');
    const { windows, ...whole } = windowed;
    // The windows shared one read of the projection; each plain request below reads its own window, not the cache.
    api.app.get(NetworkComputations, { strict: false }).cache.clear();
    expect(whole).toEqual(await partition('where: { from: "2022", to: "2025" }, first: 500', false));
    expect(windows!.map((w) => [w.period, w.from, w.to])).toEqual(years.map((y) => [y, `${y}-01-01`, `${y}-12-31`]));
    for (const [k, year] of years.entries()) {
      const plain = await partition(`where: { from: "${year}", to: "${year}" }, first: 500`, false);
      expect(windows![k]!.partition).toEqual(plain);
    }
    expect(windows!.some((w) => w.partition.actorCount > 0)).toBe(true);
  });

  it('refuses more windows than the cap before computing anything', async () => {
    const { errors } = await communities('window: { from: "2020-01", to: "2022-01", step: MONTH }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'window' });
  });
});
