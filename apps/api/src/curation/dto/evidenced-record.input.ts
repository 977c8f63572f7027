import { Field, InputType } from '@nestjs/graphql';
import { EvidenceInput } from './evidence.input';

/** The fields every evidenced curation input shares (interactions and relations): its evidence and dataset. */
@InputType({ isAbstract: true })
export abstract class EvidencedRecordInput {
  @Field(() => [EvidenceInput], { description: 'At least one source and quote stating it.' })
  evidence!: EvidenceInput[];

  @Field(() => String, {
    nullable: true,
    description: 'Dataset to file it under; by default the one it already has, or "curation".',
  })
  dataset?: string | null;
}
