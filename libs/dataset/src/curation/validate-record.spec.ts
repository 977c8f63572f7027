import { ActorKind, InteractionKind, RelationType } from '@actorgraph/graph';
import type { KnownRecord } from '../validation/validate-datasets';
import { contentHash } from '../normalize/content-hash';
import { validateRecord } from './validate-record';

const KNOWN: KnownRecord[] = [
  { id: 'person:volodymyr-zelenskyy', type: 'actor', kind: 'person', names: ['Volodymyr Zelenskyy', 'Zelensky'] },
  { id: 'state:ukraine', type: 'actor', kind: 'state', names: ['Ukraine'] },
  { id: 'source:article', type: 'source', kind: 'source', names: [] },
];
const EVIDENCE = [{ source: 'source:article', quote: 'words from the article' }];

describe('validateRecord: one curated record under the loader rules', () => {
  it('normalizes an actor exactly as the loader does, kind as an enum and names folded', () => {
    const result = validateRecord(
      { section: 'actors', doc: { id: 'person:jose-perez', kind: 'person', name: 'José Pérez', aliases: ['Perez'] } },
      'curation',
      KNOWN,
    );
    expect(result).toEqual({
      ok: true,
      record: expect.objectContaining({
        id: 'person:jose-perez',
        kind: ActorKind.PERSON,
        nameKeys: ['jose perez', 'perez'],
        recognition: null,
        dataset: 'curation',
      }),
    });
  });

  it('reports schema problems at the field, relative to the record', () => {
    const result = validateRecord(
      { section: 'actors', doc: { id: 'person:x', kind: 'person', name: 'X', wikidataId: 'nope' } },
      'curation',
      [],
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['wikidataId']);
  });

  it('refuses an id whose prefix contradicts the kind', () => {
    const result = validateRecord(
      { section: 'actors', doc: { id: 'state:jose-perez', kind: 'person', name: 'José Pérez' } },
      'curation',
      [],
    );
    expect(!result.ok && result.issues).toEqual([
      { path: 'id', message: '"state:jose-perez" should start with "person:"' },
    ]);
  });

  it('refuses an alias another stored actor already carries, but not its own names on an update', () => {
    const taken = validateRecord(
      { section: 'actors', doc: { id: 'person:someone', kind: 'person', name: 'Someone', aliases: ['zelensky'] } },
      'curation',
      KNOWN,
    );
    expect(!taken.ok && taken.issues.map((i) => i.path)).toEqual(['aliases[0]']);
    const own = validateRecord(
      {
        section: 'actors',
        doc: { id: 'person:volodymyr-zelenskyy', kind: 'person', name: 'Volodymyr Zelenskyy', aliases: ['Zelensky'] },
      },
      'curation',
      KNOWN,
    );
    expect(own.ok).toBe(true);
  });

  it('resolves interaction references by id or name and keeps the evidence', () => {
    const result = validateRecord(
      {
        section: 'interactions',
        doc: {
          id: 'interaction:2025-01-02-call',
          kind: 'call',
          date: '2025-01',
          initiators: ['Zelensky'],
          targets: ['state:ukraine'],
          summary: 'A call.',
          evidence: EVIDENCE,
        },
      },
      'curation',
      KNOWN,
    );
    expect(result).toEqual({
      ok: true,
      record: expect.objectContaining({
        kind: InteractionKind.CALL,
        initiators: ['person:volodymyr-zelenskyy'],
        targetActors: ['state:ukraine'],
        dateStart: '2025-01-01',
        dateEnd: '2025-01-31',
        evidence: EVIDENCE,
      }),
    });
  });

  it('lists unknown references to look up, and reports impossible dates at their field', () => {
    const result = validateRecord(
      {
        section: 'interactions',
        doc: {
          id: 'interaction:x',
          kind: 'call',
          date: '2025-02-30',
          initiators: ['person:nobody'],
          summary: 'A call.',
          evidence: EVIDENCE,
        },
      },
      'curation',
      KNOWN,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path).sort()).toEqual(['date', 'initiators[0]']);
    expect(!result.ok && result.unresolved).toEqual(['person:nobody']);
  });

  it('derives a relation id as the loader does and checks its endpoints', () => {
    const ok = validateRecord(
      { section: 'relations', doc: { type: 'leads', subject: 'Zelensky', object: 'Ukraine', evidence: EVIDENCE } },
      'curation',
      KNOWN,
    );
    expect(ok.ok && ok.record).toEqual(
      expect.objectContaining({
        id: 'relation:leads:person:volodymyr-zelenskyy:state:ukraine',
        type: RelationType.LEADS,
      }),
    );
    const reversed = validateRecord(
      {
        section: 'relations',
        doc: { type: 'leads', subject: 'state:ukraine', object: 'Zelensky', evidence: EVIDENCE },
      },
      'curation',
      KNOWN,
    );
    expect(!reversed.ok && reversed.issues.map((i) => i.path)).toEqual(['subject', 'object']);
  });

  it('gives the same record, hence the same content hash, for the same input', () => {
    const doc = { id: 'person:a-b', kind: 'person' as const, name: 'A B' };
    const first = validateRecord({ section: 'actors', doc }, 'curation', []);
    const second = validateRecord({ section: 'actors', doc: { ...doc } }, 'curation', []);
    expect(first.ok && second.ok && contentHash(first.record)).toBe(second.ok && contentHash(second.record));
  });
});

describe('validateRecord: names a reference could never match', () => {
  it.each(['   ', '*:*', '😀', 'x\ud800'])('refuses the alias %j', (alias) => {
    const result = validateRecord(
      { section: 'actors', doc: { id: 'person:a-b', kind: 'person', name: 'A B', aliases: [alias] } },
      'curation',
      [],
    );
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['aliases[0]']);
  });
});
