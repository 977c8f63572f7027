import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What a load did (or would do) to one section of a dataset.' })
export class SectionLoadCount {
  @Field({ description: 'The section: sources, actors, places, relations or interactions.' })
  section!: string;

  @Field(() => Int, { description: 'Records that were not in the graph.' })
  created!: number;

  @Field(() => Int, { description: 'Records whose content changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Records already stored exactly so (not rewritten).' })
  unchanged!: number;

  @Field(() => [String], { description: 'Up to 20 ids created or updated, so a dry run shows what would change.' })
  changedIds!: string[];
}
