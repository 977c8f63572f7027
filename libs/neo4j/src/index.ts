export { CypherRegistry, defaultCypherRoot, type CypherQuery } from './cypher-registry';
export { DatabaseError, DatabaseErrorCode, toDatabaseError } from './database-error';
export { MigrationChecksumError, MigrationRunner, type MigrationReport } from './migrations/migration-runner';
export { readMigrationFiles, splitStatements, type MigrationFile } from './migrations/migration-file';
export { Neo4jModule } from './neo4j.module';
export { NEO4J_OPTIONS, Neo4jService, type Neo4jConnectionOptions, type QueryRunner } from './neo4j.service';
export { toNative } from './to-native';
export { int } from 'neo4j-driver';
