import { Field, Int, ObjectType } from '@nestjs/graphql';
import { KindCount } from './kind-count.model';

@ObjectType({ description: 'How big the graph is.' })
export class Stats {
  @Field(() => Int, { description: 'Actors: people, states and organizations.' })
  actors!: number;

  @Field(() => Int, { description: 'Places: cities, regions, facilities, fields, seas.' })
  places!: number;

  @Field(() => Int, { description: 'Interactions (events) of every kind.' })
  interactions!: number;

  @Field(() => Int, { description: 'Sources that evidence the facts.' })
  sources!: number;

  @Field(() => Int, { description: 'Standing relations (leads, represents, borders…).' })
  relations!: number;

  @Field(() => [KindCount], { description: 'Interactions per kind, most frequent first.' })
  byKind!: KindCount[];
}
