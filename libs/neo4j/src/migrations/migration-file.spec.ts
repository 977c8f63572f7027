import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMigrationFiles, splitStatements } from './migration-file';

describe('splitStatements', () => {
  it('splits statements that end with a semicolon at the end of a line', () => {
    expect(
      splitStatements(
        'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n',
      ),
    ).toEqual(['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)', 'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)']);
  });

  it('drops // comment lines, indented or not', () => {
    expect(splitStatements('// header\n  // indented note\nRETURN 1;\n// trailing\n')).toEqual(['RETURN 1']);
  });

  it('keeps a statement that spans several lines as one statement', () => {
    expect(
      splitStatements('CREATE FULLTEXT INDEX f IF NOT EXISTS\nFOR (n:A) ON EACH [n.name]\nOPTIONS {};\nRETURN 2;'),
    ).toEqual(['CREATE FULLTEXT INDEX f IF NOT EXISTS\nFOR (n:A) ON EACH [n.name]\nOPTIONS {}', 'RETURN 2']);
  });

  it('does not split on a semicolon inside a line', () => {
    expect(splitStatements("RETURN 'a;b' AS text;\nRETURN 3;")).toEqual(["RETURN 'a;b' AS text", 'RETURN 3']);
  });

  it('splits when the semicolon is followed only by spaces', () => {
    expect(splitStatements('RETURN 1;   \nRETURN 2;\t\n')).toEqual(['RETURN 1', 'RETURN 2']);
  });

  it('takes a last statement without a semicolon', () => {
    expect(splitStatements('RETURN 1;\nRETURN 2')).toEqual(['RETURN 1', 'RETURN 2']);
  });

  it('handles Windows line endings', () => {
    expect(splitStatements('// note\r\nRETURN 1;\r\nRETURN 2;\r\n')).toEqual(['RETURN 1', 'RETURN 2']);
  });

  it('finds no statements in a file of comments and blank lines', () => {
    expect(splitStatements('// nothing yet\n\n   \n// still nothing\n')).toEqual([]);
    expect(splitStatements('')).toEqual([]);
  });
});

describe('readMigrationFiles', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'actorgraph-migrations-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  const write = (name: string, text: string): void => writeFileSync(join(folder, name), text);

  it('reads the files in version order, with their names and statements', () => {
    write('010_later.cypher', 'RETURN 10;\n');
    write('002_second.cypher', 'RETURN 2;\nRETURN 22;\n');
    write('001_first.cypher', '// the first\nRETURN 1;\n');
    expect(readMigrationFiles(folder).map(({ version, name, statements }) => ({ version, name, statements }))).toEqual([
      { version: 1, name: 'first', statements: ['RETURN 1'] },
      { version: 2, name: 'second', statements: ['RETURN 2', 'RETURN 22'] },
      { version: 10, name: 'later', statements: ['RETURN 10'] },
    ]);
  });

  it('orders by version number, not by the spelling of the file name', () => {
    write('1000_big.cypher', 'RETURN 1000;');
    write('999_small.cypher', 'RETURN 999;');
    expect(readMigrationFiles(folder).map((m) => m.version)).toEqual([999, 1000]);
  });

  it('ignores files that are not .cypher files', () => {
    write('001_first.cypher', 'RETURN 1;');
    write('README.md', '# notes');
    write('001_first.cypher.bak', 'RETURN 0;');
    expect(readMigrationFiles(folder).map((m) => m.name)).toEqual(['first']);
  });

  it('finds nothing in an empty folder', () => {
    expect(readMigrationFiles(folder)).toEqual([]);
  });

  it('gives each file a SHA-256 checksum that changes when its text changes', () => {
    write('001_first.cypher', 'RETURN 1;\n');
    const before = readMigrationFiles(folder)[0]!.checksum;
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(readMigrationFiles(folder)[0]!.checksum).toBe(before);

    write('001_first.cypher', '// edited\nRETURN 1;\n');
    expect(readMigrationFiles(folder)[0]!.checksum).not.toBe(before);
  });

  it('gives files with different text different checksums', () => {
    write('001_a.cypher', 'RETURN 1;');
    write('002_b.cypher', 'RETURN 2;');
    const [a, b] = readMigrationFiles(folder);
    expect(a!.checksum).not.toBe(b!.checksum);
  });

  it.each(['1_too_short.cypher', 'initial.cypher', '001-dash.cypher', '001_Upper.cypher', '001_.cypher'])(
    'rejects the misnamed file %s, naming it and the expected form',
    (file) => {
      write('002_fine.cypher', 'RETURN 2;');
      write(file, 'RETURN 1;');
      expect(() => readMigrationFiles(folder)).toThrow(file);
      expect(() => readMigrationFiles(folder)).toThrow(/NNN_name\.cypher/);
    },
  );

  it('rejects two files with the same version, naming both', () => {
    write('001_first.cypher', 'RETURN 1;');
    write('001_other.cypher', 'RETURN 11;');
    expect(() => readMigrationFiles(folder)).toThrow(
      /001_first\.cypher.*001_other\.cypher|001_other\.cypher.*001_first\.cypher/,
    );
    expect(() => readMigrationFiles(folder)).toThrow(/version 1\b/);
  });

  it('rejects versions that are equal as numbers even when spelled differently', () => {
    write('001_first.cypher', 'RETURN 1;');
    write('0001_again.cypher', 'RETURN 1;');
    expect(() => readMigrationFiles(folder)).toThrow(/0001_again\.cypher/);
  });
});

describe("the project's own migrations (cypher/migrations)", () => {
  const migrations = readMigrationFiles(join(__dirname, '..', '..', '..', '..', 'cypher', 'migrations'));

  it('read cleanly and start at version 1', () => {
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations[0]!.version).toBe(1);
  });

  it('have no gaps between versions', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('each have at least one statement', () => {
    for (const migration of migrations) expect(migration.statements.length).toBeGreaterThan(0);
  });

  it('are idempotent: every statement says IF NOT EXISTS, a DROP says IF EXISTS, or it MERGEs one node', () => {
    const statements = migrations.flatMap((m) =>
      m.statements.map((statement) => `${m.version}_${m.name}: ${statement}`),
    );
    const idempotent = (statement: string) =>
      /\bIF NOT EXISTS\b/i.test(statement) ||
      /^\d+_[a-z0-9_-]+: DROP (INDEX|CONSTRAINT) \w+ IF EXISTS$/i.test(statement) ||
      /^\d+_[a-z0-9_-]+: MERGE \([a-z]+:[A-Za-z]+ \{[^}]*\}\)/.test(statement);
    expect(statements.filter((statement) => !idempotent(statement))).toEqual([]);
  });

  it('contain no leftover comment or semicolon in any statement', () => {
    for (const statement of migrations.flatMap((m) => m.statements)) {
      expect(statement).not.toMatch(/^\s*\/\//m);
      expect(statement).not.toMatch(/;\s*$/);
    }
  });
});
