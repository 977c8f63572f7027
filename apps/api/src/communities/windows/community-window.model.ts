import { Field, ObjectType } from '@nestjs/graphql';
import { TimeWindow } from '../../centrality/windows/time-window.model';
import { CommunityPartition } from '../models/community-partition.model';

@ObjectType({ description: 'The communities of one time window of communities(window): that window’s network alone.' })
export class CommunityWindow extends TimeWindow {
  @Field(() => CommunityPartition, {
    description: 'The Louvain partition of the window’s network, as communities(where: { from, to }) of the window.',
  })
  partition!: CommunityPartition;
}
