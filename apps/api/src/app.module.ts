import { ConfigModule, type AppConfig } from '@actorgraph/config';
import { Neo4jModule } from '@actorgraph/neo4j';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
// Registers every GraphQL enum; the one import of it.
import './schema/graphql-enums';
import type { GraphQLContext } from './access/graphql-context';
import { RequestLoaders } from './common/loaders/request-loaders';
import { DatabaseBootstrapModule } from './database-bootstrap/database-bootstrap.module';
import { DyadsModule } from './dyads/dyads.module';
import { EgoNetworkModule } from './ego-network/ego-network.module';
import { ExportModule } from './export/export.module';
import { PathsModule } from './paths/paths.module';
import { graphqlErrorFormatter } from './errors/graphql-error-formatter';
import { describeRootTypes } from './schema/describe-root-types';
import { nullableRootQueryFields } from './schema/nullable-root-fields';
import { ActorFieldsModule } from './actors/fields/actor-fields.module';
import { ActorsModule } from './actors/actors.module';
import { CentralityModule } from './centrality/centrality.module';
import { CommunitiesModule } from './communities/communities.module';
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
import { CostModule } from './cost/cost.module';
import { chargeQueryCost, checkQuerySource, limitValidationRules } from './cost/graphql-limits';
import { HeavyRequests } from './isolation/heavy-requests';
import { MetricsModule } from './metrics/metrics.module';
import { ActorRefsModule } from './actor-refs/actor-refs.module';
import { SubscriptionAccess } from './access/subscription-access';
import { InteractionRecordedModule } from './interaction-recorded/interaction-recorded.module';

@Module({})
export class AppModule {
  /** The whole API over an already validated configuration. */
  static forRoot(config: AppConfig): DynamicModule {
    const ledger = CostModule.createLedger(config);
    const heavy = new HeavyRequests(config.HEAVY_REQUESTS_AT_ONCE);
    const subscriptionAccess = new SubscriptionAccess();
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        Neo4jModule,
        CostModule.forRoot(ledger, heavy),
        MetricsModule,
        GraphQLModule.forRoot<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          // Built in memory; `npm run schema:print` writes schema.graphql, and a test checks it has not drifted.
          autoSchemaFile: true,
          sortSchema: true,
          // /graphiql is ours (web-assets/install-web-pages.ts): mercurius's page loads GraphiQL from a CDN.
          graphiql: false,
          errorFormatter: graphqlErrorFormatter,
          // Described roots; nullable root query fields, so one failing field does not null the whole answer.
          transformSchema: (schema) => nullableRootQueryFields(describeRootTypes(schema)),
          buildSchemaOptions: { orphanedTypes: INTERACTION_KIND_TYPES },
          // The principal was found from the API key by the access hook (access/install-access-control.ts).
          context: (request: object): GraphQLContext => ({
            loaders: new RequestLoaders(),
            principal: requestPrincipal(request),
          }),
          // A fixed list, so mercurius keeps caching validated documents: depth (linear), aliases, introspection.
          validationRules: limitValidationRules(config.INTROSPECTION),
          // Token and nesting caps before parsing; the cost (LIMIT_EXCEEDED over budget, charged to the client's
          // allowance) and a heavy request's turn before execution, with the request's variables (cost/graphql-limits.ts).
          hooks: { preParsing: checkQuerySource, preExecution: chargeQueryCost(ledger, heavy) },
          // A cross-site form or text/plain POST is refused: JSON bodies only (or a header no form can send).
          csrfPrevention: {
            allowedContentTypes: ['application/json', 'application/graphql-response+json'],
            // sec-websocket-key: the WebSocket upgrade of a subscription (a GET on this route). No page can set a Sec-
            // header on a request, and a socket carries no ambient credentials: its key comes in connection_init.
            requiredHeaders: ['x-mercurius-operation-name', 'mercurius-require-preflight', 'sec-websocket-key'],
          },
          // No graphql-jit: its compiled queries coerce variables differently from graphql-js (an input object's field
          // defaults are not applied, so `links: $links` with only `mentions` set failed from the second run on).
          jit: 0,
          // Interceptors run on field resolvers too, so nested filters speak names (actor-refs/actor-refs.interceptor.ts).
          fieldResolverEnhancers: ['interceptors'],
          // Subscriptions over WebSocket at /graphql (graphql-ws), fed from the change log (changes/live/change-feed.ts).
          subscription: subscriptionAccess.options(),
        }),
        ServerModule,
        StatsModule,
        ActorRefsModule,
        ActorsModule,
        ActorFieldsModule,
        InteractionsModule,
        SearchModule,
        CentralityModule,
        CommunitiesModule,
        DyadsModule,
        EgoNetworkModule,
        PathsModule,
        ExportModule,
        CurationModule,
        ChangesModule,
        InteractionRecordedModule,
        AccessModule,
        ApiKeysModule,
        LoadDatasetModule,
        DatabaseBootstrapModule,
      ],
      providers: [{ provide: SubscriptionAccess, useValue: subscriptionAccess }],
    };
  }
}
