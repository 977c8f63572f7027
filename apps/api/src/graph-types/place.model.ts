import { PlaceKind } from '@actorgraph/graph';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A city, region, facility, field, sea or pipeline: where events happen and what strikes hit.',
})
export class Place {
  @Field(() => ID, { description: 'Stable id, e.g. "place:almaty".' })
  id!: string;

  @Field(() => PlaceKind, { description: 'What the place is.' })
  kind!: PlaceKind;

  @Field(() => String, { description: 'The name the sources use.' })
  name!: string;

  @Field(() => [String], { description: 'Other names it goes by.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'A short description from the sources.' })
  description!: string | null;
}
