import { InteractionKind } from '@actorgraph/graph';
import type { InteractionDoc } from '@actorgraph/dataset';
import { Field, ID, InputType } from '@nestjs/graphql';
import { EvidencedRecordInput } from '../dto/evidenced-record.input';

@InputType({ description: 'An interaction as a dataset file would define it; the same rules apply.' })
export class RecordInteractionInput extends EvidencedRecordInput {
  @Field(() => ID, { description: 'interaction:slug; an existing id updates that interaction.' })
  id!: string;

  @Field(() => InteractionKind, { description: 'What happened.' })
  kind!: InteractionKind;

  @Field(() => String, { description: 'When: 2025-08-10, 2025-08 or 2025.' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'For events that span time: when they ended.' })
  until?: string | null;

  @Field(() => [ID], { description: 'Who acted: actor ids or exact names or aliases.' })
  initiators!: string[];

  @Field(() => [ID], { nullable: true, description: 'At whom or what it was directed: actors or places.' })
  targets?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Actors or places it mentions.' })
  mentions?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Where it happened: a place.' })
  place?: string | null;

  @Field(() => String, { description: 'One sentence saying what happened.' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'A stated value, e.g. "more than $2 million".' })
  amount?: string | null;

  @Field(() => String, { nullable: true, description: 'CAMEO event code, when known.' })
  cameo?: string | null;
}

/** The input in the dataset format the loader validates (kind lower-case, absent fields left out). */
export function toInteractionDoc(input: RecordInteractionInput): InteractionDoc {
  const doc: InteractionDoc = {
    id: input.id,
    kind: input.kind.toLowerCase(),
    date: input.date,
    initiators: input.initiators,
    summary: input.summary,
    evidence: input.evidence.map(({ source, quote }) => ({ source, quote })),
  };
  if (input.until != null) doc.until = input.until;
  if (input.targets != null) doc.targets = input.targets;
  if (input.mentions != null) doc.mentions = input.mentions;
  if (input.place != null) doc.place = input.place;
  if (input.amount != null) doc.amount = input.amount;
  if (input.cameo != null) doc.cameo = input.cameo;
  return doc;
}
