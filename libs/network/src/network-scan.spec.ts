import { chunkByInitiated } from './network-scan';

const actors = (...initiated: number[]) => initiated.map((n, i) => ({ id: `a${i}`, initiated: n }));

describe("chunkByInitiated (the rebuild's transactions)", () => {
  it('keeps actors in order and fills a chunk up to the budget of initiated interactions', () => {
    expect(chunkByInitiated(actors(3, 4, 3, 5, 1), 10)).toEqual([
      ['a0', 'a1', 'a2'],
      ['a3', 'a4'],
    ]);
  });

  it('gives an actor over the budget a chunk of its own', () => {
    expect(chunkByInitiated(actors(2, 50, 2), 10)).toEqual([['a0'], ['a1'], ['a2']]);
  });

  it('takes actors who initiated nothing without a limit, and gives nothing for no actors', () => {
    expect(chunkByInitiated(actors(0, 0, 0), 10)).toEqual([['a0', 'a1', 'a2']]);
    expect(chunkByInitiated([], 10)).toEqual([]);
  });
});
