import { Query, Resolver } from '@nestjs/graphql';
import { DatabaseHealthService } from '../health/database-health.service';
import { ServerInfo } from './models/server-info.model';
import { SERVICE_VERSION } from '@actorgraph/config';

@Resolver(() => ServerInfo)
export class ServerResolver {
  constructor(private readonly health: DatabaseHealthService) {}

  @Query(() => ServerInfo, { description: "This server's version and whether its Neo4j database answers." })
  async server(): Promise<ServerInfo> {
    return {
      name: 'actorgraph',
      version: SERVICE_VERSION,
      uptimeSeconds: Math.round(process.uptime() * 10) / 10,
      neo4j: await this.health.check(),
    };
  }
}
