import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Neo4jStatus } from '../../health/models/neo4j-status.model';

@ObjectType({ description: 'This Actorgraph server: its version and the state of its database.' })
export class ServerInfo {
  @Field(() => String, { description: 'Always "actorgraph".' })
  name!: string;

  @Field(() => String, { description: 'Version of the Actorgraph service (from package.json).' })
  version!: string;

  @Field(() => Float, { description: 'Seconds since this process started.' })
  uptimeSeconds!: number;

  @Field(() => Neo4jStatus, { description: 'Whether Neo4j answers, and its version.' })
  neo4j!: Neo4jStatus;
}
