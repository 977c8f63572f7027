import { Field, ObjectType } from '@nestjs/graphql';
import { Source } from './source.model';

@ObjectType({ description: 'Why a fact is believed: the source that states it and its own words.' })
export class Evidence {
  @Field(() => Source, { description: 'The document that states the fact.' })
  source!: Source;

  @Field(() => String, { description: 'A short verbatim quote from the source.' })
  quote!: string;
}
