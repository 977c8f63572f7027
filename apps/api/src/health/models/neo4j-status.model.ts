import { Field, ObjectType } from '@nestjs/graphql';

export enum DatabaseStatus {
  UP = 'UP',
  DOWN = 'DOWN',
}

@ObjectType({ description: 'The Neo4j server behind the API, as seen at the moment of the request.' })
export class Neo4jStatus {
  @Field(() => DatabaseStatus, { description: 'UP when Neo4j answered this request, DOWN otherwise.' })
  status!: DatabaseStatus;

  @Field(() => String, { nullable: true, description: 'Neo4j server version, e.g. "Neo4j/5.26.30"; null when down.' })
  version!: string | null;

  @Field(() => String, { description: 'Name of the Neo4j database the API reads and writes.' })
  database!: string;

  @Field(() => String, { nullable: true, description: 'Why Neo4j is DOWN; null when UP.' })
  reason!: string | null;
}
