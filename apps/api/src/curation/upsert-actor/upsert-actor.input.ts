import { ActorKind, RecognitionStatus } from '@actorgraph/graph';
import type { ActorDoc } from '@actorgraph/dataset';
import { Field, ID, InputType } from '@nestjs/graphql';
import { EvidenceInput } from '../dto/evidence.input';

@InputType({ description: 'An actor as a dataset file would define it; the same rules apply.' })
export class UpsertActorInput {
  @Field(() => ID, { description: 'person:slug, state:slug or org:slug; the prefix must match the kind.' })
  id!: string;

  @Field(() => ActorKind, { description: 'Person, state or organization.' })
  kind!: ActorKind;

  @Field(() => String, { description: 'The name the actor is best known by; no other actor may carry it.' })
  name!: string;

  @Field(() => [String], { nullable: true, description: 'Other names and spellings; no other actor may carry them.' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A short description.' })
  description?: string | null;

  @Field(() => RecognitionStatus, { nullable: true, description: 'States only: DISPUTED for quasi-states.' })
  recognition?: RecognitionStatus | null;

  @Field(() => String, { nullable: true, description: 'Wikidata item id, e.g. "Q3874799".' })
  wikidataId?: string | null;

  @Field(() => String, { nullable: true, description: 'States only: ISO 3166-1 alpha-3 code, e.g. "UKR".' })
  iso3?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Where the facts about the actor are stated.' })
  evidence?: EvidenceInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Dataset to file the actor under; by default the one it already has, or "curation".',
  })
  dataset?: string | null;
}

/** The input in the dataset format the loader validates (kinds lower-case, absent fields left out). */
export function toActorDoc(input: UpsertActorInput): ActorDoc {
  const doc: ActorDoc = { id: input.id, kind: input.kind.toLowerCase() as ActorDoc['kind'], name: input.name };
  if (input.aliases != null) doc.aliases = input.aliases;
  if (input.description != null) doc.description = input.description;
  if (input.recognition != null) doc.recognition = input.recognition.toLowerCase() as ActorDoc['recognition'];
  if (input.wikidataId != null) doc.wikidataId = input.wikidataId;
  if (input.iso3 != null) doc.iso3 = input.iso3;
  if (input.evidence != null) doc.evidence = input.evidence.map(({ source, quote }) => ({ source, quote }));
  return doc;
}
