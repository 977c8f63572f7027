import { ActorKind, RecognitionStatus } from '@actorgraph/graph';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A person, a state (quasi-states included) or an organization that acts or is acted upon.' })
export class Actor {
  @Field(() => ID, { description: 'Stable id: "person:volodymyr-zelenskyy", "state:kazakhstan", "org:…".' })
  id!: string;

  @Field(() => ActorKind, { description: 'Person, state or organization.' })
  kind!: ActorKind;

  @Field(() => String, { description: 'The name the actor is best known by.' })
  name!: string;

  @Field(() => [String], {
    description: 'Other names and spellings (Zelensky, Zelenskiy…); each resolves to this actor.',
  })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'A short description from the sources.' })
  description!: string | null;

  @Field(() => RecognitionStatus, { nullable: true, description: 'States only: RECOGNIZED or DISPUTED.' })
  recognition!: RecognitionStatus | null;

  @Field(() => String, { nullable: true, description: 'Wikidata item id (Q…), when known.' })
  wikidataId!: string | null;

  @Field(() => String, { nullable: true, description: 'States only: ISO 3166-1 alpha-3 code.' })
  iso3!: string | null;
}
