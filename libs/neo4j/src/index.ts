export { CypherRegistry, defaultCypherRoot, type CypherQueries, type CypherQuery } from './cypher-registry';
export { DatabaseError, DatabaseErrorCode, toDatabaseError } from './database-error';
export { MigrationChecksumError, MigrationRunner, type MigrationReport } from './migrations/migration-runner';
export { readMigrationFiles, splitStatements, type MigrationFile } from './migrations/migration-file';
export { Neo4jModule } from './neo4j.module';
export {
  NEO4J_OPTIONS,
  Neo4jService,
  type DatabaseErrorListener,
  type Neo4jConnectionOptions,
  type QueryRunner,
  type SessionStats,
} from './neo4j.service';
export {
  createRequestScope,
  currentRequestScope,
  runInRequestScope,
  type DatabaseLane,
  type RequestScope,
} from './request-scope';
export { GateRefusedError, SessionGate } from './session-gate';
export { toNative } from './to-native';
export { int } from 'neo4j-driver';
