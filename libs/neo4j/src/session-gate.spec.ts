import { GateRefusedError, SessionGate } from './session-gate';

describe('SessionGate', () => {
  it('gives at most its capacity at once, then serves waiters in order as sessions come back', async () => {
    const gate = new SessionGate(2);
    const first = await gate.acquire(0);
    const second = await gate.acquire(0);
    const order: number[] = [];
    const third = gate.acquire(1_000).then((release) => (order.push(3), release));
    const fourth = gate.acquire(1_000).then((release) => (order.push(4), release));
    expect(gate).toMatchObject({ inUse: 2, waiting: 2 });
    first();
    first(); // twice is once
    (await third)();
    second();
    (await fourth)();
    expect(order).toEqual([3, 4]);
    expect(gate).toMatchObject({ inUse: 0, waiting: 0 });
  });

  it('refuses a wait as busy after its time, and at once when it may not wait', async () => {
    const gate = new SessionGate(1);
    const held = await gate.acquire(0);
    await expect(gate.acquire(0)).rejects.toEqual(new GateRefusedError('busy'));
    await expect(gate.acquire(20)).rejects.toMatchObject({ reason: 'busy' });
    expect(gate.waiting).toBe(0);
    held();
  });

  it('ends a wait as cancelled when its request is aborted', async () => {
    const gate = new SessionGate(1);
    const held = await gate.acquire(0);
    const controller = new AbortController();
    const waiting = gate.acquire(60_000, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ reason: 'cancelled' });
    expect(gate.waiting).toBe(0);
    held();
    expect(gate.inUse).toBe(0);
  });
});
