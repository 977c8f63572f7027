import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@actorgraph/config';
import { CypherRegistry } from './cypher-registry';
import { MigrationRunner } from './migrations/migration-runner';
import { NEO4J_OPTIONS, Neo4jService, type Neo4jConnectionOptions } from './neo4j.service';

/** One driver per process, the query registry and the migration runner. Needs the ConfigModule. */
@Global()
@Module({
  providers: [
    {
      provide: NEO4J_OPTIONS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Neo4jConnectionOptions => ({
        uri: config.NEO4J_URI,
        username: config.NEO4J_USERNAME,
        password: config.NEO4J_PASSWORD,
        database: config.NEO4J_DATABASE,
        transactionTimeoutMs: config.NEO4J_TRANSACTION_TIMEOUT_MS,
        bulkTransactionTimeoutMs: config.NEO4J_BULK_TRANSACTION_TIMEOUT_MS,
        maxSessions: config.NEO4J_MAX_SESSIONS,
        prioritySessions: config.NEO4J_PRIORITY_SESSIONS,
        sessionWaitMs: config.NEO4J_SESSION_WAIT_MS,
      }),
    },
    { provide: CypherRegistry, useFactory: () => new CypherRegistry() },
    Neo4jService,
    MigrationRunner,
  ],
  exports: [Neo4jService, CypherRegistry, MigrationRunner],
})
export class Neo4jModule {}
