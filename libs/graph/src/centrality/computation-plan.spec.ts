import { COMPUTATION_LIMITS, planComputation } from './computation-plan';

describe('planComputation', () => {
  it('runs small networks exactly, betweenness included', () => {
    const outcome = planComputation('BETWEENNESS', { nodes: 1000, links: 5000 });
    expect(outcome).toMatchObject({ ok: true, plan: { method: 'exact', pivots: null } });
  });

  it('samples betweenness when exact would take too long, with as many pivots as the budget allows', () => {
    const outcome = planComputation('BETWEENNESS', { nodes: 20_000, links: 150_000 });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.plan.method).toBe('sampled');
    expect(outcome.plan.pivots).toBeGreaterThanOrEqual(COMPUTATION_LIMITS.minPivots);
    expect(outcome.plan.estimatedMs).toBeLessThanOrEqual(COMPUTATION_LIMITS.sampledBetweennessMs);
  });

  it('refuses betweenness when even the smallest sample is too slow, with a hint', () => {
    const outcome = planComputation('BETWEENNESS', { nodes: 500_000, links: 1_400_000 });
    expect(outcome).toMatchObject({ ok: false, hint: expect.stringContaining('narrow') });
  });

  it('refuses any computation over more links than a worker may hold', () => {
    for (const computation of ['DEGREE', 'PAGERANK', 'COMMUNITIES'] as const) {
      const outcome = planComputation(computation, { nodes: 10, links: COMPUTATION_LIMITS.maxLinks + 1 });
      expect(outcome.ok).toBe(false);
    }
  });

  it('charges more for more work', () => {
    const cost = (links: number) => {
      const outcome = planComputation('PAGERANK', { nodes: links / 5, links });
      return outcome.ok ? outcome.plan.estimatedMs : Infinity;
    };
    expect(cost(1000)).toBeLessThan(cost(100_000));
  });
});
