import { AccessModule } from '@actorgraph/access';
import { ConfigModule, type AppConfig } from '@actorgraph/config';
import { ImportModule } from '@actorgraph/import';
import { IngestModule } from '@actorgraph/ingest';
import { Neo4jModule } from '@actorgraph/neo4j';
import { NetworkModule } from '@actorgraph/network';
import { Module, type DynamicModule } from '@nestjs/common';

/** What the command line needs: configuration, Neo4j, loading, importing, the network projection and API keys; no HTTP server. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), Neo4jModule, IngestModule, ImportModule, NetworkModule, AccessModule],
    };
  }
}
