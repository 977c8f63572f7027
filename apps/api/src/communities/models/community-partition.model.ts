import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Community } from './community.model';
import { CommunityWindow } from '../windows/community-window.model';

@ObjectType({
  description: 'The who-spoke-to-whom network split into communities: every actor of the network is in exactly one.',
})
export class CommunityPartition {
  @Field(() => Int, { description: 'Actors in the network (each in one community).' })
  actorCount!: number;

  @Field(() => Int, { description: 'Links in the network (one per pair and link mode).' })
  linkCount!: number;

  @Field(() => Int, { description: 'How many communities there are (all of them, whatever `first` returns).' })
  communityCount!: number;

  @Field(() => Float, {
    description: 'Newman–Girvan modularity of the partition (up to 1; above ~0.3 is a clear community structure).',
  })
  modularity!: number;

  @Field(() => [Community], { description: 'The largest communities first, at most `first` of them.' })
  communities!: Community[];

  @Field(() => [CommunityWindow], {
    nullable: true,
    description:
      'With `window`: the partition of each whole month or year, in time order (the fields above are over the whole ' +
      'range). Null without `window`, and inside a window.',
  })
  windows?: CommunityWindow[] | null;
}
