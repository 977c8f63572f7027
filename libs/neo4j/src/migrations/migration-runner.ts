import { Injectable, Logger } from '@nestjs/common';
import { join } from 'node:path';
import { int } from 'neo4j-driver';
import { defaultCypherRoot, type CypherQuery } from '../cypher-registry';
import { Neo4jService } from '../neo4j.service';
import { readMigrationFiles, type MigrationFile } from './migration-file';

export interface MigrationReport {
  readonly applied: string[];
  readonly alreadyApplied: string[];
}

/** Refuses to go on when an applied migration's file no longer matches what was applied. */
export class MigrationChecksumError extends Error {
  constructor(readonly file: string) {
    super(
      `Migration ${file} was already applied but its file has changed since. ` +
        'Applied migrations are immutable: revert the file and add a new migration instead.',
    );
    this.name = 'MigrationChecksumError';
  }
}

const fileName = (m: { version: number; name: string }) => `${String(m.version).padStart(3, '0')}_${m.name}.cypher`;

/** Neo4j's codes for a schema rule (index, constraint) that already exists. */
const SCHEMA_RULE_EXISTS = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
]);

/**
 * Applies `cypher/migrations` in order, recording each as a `:Migration` node
 * with its checksum, so re-runs are no-ops and edited history is refused.
 */
@Injectable()
export class MigrationRunner {
  private readonly logger = new Logger(MigrationRunner.name);
  private readonly listApplied: CypherQuery;
  private readonly recordApplied: CypherQuery;

  constructor(private readonly neo4j: Neo4jService) {
    this.listApplied = neo4j.queries.require('migrations/list-applied');
    this.recordApplied = neo4j.queries.require('migrations/record-applied');
  }

  async migrate(folder = join(defaultCypherRoot(), 'migrations')): Promise<MigrationReport> {
    const files = readMigrationFiles(folder);
    const applied = new Map(
      (await this.neo4j.read<{ version: number; checksum: string }>(this.listApplied)).map((m) => [
        m.version,
        m.checksum,
      ]),
    );
    const report: MigrationReport = { applied: [], alreadyApplied: [] };
    for (const file of files) {
      const checksum = applied.get(file.version);
      if (checksum === file.checksum) {
        report.alreadyApplied.push(fileName(file));
        continue;
      }
      if (checksum !== undefined) throw new MigrationChecksumError(fileName(file));
      await this.apply(file);
      report.applied.push(fileName(file));
    }
    return report;
  }

  private async apply(file: MigrationFile): Promise<void> {
    this.logger.log(`applying migration ${fileName(file)} (${file.statements.length} statements)`);
    // Schema statements cannot share a transaction with writes, so each runs alone; all are idempotent (IF NOT EXISTS).
    for (const text of file.statements) {
      await this.neo4j.write({ name: fileName(file), text }).catch((error: unknown) => {
        // Two API processes starting at once on an empty database run the same file: IF NOT EXISTS does not stop
        // the second from failing on the rule the first has just created, which is the state both wanted.
        if (!SCHEMA_RULE_EXISTS.has(String((error as { cause?: { code?: unknown } }).cause?.code))) throw error;
        this.logger.log(`${fileName(file)}: created meanwhile by another process`);
      });
    }
    await this.neo4j.write(this.recordApplied, {
      version: int(file.version),
      name: file.name,
      checksum: file.checksum,
    });
  }
}
