import { FirstRunGate } from './first-run-gate';

/** A query execution the test finishes by hand, counting how many ran at once. */
function controllable() {
  let running = 0;
  let mostAtOnce = 0;
  const pending: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const execute = () =>
    new Promise<string>((resolve, reject) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      pending.push({
        resolve: () => {
          running -= 1;
          resolve('ok');
        },
        reject: (e) => {
          running -= 1;
          reject(e);
        },
      });
    });
  return { execute, pending, mostAtOnce: () => mostAtOnce };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('FirstRunGate', () => {
  it('runs the first execution of a query alone, then lets the rest run together', async () => {
    const gate = new FirstRunGate();
    const q = controllable();
    const first = gate.run('actor', q.execute);
    const others = [gate.run('actor', q.execute), gate.run('actor', q.execute)];
    await tick();
    expect(q.pending).toHaveLength(1);
    q.pending[0]!.resolve();
    await first;
    await tick();
    expect(q.pending).toHaveLength(3);
    q.pending.slice(1).forEach((p) => p.resolve());
    await expect(Promise.all(others)).resolves.toEqual(['ok', 'ok']);
    expect(q.mostAtOnce()).toBe(2);
  });

  it('lets a waiter go first when the first execution fails, and gives the failure to its caller only', async () => {
    const gate = new FirstRunGate();
    const q = controllable();
    const first = gate.run('dyads', q.execute);
    const second = gate.run('dyads', q.execute);
    await tick();
    q.pending[0]!.reject(new Error('timed out'));
    await expect(first).rejects.toThrow('timed out');
    await tick();
    expect(q.pending).toHaveLength(2);
    q.pending[1]!.resolve();
    await expect(second).resolves.toBe('ok');
  });

  it('does not hold back other queries, and holds a query back again after a reset', async () => {
    const gate = new FirstRunGate();
    const q = controllable();
    const a = gate.run('actor', q.execute);
    const b = gate.run('search', q.execute);
    await tick();
    expect(q.pending).toHaveLength(2);
    q.pending.forEach((p) => p.resolve());
    await Promise.all([a, b]);
    gate.reset();
    const again = [gate.run('actor', q.execute), gate.run('actor', q.execute)];
    await tick();
    expect(q.pending).toHaveLength(3);
    q.pending[2]!.resolve();
    await tick();
    await tick();
    q.pending[3]!.resolve();
    await expect(Promise.all(again)).resolves.toEqual(['ok', 'ok']);
  });
});

describe('FirstRunGate with deadlines', () => {
  it('starts the first run detached, lets its caller stop waiting at its deadline, and keeps the run warming', async () => {
    const gate = new FirstRunGate();
    const q = controllable();
    const detached: string[] = [];
    const caller = new AbortController();
    const first = gate.run('paths', q.execute, caller.signal, () => (detached.push('first'), q.execute()));
    const waiter = new AbortController();
    const second = gate.run('paths', q.execute, waiter.signal);
    await tick();
    expect(detached).toEqual(['first']);
    caller.abort();
    waiter.abort();
    await expect(first).rejects.toMatchObject({ reason: 'cancelled' });
    await expect(second).rejects.toMatchObject({ reason: 'cancelled' });
    // The first run still finishes and warms the query: the next caller runs at once.
    q.pending[0]!.resolve();
    await tick();
    const third = gate.run('paths', q.execute);
    await tick();
    expect(q.pending).toHaveLength(2);
    q.pending[1]!.resolve();
    await expect(third).resolves.toBe('ok');
  });
});
