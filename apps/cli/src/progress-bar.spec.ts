import { PassThrough } from 'node:stream';
import { LOG_LINE_EVERY_MS, progressBar } from './progress-bar';

describe('progressBar into a log (no terminal)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('writes a plain line when it starts, one per interval while it runs, and the last when it stops', () => {
    const log = new PassThrough(); // no isTTY: what a CI log or `> file` gives the command
    let written = '';
    log.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const bar = progressBar('rebuild [{bar}] {value}/{total} actors', 0, log);

    bar.update(0, 300);
    bar.update(100, 300);
    jest.advanceTimersByTime(LOG_LINE_EVERY_MS);
    bar.update(250, 300);
    jest.advanceTimersByTime(LOG_LINE_EVERY_MS);
    bar.update(300, 300);
    bar.stop();

    const lines = written.split('\n').filter(Boolean);
    expect(lines.map((line) => line.replace(/\[.*\]/, '[…]'))).toEqual([
      'rebuild […] 0/300 actors',
      'rebuild […] 100/300 actors',
      'rebuild […] 250/300 actors',
      'rebuild […] 300/300 actors',
    ]);
    expect(written).not.toContain('\u001b'); // no cursor escapes in a log
  });
});
