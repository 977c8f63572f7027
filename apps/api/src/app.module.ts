import { ConfigModule, type AppConfig } from '@actorgraph/config';
import { Neo4jModule } from '@actorgraph/neo4j';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
// Registers the domain's GraphQL enums; the one import of it.
import './graph-types/register-graph-enums';
import { enforceQueryLimits } from './common/limits/enforce-query-limits.hook';
import type { GraphQLContext } from './access/graphql-context';
import { RequestLoaders } from './common/loaders/request-loaders';
import { DatabaseBootstrapModule } from './database-bootstrap/database-bootstrap.module';
import { DyadsModule } from './dyads/dyads.module';
import { EgoNetworkModule } from './ego-network/ego-network.module';
import { ExportModule } from './export/export.module';
import { PathsModule } from './paths/paths.module';
import { graphqlErrorFormatter } from './errors/graphql-error-formatter';
import { describeRootTypes } from './schema/describe-root-types';
import { ActorFieldsModule } from './actors/fields/actor-fields.module';
import { ActorsModule } from './actors/actors.module';
import { CentralityModule } from './centrality/centrality.module';
import { InteractionsModule } from './interactions/interactions.module';
import { INTERACTION_KIND_TYPES } from './graph-types/interaction-kind-types';
import { SearchModule } from './search/search.module';
import { ServerModule } from './server/server.module';
import { StatsModule } from './stats/stats.module';
import { ChangesModule } from './changes/changes.module';
import { CurationModule } from './curation/curation.module';
import { AccessModule } from './access/access.module';
import { requestPrincipal } from './access/request-principal';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { LoadDatasetModule } from './load-dataset/load-dataset.module';
import { NoSchemaIntrospectionCustomRule } from 'graphql';

@Module({})
export class AppModule {
  /** The whole API over an already validated configuration. */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        Neo4jModule,
        GraphQLModule.forRoot<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          // Built in memory; `npm run schema:print` writes schema.graphql, and a test checks it has not drifted.
          autoSchemaFile: true,
          sortSchema: true,
          // /graphiql is ours (web-assets/install-web-pages.ts): mercurius's page loads GraphiQL from a CDN.
          graphiql: false,
          errorFormatter: graphqlErrorFormatter,
          transformSchema: describeRootTypes,
          buildSchemaOptions: { orphanedTypes: INTERACTION_KIND_TYPES },
          // The principal was found from the API key by the access hook (access/install-access-control.ts).
          context: (request: object): GraphQLContext => ({
            loaders: new RequestLoaders(),
            principal: requestPrincipal(request),
          }),
          // A fixed list, so mercurius keeps caching validated documents.
          validationRules: config.INTROSPECTION ? [] : [NoSchemaIntrospectionCustomRule],
          // Depth and complexity limits (LIMIT_EXCEEDED), checked before execution with the request's variables.
          hooks: { preExecution: enforceQueryLimits },
          // Compile a query to JavaScript (graphql-jit) from its second run: less per-field overhead when hot.
          jit: 1,
        }),
        ServerModule,
        StatsModule,
        ActorsModule,
        ActorFieldsModule,
        InteractionsModule,
        SearchModule,
        CentralityModule,
        DyadsModule,
        EgoNetworkModule,
        PathsModule,
        ExportModule,
        CurationModule,
        ChangesModule,
        AccessModule,
        ApiKeysModule,
        LoadDatasetModule,
        DatabaseBootstrapModule,
      ],
    };
  }
}
