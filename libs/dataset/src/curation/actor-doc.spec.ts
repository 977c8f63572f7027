import { ActorKind, RecognitionStatus } from '@actorgraph/graph';
import { actorDoc, withAliases, withEvidence } from './actor-doc';
import { validateRecord } from './validate-record';

describe('actorDoc: a stored actor back in the dataset format', () => {
  it('round-trips through the loader rules to the same record', () => {
    const doc = {
      id: 'state:donetsk-peoples-republic',
      kind: 'state' as const,
      name: "Donetsk People's Republic",
      aliases: ['DPR'],
      recognition: 'disputed' as const,
      evidence: [{ source: 'source:a', quote: 'the DPR' }],
    };
    const known = [{ id: 'source:a', type: 'source' as const, kind: 'source', names: [] }];
    const first = validateRecord({ section: 'actors', doc }, 'some-dataset', known);
    if (!first.ok) throw new Error('expected a valid actor');
    const again = validateRecord(
      { section: 'actors', doc: actorDoc(first.record as Parameters<typeof actorDoc>[0]) },
      'some-dataset',
      known,
    );
    expect(again).toEqual(first);
  });

  it('leaves out what is null and what a state has by default', () => {
    expect(
      actorDoc({
        id: 'state:x',
        kind: ActorKind.STATE,
        name: 'X',
        recognition: RecognitionStatus.RECOGNIZED,
        iso3: null,
      }),
    ).toEqual({ id: 'state:x', kind: 'state', name: 'X', aliases: [] });
  });
});

describe('withAliases and withEvidence', () => {
  const doc = { id: 'person:a', kind: 'person' as const, name: 'Sánchez', aliases: ['Pedro'] };

  it('adds only names that do not already name the actor, case and accents ignored', () => {
    expect(withAliases(doc, ['SANCHEZ', 'pedro', 'P. Sánchez', 'p sanchez']).aliases).toEqual(['Pedro', 'P. Sánchez']);
  });

  it('returns the same doc when nothing is new', () => {
    expect(withAliases(doc, ['sanchez'])).toBe(doc);
  });

  it('keeps each piece of evidence once', () => {
    const e = { source: 'source:a', quote: 'words' };
    expect(withEvidence({ ...doc, evidence: [e] }, [e, { ...e, quote: 'other' }]).evidence).toEqual([
      e,
      { ...e, quote: 'other' },
    ]);
  });
});
