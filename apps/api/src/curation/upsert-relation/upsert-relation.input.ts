import { RelationType } from '@actorgraph/graph';
import type { RelationDoc } from '@actorgraph/dataset';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { EvidencedRecordInput } from '../dto/evidenced-record.input';

@InputType({ description: 'A standing relation as a dataset file would define it; the same rules apply.' })
export class UpsertRelationInput extends EvidencedRecordInput {
  @Field(() => ID, {
    nullable: true,
    description: 'relation:slug; by default derived from type, subject, object and from, as the loader does.',
  })
  id?: string | null;

  @Field(() => RelationType, { description: 'What the relation is.' })
  type!: RelationType;

  @Field(() => ID, { description: 'Who or what holds it: an actor or place id, or an exact name or alias.' })
  subject!: string;

  @Field(() => ID, { description: 'Whom or what it is held to: an actor or place id, or an exact name or alias.' })
  object!: string;

  @Field(() => String, { nullable: true, description: 'The role held, e.g. "President".' })
  role?: string | null;

  @Field(() => ID, { nullable: true, description: 'REPRESENTS only: the state an envoy is accredited to.' })
  accreditedTo?: string | null;

  @Field(() => Float, { nullable: true, description: 'BORDERS only: length of the border in kilometres.' })
  lengthKm?: number | null;

  @Field(() => String, { nullable: true, description: 'EXPORTS_VIA only: the stated volume.' })
  volume?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the sources state it does not hold.' })
  negated?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Since when it holds: 2025-08-10, 2025-08 or 2025.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Until when it held.' })
  to?: string | null;
}

/** The input in the dataset format the loader validates (type lower-case, absent fields left out). */
export function toRelationDoc(input: UpsertRelationInput): RelationDoc {
  const doc: RelationDoc = {
    type: input.type.toLowerCase(),
    subject: input.subject,
    object: input.object,
    evidence: input.evidence.map(({ source, quote }) => ({ source, quote })),
  };
  if (input.id != null) doc.id = input.id;
  if (input.role != null) doc.role = input.role;
  if (input.accreditedTo != null) doc.accreditedTo = input.accreditedTo;
  if (input.lengthKm != null) doc.lengthKm = input.lengthKm;
  if (input.volume != null) doc.volume = input.volume;
  if (input.negated != null) doc.negated = input.negated;
  if (input.from != null) doc.from = input.from;
  if (input.to != null) doc.to = input.to;
  return doc;
}
