import { ReusedAnswers } from './reused-answers';

describe('ReusedAnswers', () => {
  it('reads once per version and key, and again once the version changes', async () => {
    const answers = new ReusedAnswers();
    let reads = 0;
    const read = () => Promise.resolve(++reads);
    expect(await answers.get('1', 'top dyads', read)).toBe(1);
    expect(await answers.get('1', 'top dyads', read)).toBe(1);
    expect(await answers.get('1', 'counterparts', read)).toBe(2);
    expect(await answers.get('2', 'top dyads', read)).toBe(3);
    // The older version's answers are gone: a request of that version reads again.
    expect(await answers.get('1', 'top dyads', read)).toBe(4);
    expect(answers.stats).toEqual({ hits: 1, misses: 4, entries: 1 });
  });

  it('keeps no failed read', async () => {
    const answers = new ReusedAnswers();
    await expect(answers.get('1', 'k', () => Promise.reject(new Error('timeout')))).rejects.toThrow('timeout');
    expect(await answers.get('1', 'k', () => Promise.resolve('answer'))).toBe('answer');
  });

  it('does not keep an answer read while a newer version was seen', async () => {
    const answers = new ReusedAnswers();
    let release: (v: string) => void = () => undefined;
    const slow = answers.get('1', 'k', () => new Promise<string>((done) => (release = done)));
    await answers.get('2', 'other', () => Promise.resolve('new'));
    release('old');
    expect(await slow).toBe('old');
    expect(await answers.get('1', 'k', () => Promise.resolve('again'))).toBe('again');
  });

  it('keeps at most maxEntries, the least recently used out first', async () => {
    const answers = new ReusedAnswers(2);
    await answers.get('1', 'a', () => Promise.resolve('a'));
    await answers.get('1', 'b', () => Promise.resolve('b'));
    await answers.get('1', 'a', () => Promise.resolve('a2'));
    await answers.get('1', 'c', () => Promise.resolve('c'));
    expect(await answers.get('1', 'a', () => Promise.resolve('a3'))).toBe('a');
    expect(await answers.get('1', 'b', () => Promise.resolve('b2'))).toBe('b2');
  });

  it('lets a read asked again while running be awaited, and a waiter read for itself when it fails', async () => {
    const answers = new ReusedAnswers();
    let reads = 0;
    let release: (v: number) => void = () => undefined;
    const first = answers.get('1', 'k', () => new Promise<number>((done) => (release = done)));
    const second = answers.get('1', 'k', () => Promise.resolve(++reads));
    release(42);
    expect(await Promise.all([first, second])).toEqual([42, 42]);
    expect(reads).toBe(0);
    let fail: (e: Error) => void = () => undefined;
    const failing = answers.get('1', 'j', () => new Promise<number>((_, reject) => (fail = reject)));
    const waiter = answers.get('1', 'j', () => Promise.resolve(7));
    fail(new Error('deadline'));
    await expect(failing).rejects.toThrow('deadline');
    expect(await waiter).toBe(7);
  });
});
