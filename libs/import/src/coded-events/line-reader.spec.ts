import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputFileError } from '@actorgraph/dataset';
import { checkGdeltEvents, checkIcewsEvents } from './input-formats';
import { openLines } from './line-reader';

const fixtures = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'import');

async function readAll(path: string): Promise<string[]> {
  const source = await openLines(path);
  const lines: string[] = [];
  for await (const line of source.lines) lines.push(line.text);
  return lines;
}

describe('reading an input file line by line', () => {
  it('reads the file inside a zipped GDELT export as the plain file', async () => {
    const plain = readFileSync(join(fixtures, 'gdelt-small.tsv'), 'utf8').split('\n').slice(0, -1);
    expect(await readAll(join(fixtures, 'gdelt-small.export.CSV.zip'))).toEqual(plain);
  });

  it('numbers lines from 1 and reports bytes read against the total', async () => {
    const source = await openLines(join(fixtures, 'icews-small.tsv'));
    const seen: [number, boolean][] = [];
    for await (const line of source.lines) seen.push([line.lineNumber, line.bytesRead <= source.totalBytes]);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [n, true]));
  });

  it('fails with an InputFileError naming a file that does not exist', async () => {
    await expect(openLines(join(fixtures, 'nope.tsv'))).rejects.toBeInstanceOf(InputFileError);
  });
});

describe('telling formats apart before anything is written', () => {
  it('knows the layout of a GDELT file, zipped or not', async () => {
    expect(await checkGdeltEvents(join(fixtures, 'gdelt-small.tsv'))).toBe('gdelt2');
    expect(await checkGdeltEvents(join(fixtures, 'gdelt-small.export.CSV.zip'))).toBe('gdelt2');
    expect(await checkGdeltEvents(join(fixtures, 'gdelt1-small.tsv'))).toBe('gdelt1-url');
  });

  it('names the command to use when a file of the other format is given', async () => {
    await expect(checkGdeltEvents(join(fixtures, 'gdelt-small.mentions.tsv'))).rejects.toThrow(
      'it looks like a GDELT Mentions file (pass it with `--mentions`)',
    );
    await expect(checkIcewsEvents(join(fixtures, 'gdelt-small.tsv'))).rejects.toThrow(
      'it looks like a GDELT events export (use `import gdelt`)',
    );
    // The header CSV researchers get from BigQuery or gdeltPyR, which `import gdelt` refused without a hint.
    const headerCsv = join(fixtures, '..', 'table', 'gdelt-header.csv');
    await expect(checkGdeltEvents(headerCsv)).rejects.toThrow('(use `import table --preset gdelt`)');
  });
});
