import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDatasetFile } from './dataset-file';
import { readInputFile } from './read-input-file';

describe('readInputFile', () => {
  let folder: string;
  const write = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'read-input-file-'));
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads JSON to the same data and positions as the YAML reader', () => {
    const doc = {
      version: 1,
      actors: [{ id: 'state:kazakhstan', kind: 'state', name: 'Kazakhstan', aliases: ['KZ'] }],
    };
    const path = write('ok.json', JSON.stringify(doc, null, 2));
    const fast = readInputFile(path);
    const slow = readDatasetFile(path);
    expect(fast.issues).toEqual([]);
    expect(fast.file.data).toEqual(slow.file.data);
    for (const at of [
      ['actors', 0, 'name'],
      ['actors', 0, 'aliases', 0],
      ['actors', 3],
    ])
      expect(fast.file.locate(at)).toEqual(slow.file.locate(at));
    expect(fast.file.issue(['actors', 0, 'kind'], 'x')).toEqual(slow.file.issue(['actors', 0, 'kind'], 'x'));
  });

  it('reports JSON syntax errors as the YAML reader does', () => {
    const path = write('broken.json', '{ "version": 1,\n  "actors": [ }');
    expect(readInputFile(path).issues).toEqual(readDatasetFile(path).issues);
    expect(readInputFile(path).issues.length).toBeGreaterThan(0);
    expect(readInputFile(path).file.data).toBeNull();
  });

  it('reads YAML with the YAML reader', () => {
    const path = write('ok.yaml', 'version: 1\nactors: []\n');
    expect(readInputFile(path).file.data).toEqual({ version: 1, actors: [] });
  });
});
