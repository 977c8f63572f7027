import { Field, ObjectType } from '@nestjs/graphql';
import { CommunityPartition } from '../models/community-partition.model';

@ObjectType({ description: 'The communities of one time window of communities(window): that window’s network alone.' })
export class CommunityWindow {
  @Field(() => String, { description: "The window's period: '2022' (YEAR) or '2022-03' (MONTH)." })
  period!: string;

  @Field(() => String, { description: 'First day of the window.' })
  from!: string;

  @Field(() => String, { description: 'Last day of the window.' })
  to!: string;

  @Field(() => CommunityPartition, {
    description: 'The Louvain partition of the window’s network, as communities(where: { from, to }) of the window.',
  })
  partition!: CommunityPartition;
}
