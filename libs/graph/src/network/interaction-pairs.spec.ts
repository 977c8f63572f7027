import { interactionPairs } from './interaction-pairs';
import { NetworkMode } from './network-mode';

const { DIRECTED, CO_PARTICIPATION, MENTION } = NetworkMode;

describe('interactionPairs (the pair rule)', () => {
  it('pairs every initiator with every target, actor or place', () => {
    expect(
      interactionPairs({ initiators: ['state:b', 'state:a'], targets: ['place:p', 'state:c'], mentions: [] }),
    ).toEqual([
      { source: 'state:a', target: 'place:p', mode: DIRECTED },
      { source: 'state:a', target: 'state:c', mode: DIRECTED },
      { source: 'state:b', target: 'place:p', mode: DIRECTED },
      { source: 'state:b', target: 'state:c', mode: DIRECTED },
    ]);
  });

  it('pairs co-initiators of an event without target once, lower id to higher (the Alaska meeting)', () => {
    expect(
      interactionPairs({
        initiators: ['person:vladimir-putin', 'person:donald-trump'],
        targets: [],
        mentions: ['state:russia'],
      }),
    ).toEqual([
      { source: 'person:donald-trump', target: 'person:vladimir-putin', mode: CO_PARTICIPATION },
      { source: 'person:donald-trump', target: 'state:russia', mode: MENTION },
      { source: 'person:vladimir-putin', target: 'state:russia', mode: MENTION },
    ]);
  });

  it('gives no co-participation when the event has a target, and three pairs for three co-initiators', () => {
    expect(interactionPairs({ initiators: ['a:1', 'a:2'], targets: ['a:3'], mentions: [] }).map((p) => p.mode)).toEqual(
      [DIRECTED, DIRECTED],
    );
    expect(interactionPairs({ initiators: ['a:3', 'a:1', 'a:2'], targets: [], mentions: [] })).toEqual([
      { source: 'a:1', target: 'a:2', mode: CO_PARTICIPATION },
      { source: 'a:1', target: 'a:3', mode: CO_PARTICIPATION },
      { source: 'a:2', target: 'a:3', mode: CO_PARTICIPATION },
    ]);
  });

  it('never pairs an endpoint with itself and counts a repeated id once', () => {
    expect(
      interactionPairs({ initiators: ['a:1', 'a:1'], targets: ['a:1', 'a:2', 'a:2'], mentions: ['a:1', 'a:3'] }),
    ).toEqual([
      { source: 'a:1', target: 'a:2', mode: DIRECTED },
      { source: 'a:1', target: 'a:3', mode: MENTION },
    ]);
    expect(interactionPairs({ initiators: ['a:1'], targets: [], mentions: [] })).toEqual([]);
  });

  it('keeps a mentioned target as both a DIRECTED and a MENTION pair', () => {
    expect(interactionPairs({ initiators: ['a:1'], targets: ['a:2'], mentions: ['a:2'] })).toEqual([
      { source: 'a:1', target: 'a:2', mode: DIRECTED },
      { source: 'a:1', target: 'a:2', mode: MENTION },
    ]);
  });
});
