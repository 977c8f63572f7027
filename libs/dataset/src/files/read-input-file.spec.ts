import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDatasetFile } from './dataset-file';
import { fileInput, textInput } from './dataset-input';
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
    const fast = readInputFile(fileInput(path));
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
    expect(readInputFile(fileInput(path)).issues).toEqual(readDatasetFile(path).issues);
    expect(readInputFile(fileInput(path)).issues.length).toBeGreaterThan(0);
    expect(readInputFile(fileInput(path)).file.data).toBeNull();
  });

  it('reads YAML with the YAML reader', () => {
    const path = write('ok.yaml', 'version: 1\nactors: []\n');
    expect(readInputFile(fileInput(path)).file.data).toEqual({ version: 1, actors: [] });
  });

  it('reads content held in memory, naming it as given in every position', () => {
    const text = '{ "version": 1,\n  "actors": [\n    { "id": "state:kazakhstan", "kind": "nation" }\n  ]\n}';
    const read = readInputFile(textInput('content', text, { json: true, dataset: 'upload' }));
    expect(read.file.data).toEqual(JSON.parse(text));
    expect(read.file.issue(['actors', 0, 'kind'], 'unknown kind')).toEqual({
      file: 'content',
      line: 3,
      column: 41,
      path: 'actors[0].kind',
      message: 'unknown kind',
    });
  });

  it('names content held in memory in its syntax errors', () => {
    const read = readInputFile(textInput('content', 'version: 1\nactors: [\n', { json: false, dataset: 'upload' }));
    expect(read.file.data).toBeNull();
    expect(read.issues[0]).toMatchObject({ file: 'content', line: 3 });
  });
});
