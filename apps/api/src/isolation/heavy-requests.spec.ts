import { createRequestScope } from '@actorgraph/neo4j';
import { ApiErrorCode } from '../errors/api-error';
import { HeavyRequests } from './heavy-requests';

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('HeavyRequests', () => {
  it('lets `capacity` requests run and queues the rest in order until one ends', async () => {
    const heavy = new HeavyRequests(2);
    const scopes = [1, 2, 3, 4].map(() => createRequestScope(10_000, 4));
    const admitted = scopes.map((scope) => heavy.admit(scope));
    expect(await settled(admitted[0]!)).toBe(true);
    expect(await settled(admitted[1]!)).toBe(true);
    expect(await settled(admitted[2]!)).toBe(false);
    expect(heavy.stats()).toEqual({ running: 2, waiting: 2, capacity: 2 });

    scopes[1]!.abort(); // answered: its turn goes to the first in line
    expect(await settled(admitted[2]!)).toBe(true);
    expect(await settled(admitted[3]!)).toBe(false);
    scopes[0]!.abort();
    expect(await settled(admitted[3]!)).toBe(true);
    expect(heavy.stats()).toEqual({ running: 2, waiting: 0, capacity: 2 });
    scopes[2]!.abort();
    scopes[3]!.abort();
    expect(heavy.stats().running).toBe(0);
  });

  it('refuses a request whose deadline comes while it waits, with REQUEST_TIMEOUT, and takes it out of line', async () => {
    const heavy = new HeavyRequests(1);
    const first = createRequestScope(10_000, 4);
    await heavy.admit(first);
    const late = createRequestScope(10_000, 4);
    const waiting = heavy.admit(late);
    late.abort(); // its deadline (or its client went away)
    await expect(waiting).rejects.toMatchObject({ code: ApiErrorCode.REQUEST_TIMEOUT });
    expect(heavy.stats()).toEqual({ running: 1, waiting: 0, capacity: 1 });
    first.abort();
    expect(heavy.stats().running).toBe(0);
  });

  it('gives a turn back at once to a request already ended', async () => {
    const heavy = new HeavyRequests(1);
    const ended = createRequestScope(10_000, 4);
    ended.abort();
    await expect(heavy.admit(ended)).rejects.toMatchObject({ code: ApiErrorCode.REQUEST_TIMEOUT });
    expect(heavy.stats().running).toBe(0);
  });
});
