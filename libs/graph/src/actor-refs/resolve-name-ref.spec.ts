import { nameRefKeys, nameRefProblem, resolveNameRef, type NameRefLookup } from './resolve-name-ref';

describe('resolveNameRef', () => {
  const lookup: NameRefLookup = {
    ids: new Set(['org:kazakhstan-foreign-ministry']),
    byNameKey: new Map([
      ['kazakh foreign ministry', ['org:kazakhstan-foreign-ministry']],
      ['tokayev', ['person:kassym-jomart-tokayev', 'person:another-tokayev']],
    ]),
  };

  it('takes an existing id as it is', () => {
    expect(resolveNameRef('org:kazakhstan-foreign-ministry', lookup)).toEqual({
      ok: true,
      id: 'org:kazakhstan-foreign-ministry',
      by: 'id',
    });
  });

  it('finds a name or alias held by one record, case and punctuation ignored', () => {
    expect(resolveNameRef('Kazakh  Foreign-Ministry', lookup)).toEqual({
      ok: true,
      id: 'org:kazakhstan-foreign-ministry',
      by: 'name',
    });
  });

  it('finds a name written in another script by its Latin spelling', () => {
    const byLatin: NameRefLookup = {
      ids: new Set(),
      byNameKey: new Map([['tokaev', ['person:kassym-jomart-tokayev']]]),
    };
    expect(nameRefKeys('Токаев')).toEqual(['токаев', 'tokaev']);
    expect(resolveNameRef('Токаев', byLatin)).toEqual({ ok: true, id: 'person:kassym-jomart-tokayev', by: 'name' });
  });

  it('calls a name two records hold ambiguous, naming both', () => {
    const resolution = resolveNameRef('Tokayev', lookup);
    expect(resolution).toEqual({
      ok: false,
      reason: 'ambiguous',
      holders: ['person:another-tokayev', 'person:kassym-jomart-tokayev'],
    });
    if (resolution.ok) throw new Error('unreachable');
    expect(nameRefProblem('where.initiators', 'Tokayev', resolution)).toBe(
      'where.initiators: "Tokayev" is ambiguous: it names person:another-tokayev and person:kassym-jomart-tokayev; use an id',
    );
  });

  it('calls anything else unknown, with the closest ids when there are some', () => {
    const resolution = resolveNameRef('Kazak Foreign Ministry', lookup);
    expect(resolution).toEqual({ ok: false, reason: 'unknown' });
    if (resolution.ok) throw new Error('unreachable');
    expect(nameRefProblem('fromId', 'Kazak Foreign Ministry', resolution, ['org:kazakhstan-foreign-ministry'])).toBe(
      'fromId: no actor "Kazak Foreign Ministry" (no id, name or alias); closest: org:kazakhstan-foreign-ministry',
    );
    expect(nameRefProblem('actorId', 'person:nobody', resolution)).toBe('actorId: no actor "person:nobody"');
  });
});
