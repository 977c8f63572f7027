import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'Where a fact is stated: a source already in the graph and a short verbatim quote.' })
export class EvidenceInput {
  @Field(() => ID, { description: 'Id of a stored source, e.g. "source:kazakhstan-ukraine-2025".' })
  source!: string;

  @Field(() => String, { description: 'Verbatim words from the source, 3 to 600 characters.' })
  quote!: string;
}
