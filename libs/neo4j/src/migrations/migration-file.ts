import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One `cypher/migrations/NNN_name.cypher` file. */
export interface MigrationFile {
  readonly version: number;
  readonly name: string;
  readonly checksum: string;
  /** Its statements, split on `;` at the end of a line; each runs in its own transaction. */
  readonly statements: readonly string[];
}

const MIGRATION_NAME = /^(\d{3,})_([a-z0-9_-]+)\.cypher$/;

/** Strips `//` comment lines and splits a migration into statements. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** Reads the migration files in version order; a misnamed or duplicated version is an error. */
export function readMigrationFiles(folder: string): MigrationFile[] {
  const files = readdirSync(folder).filter((name) => name.endsWith('.cypher'));
  const seen = new Map<number, string>();
  const migrations = files.map((file) => {
    const match = MIGRATION_NAME.exec(file);
    if (!match) throw new Error(`Migration file ${file} must be named NNN_name.cypher (e.g. 001_constraints.cypher)`);
    const version = Number(match[1]);
    const previous = seen.get(version);
    if (previous) throw new Error(`Migrations ${previous} and ${file} share version ${version}`);
    seen.set(version, file);
    const text = readFileSync(join(folder, file), 'utf8');
    return {
      version,
      name: match[2] as string,
      checksum: createHash('sha256').update(text).digest('hex'),
      statements: splitStatements(text),
    };
  });
  // By number, not by name: 1000_x comes after 999_y.
  return migrations.sort((a, b) => a.version - b.version);
}
