import { interactionLinks } from './interaction-links';
import type { WriteRow } from './write-rows';

const row = (id: string, overrides: Partial<WriteRow> = {}): WriteRow => ({
  id,
  hash: 'h',
  initiators: [],
  targetActors: [],
  targetPlaces: [],
  mentionActors: [],
  mentionPlaces: [],
  place: null,
  evidence: [],
  ...overrides,
});

describe('interactionLinks', () => {
  it('lists every link of every interaction once, by kind of link', () => {
    const links = interactionLinks([
      row('interaction:a', {
        initiators: ['state:x', 'state:y'],
        targetActors: ['state:z'],
        targetPlaces: ['place:p'],
        mentionActors: ['org:m'],
        mentionPlaces: ['place:q'],
        place: 'place:r',
        evidence: [{ source: 'source:s', quote: 'q1' }],
      }),
      row('interaction:b', { initiators: ['state:x'] }),
    ]);
    expect(links).toEqual({
      initiators: [
        { from: 'interaction:a', to: 'state:x' },
        { from: 'interaction:a', to: 'state:y' },
        { from: 'interaction:b', to: 'state:x' },
      ],
      targetActors: [{ from: 'interaction:a', to: 'state:z' }],
      targetPlaces: [{ from: 'interaction:a', to: 'place:p' }],
      mentionActors: [{ from: 'interaction:a', to: 'org:m' }],
      mentionPlaces: [{ from: 'interaction:a', to: 'place:q' }],
      places: [{ from: 'interaction:a', to: 'place:r' }],
      evidence: [{ from: 'interaction:a', to: 'source:s', quote: 'q1' }],
    });
  });
});
