import { stateAt, stateOfCountryCode, type StateFacts } from './state-level';

const person = (affiliations: StateFacts['affiliations'], more: Partial<StateFacts> = {}): StateFacts => ({
  id: 'person:x',
  kind: 'PERSON',
  affiliations,
  ...more,
});

describe('the state an actor counts for (stateAt)', () => {
  it('keeps a state as itself', () => {
    expect(stateAt({ id: 'state:ukraine', kind: 'STATE', affiliations: [] }, '2025-08-10', '2025-08-10')).toBe(
      'state:ukraine',
    );
  });

  it('counts a president for the state he leads, with no dates meaning always', () => {
    const tokayev = person([{ type: 'LEADS', stateId: 'state:kazakhstan', validFrom: null, validTo: null }]);
    expect(stateAt(tokayev, '2025-08-10', '2025-08-10')).toBe('state:kazakhstan');
  });

  it('counts an envoy for the state he represents only while he does', () => {
    const envoy = person([{ type: 'REPRESENTS', stateId: 'state:ukraine', validFrom: null, validTo: '2022-12-31' }]);
    expect(stateAt(envoy, '2022-08-01', '2022-08-31')).toBe('state:ukraine');
    expect(stateAt(envoy, '2023-01-01', '2023-01-01')).toBe('person:x');
  });

  it('counts a relation that overlaps any day of a month- or year-precision interaction', () => {
    const minister = person([{ type: 'LEADS', stateId: 'state:a', validFrom: '2025-03-15', validTo: null }]);
    expect(stateAt(minister, '2025-03-01', '2025-03-31')).toBe('state:a');
    expect(stateAt(minister, '2025-01-01', '2025-02-28')).toBe('person:x');
  });

  it('prefers leading over representing over part-of over membership over nationality', () => {
    const facts = person([
      { type: 'NATIONAL_OF', stateId: 'state:n', validFrom: null, validTo: null },
      { type: 'MEMBER_OF', stateId: 'state:m', validFrom: null, validTo: null },
      { type: 'REPRESENTS', stateId: 'state:r', validFrom: null, validTo: null },
      { type: 'LEADS', stateId: 'state:l', validFrom: null, validTo: null },
    ]);
    expect(stateAt(facts, '2025-01-01', '2025-01-01')).toBe('state:l');
  });

  it('prefers a direct relation to one through an organization, then the one that began last', () => {
    expect(
      stateAt(
        person([
          { type: 'LEADS', stateId: 'state:via', validFrom: null, validTo: null, indirect: true },
          { type: 'LEADS', stateId: 'state:direct', validFrom: null, validTo: null },
        ]),
        '2025-01-01',
        '2025-01-01',
      ),
    ).toBe('state:direct');
    expect(
      stateAt(
        person([
          { type: 'NATIONAL_OF', stateId: 'state:old', validFrom: '1990-01-01', validTo: null },
          { type: 'NATIONAL_OF', stateId: 'state:new', validFrom: '2020-01-01', validTo: null },
        ]),
        '2025-01-01',
        '2025-01-01',
      ),
    ).toBe('state:new');
  });

  it("falls back to a coded actor's country: GDELT's code, then ICEWS's name", () => {
    expect(stateAt(person([], { countryCode: 'UKR' }), '2025-01-01', '2025-01-01')).toBe('state:ukraine');
    expect(stateAt(person([], { country: 'Russian Federation' }), '2025-01-01', '2025-01-01')).toBe('state:russia');
    expect(stateAt(person([], { countryCode: 'EUR' }), '2025-01-01', '2025-01-01')).toBe('person:x');
    // …only when the graph has that state.
    const known = new Set(['state:ukraine']);
    expect(stateAt(person([], { countryCode: 'UKR' }), '2025-01-01', '2025-01-01', known)).toBe('state:ukraine');
    expect(stateAt(person([], { countryCode: 'VNM' }), '2025-01-01', '2025-01-01', known)).toBe('person:x');
  });

  it('names states as curated data does', () => {
    expect(stateOfCountryCode('KAZ')).toBe('state:kazakhstan');
    expect(stateOfCountryCode(null)).toBeNull();
  });
});
