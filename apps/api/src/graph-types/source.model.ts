import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A document that states facts: an article, a report, an event-data file.' })
export class Source {
  @Field(() => ID, { description: 'Stable id, e.g. "source:kazakhstan-ukraine-2025".' })
  id!: string;

  @Field(() => String, { description: 'Title of the document.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Who published it, when known.' })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it can be read, when known.' })
  url!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 8601 date of publication at the precision known (2025-08).',
  })
  publishedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'When the source was loaded with its full text (`text` or `textFile`): "sha256:<hex>" of that text, normalized as ' +
      'quotes are compared. Every quote attributed to such a source, in any later load or curation mutation, must ' +
      'occur in it. Null when no text is stored (quotes are then not checked).',
  })
  textDigest?: string | null;
}
