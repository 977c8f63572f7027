import { ActivityService } from '../../apps/api/src/actors/fields/activity/activity.service';
import { RankedDyadsService } from '../../apps/api/src/dyads/ranked/ranked-dyads.service';
import { recordTokayevCall, startCurationApi, TOKAYEV, type CurationApi } from '../curation/curation-api';
import { stopTestApi } from '../support/test-api';

// Answers that read many interactions (a hub's activity, ranked dyads) are reused until a write changes the data —
// and never after: the next write is in the next answer.

interface Point {
  period: string;
  count: number;
  byKind: { kind: string; count: number }[];
}

describe('answers reused until the data changes', () => {
  let c: CurationApi;

  beforeAll(async () => {
    c = await startCurationApi();
  });

  afterAll(() => stopTestApi(c?.api, c?.driver));

  describe('Actor.activity', () => {
    let service: ActivityService;

    beforeAll(() => {
      service = c.api.app.get(ActivityService, { strict: false });
    });

    const activity = async (role = 'ANY'): Promise<Point[]> => {
      const { data, errors } = await c.api.graphql<{ actor: { activity: Point[] } }>(
        `{ actor(id: "${TOKAYEV}") { activity(granularity: MONTH, role: ${role}, where: { from: "2025-08", to: "2025-09" }) {
          period count byKind { kind count } } } }`,
      );
      expect(errors).toBeUndefined();
      return data!.actor.activity;
    };

    it('answers the same request again without reading, another request by reading, and a write in the next answer', async () => {
      const first = await activity();
      const { hits, misses } = service.reuse;
      expect(await activity()).toEqual(first);
      expect(service.reuse).toMatchObject({ hits: hits + 1, misses });
      await activity('INITIATOR');
      expect(service.reuse).toMatchObject({ hits: hits + 1, misses: misses + 1 });

      await recordTokayevCall(c, 'interaction:2025-09-03-tokayev-calls-stubb', '2025-09-03');
      const september = (points: Point[]) => points.find((p) => p.period === '2025-09')!;
      const after = await activity();
      expect(september(after).count).toBe(september(first).count + 1);
      expect(service.reuse.misses).toBe(misses + 2);
    });
  });

  describe('ranked dyads, at both levels', () => {
    let service: RankedDyadsService;

    beforeAll(() => {
      service = c.api.app.get(RankedDyadsService, { strict: false });
    });

    const dyads = async (args: string): Promise<unknown> => {
      const { data, errors } = await c.api.graphql(
        `{ dyads(${args}, first: 5) { source { id } target { id } count } }`,
      );
      expect(errors).toBeUndefined();
      return data!.dyads;
    };

    it('answers a state-level ranking again from memory after an actor-level one was read in between', async () => {
      const states = await dyads('level: STATE, where: { from: "2025" }');
      await dyads('orderBy: CONFLICT, where: { from: "2022", to: "2025" }');
      const { projection, states: before } = service.reuse;
      expect(projection.entries).toBeGreaterThan(0);
      expect(before.entries).toBeGreaterThan(0);
      expect(await dyads('level: STATE, where: { from: "2025" }')).toEqual(states);
      expect(service.reuse.states).toMatchObject({ hits: before.hits + 1, misses: before.misses });
    });
  });
});
