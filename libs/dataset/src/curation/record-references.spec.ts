import { recordReferences, replaceReferences } from './record-references';
import type { RecordInput } from './validate-record';

const interaction: RecordInput = {
  section: 'interactions',
  doc: {
    id: 'interaction:x',
    kind: 'call',
    date: '2025',
    initiators: ['person:old', 'Zelensky'],
    targets: ['state:ukraine'],
    place: 'place:kyiv',
    summary: 'person:old in the summary is not a reference',
    evidence: [{ source: 'source:a', quote: 'words' }],
  },
};

describe('recordReferences', () => {
  it('lists every reference with the field it is in', () => {
    expect(recordReferences(interaction)).toEqual([
      { path: 'initiators[0]', ref: 'person:old' },
      { path: 'initiators[1]', ref: 'Zelensky' },
      { path: 'targets[0]', ref: 'state:ukraine' },
      { path: 'place', ref: 'place:kyiv' },
      { path: 'evidence[0].source', ref: 'source:a' },
    ]);
  });
});

describe('replaceReferences', () => {
  it('replaces references only, leaving text and the input itself alone', () => {
    const replaced = replaceReferences(interaction, new Map([['person:old', 'person:new']]));
    expect(replaced.doc).toEqual({ ...interaction.doc, initiators: ['person:new', 'Zelensky'] });
    expect(interaction.doc).toEqual(expect.objectContaining({ initiators: ['person:old', 'Zelensky'] }));
  });

  it('replaces a relation endpoint', () => {
    const relation: RecordInput = {
      section: 'relations',
      doc: { type: 'leads', subject: 'person:old', object: 'state:x', evidence: [] },
    };
    expect(replaceReferences(relation, new Map([['person:old', 'person:new']])).doc).toEqual(
      expect.objectContaining({ subject: 'person:new', object: 'state:x' }),
    );
  });
});
