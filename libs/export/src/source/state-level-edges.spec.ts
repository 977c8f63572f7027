import { NetworkMode, type StateFacts } from '@actorgraph/graph';
import { codedStates, StateEdgeSums, stateEndpoint, type StatePairsRow } from './state-level-edges';

const facts = new Map<string, StateFacts>(
  (
    [
      { id: 'person:tokayev', kind: 'PERSON', affiliations: [lead('state:kazakhstan')] },
      { id: 'org:kz-mfa', kind: 'ORGANIZATION', affiliations: [partOf('state:kazakhstan')] },
      { id: 'person:zelenskyy', kind: 'PERSON', affiliations: [lead('state:ukraine')] },
      {
        id: 'person:envoy',
        kind: 'PERSON',
        affiliations: [{ type: 'REPRESENTS', stateId: 'state:ukraine', validFrom: null, validTo: '2022-12-31' }],
      },
      { id: 'org:gdelt-ukr', kind: 'ORGANIZATION', affiliations: [], countryCode: 'UKR' },
      { id: 'org:gdelt-fra', kind: 'ORGANIZATION', affiliations: [], countryCode: 'FRA' },
    ] satisfies StateFacts[]
  ).map((f) => [f.id, f]),
);

function lead(stateId: string): StateFacts['affiliations'][number] {
  return { type: 'LEADS', stateId, validFrom: null, validTo: null };
}
function partOf(stateId: string): StateFacts['affiliations'][number] {
  return { type: 'PART_OF', stateId, validFrom: null, validTo: null };
}

function interaction(id: string, day: string, pairs: [string, string, NetworkMode][], evidence = 1): StatePairsRow {
  return {
    id,
    kind: 'CALL',
    date: day,
    dateStart: day,
    dateEnd: day,
    dataset: 'test',
    evidenceCount: evidence,
    pairs: pairs.map(([source, target, mode]) => ({ source, target, mode })),
  };
}

describe('STATE-level export edges', () => {
  const endpoint = stateEndpoint(facts, new Set(['state:ukraine', 'state:kazakhstan']));

  it('counts one interaction of a president and his ministry once per state pair, drops pairs inside a state', () => {
    const sums = new StateEdgeSums(endpoint, 50, 500);
    sums.add(
      interaction('i1', '2025-08-10', [
        ['person:tokayev', 'person:zelenskyy', NetworkMode.DIRECTED],
        ['org:kz-mfa', 'person:zelenskyy', NetworkMode.DIRECTED],
        ['person:tokayev', 'org:kz-mfa', NetworkMode.DIRECTED],
      ]),
    );
    sums.add(interaction('i2', '2025-08-12', [['person:zelenskyy', 'person:tokayev', NetworkMode.DIRECTED]], 2));
    const edges = sums.edges();
    expect(edges.map((e) => [e.id, e.attributes['count']])).toEqual([
      ['DIRECTED:state:kazakhstan->state:ukraine', 1],
      ['DIRECTED:state:ukraine->state:kazakhstan', 1],
    ]);
    expect(edges[1]!.attributes).toMatchObject({ interactionIds: ['i2'], evidenceCount: 2, firstDay: '2025-08-12' });
    expect([...sums.endpoints()].sort()).toEqual(['state:kazakhstan', 'state:ukraine']);
  });

  it('maps at the date of each interaction, keeps places and stateless actors, reorders co-participation', () => {
    const sums = new StateEdgeSums(endpoint, 1, 500);
    sums.add(interaction('i1', '2022-08-01', [['person:envoy', 'person:blogger', NetworkMode.DIRECTED]]));
    sums.add(interaction('i2', '2023-02-01', [['person:envoy', 'person:blogger', NetworkMode.DIRECTED]]));
    sums.add(interaction('i3', '2023-03-01', [['person:zelenskyy', 'place:station', NetworkMode.DIRECTED]]));
    sums.add(interaction('i4', '2023-04-01', [['org:gdelt-ukr', 'person:tokayev', NetworkMode.CO_PARTICIPATION]]));
    sums.add(interaction('i5', '2023-04-02', [['org:gdelt-fra', 'person:tokayev', NetworkMode.CO_PARTICIPATION]]));
    expect(sums.edges().map((e) => e.id)).toEqual([
      // The envoy counts for Ukraine until the end of 2022; France is not a state of this graph.
      'CO_PARTICIPATION:org:gdelt-fra->state:kazakhstan',
      'DIRECTED:person:envoy->person:blogger',
      'CO_PARTICIPATION:state:kazakhstan->state:ukraine',
      'DIRECTED:state:ukraine->person:blogger',
      'DIRECTED:state:ukraine->place:station',
    ]);
  });

  it('sums a pair over many interactions with capped ids and merged spells', () => {
    const sums = new StateEdgeSums(endpoint, 2, 500);
    for (const day of ['2025-01-01', '2025-01-02', '2025-03-01']) {
      sums.add(interaction(`i-${day}`, day, [['person:tokayev', 'person:zelenskyy', NetworkMode.DIRECTED]]));
    }
    const [edge] = sums.edges();
    expect(edge!.attributes).toMatchObject({
      count: 3,
      interactionCount: 3,
      interactionIds: ['i-2025-01-01', 'i-2025-01-02'],
    });
    expect(edge!.spells).toEqual([
      ['2025-01-01', '2025-01-02'],
      ['2025-03-01', '2025-03-01'],
    ]);
  });

  it('keeps merged spells only, and one from first to last day past the cap of distinct spans', () => {
    const days = ['2025-01-01', '2025-01-01', '2025-01-02', '2025-03-01', '2025-05-01'];
    const spellsWithCap = (cap: number) => {
      const sums = new StateEdgeSums(endpoint, 50, cap);
      days.forEach((day, k) =>
        sums.add(interaction(`i${k}`, day, [['person:tokayev', 'person:zelenskyy', NetworkMode.DIRECTED]])),
      );
      return sums.edges()[0]!.spells;
    };
    expect(spellsWithCap(4)).toEqual([
      ['2025-01-01', '2025-01-02'],
      ['2025-03-01', '2025-03-01'],
      ['2025-05-01', '2025-05-01'],
    ]);
    expect(spellsWithCap(3)).toEqual([['2025-01-01', '2025-05-01']]);
  });

  it('names the states coded actors count for', () => {
    expect(codedStates(facts.values()).sort()).toEqual(['state:france', 'state:ukraine']);
  });
});
