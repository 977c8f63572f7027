import { NetworkLevel, NetworkMode } from '@actorgraph/graph';
import type { InteractionFacts } from './interaction-facts';
import { BucketAggregate, interactionBuckets } from './network-buckets';
import { compareBuckets } from './network-checker';

const facts = (overrides: Partial<InteractionFacts> = {}): InteractionFacts => ({
  id: 'interaction:a',
  kind: 'CALL',
  dataset: 'curation',
  date: '2025-08-10',
  dateStart: '2025-08-10',
  dateEnd: '2025-08-10',
  initiators: ['person:a'],
  targets: ['person:b'],
  mentions: [],
  ...overrides,
});

describe('interaction buckets', () => {
  it('gives three levels per pair with the periods of the span', () => {
    const buckets = interactionBuckets(facts({ date: '2025', dateStart: '2025-01-01', dateEnd: '2025-12-31' }));
    expect(buckets.map((b) => [b.level, b.source, b.target, b.mode, b.start, b.end, b.count, b.quad1])).toEqual([
      [NetworkLevel.INTERACTED, 'person:a', 'person:b', NetworkMode.DIRECTED, null, null, 1, 1],
      [NetworkLevel.INTERACTED_YEAR, 'person:a', 'person:b', NetworkMode.DIRECTED, '2025', '2025', 1, 1],
      [NetworkLevel.INTERACTED_MONTH, 'person:a', 'person:b', NetworkMode.DIRECTED, '2025-01', '2025-12', 1, 1],
    ]);
  });

  it('aggregates counts, quad classes, Goldstein and first/last per relationship', () => {
    const aggregate = new BucketAggregate()
      .addInteraction(facts({ id: 'i:1', goldstein: 2.5, quadClass: 2 }))
      .addInteraction(facts({ id: 'i:2', date: '2025-08', dateStart: '2025-08-01', dateEnd: '2025-08-31' }))
      .addInteraction(facts({ id: 'i:3', kind: 'STRIKE', intensity: -10 }));
    const totals = aggregate.values().filter((b) => b.level === NetworkLevel.INTERACTED);
    expect(totals.map((b) => [b.kind, b.count, b.quad1, b.quad2, b.quad4, b.goldsteinSum, b.goldsteinCount])).toEqual([
      ['CALL', 2, 1, 1, 0, 2.5, 1],
      ['STRIKE', 1, 0, 0, 1, -10, 1],
    ]);
    const call = totals[0]!;
    expect([call.firstKey, call.lastKey]).toEqual([
      '2025-08-01 2025-08-31 2025-08',
      '2025-08-10 2025-08-10 2025-08-10',
    ]);
  });

  it('compares stored relationships with the scan, naming each difference', () => {
    const expected = new BucketAggregate().addInteraction(facts()).values();
    const stored = expected.map((b) => ({ ...b, first: '2025-08-10', last: '2025-08-10' }));
    expect(compareBuckets(expected, stored)).toEqual([]);
    stored[0]!.count = 2;
    stored[1]!.goldsteinSum = 1e-12;
    const differences = compareBuckets(expected, [...stored.slice(0, 2), { ...stored[2]!, target: 'person:c' }]);
    expect(differences.map((d) => d.kind)).toEqual(['different', 'missing', 'unexpected']);
    expect(differences[0]!.detail).toBe('count: expected 1, stored 2');
  });
});
