import { readDatasetFile } from './dataset-file';
import { unclosedQuoteOffset } from './unclosed-quote';

const UNCLOSED_ON_LINE_5 = [
  'version: 1',
  'dataset: mistakes',
  'actors:',
  '  - id: person:a',
  '    name: "Unclosed',
  '    kind: person',
  '  - id: person:b',
  '    kind: person',
  '    name: B',
  '',
].join('\n');

describe('a quote never closed', () => {
  it('is reported where it opens, not where the parser gave up', () => {
    const { issues } = readDatasetFile('mistakes.yaml', UNCLOSED_ON_LINE_5);
    expect(issues).toEqual([
      {
        file: 'mistakes.yaml',
        line: 5,
        column: 11,
        path: '',
        message: 'YAML syntax: this quoted value is never closed',
      },
    ]);
  });

  it('is found in single quotes too, and closed quotes (with escapes) are not', () => {
    expect(unclosedQuoteOffset("a: 'it''s fine'\nb: \"say \\\"hi\\\"\"\nc: 'open\n")).toBe(35);
    expect(unclosedQuoteOffset('a: "x"\nb: \'y\'\n')).toBeNull();
  });
});
