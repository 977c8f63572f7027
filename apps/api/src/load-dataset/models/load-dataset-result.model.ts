import { Field, ObjectType } from '@nestjs/graphql';
import { SectionLoadCount } from './section-load-count.model';

@ObjectType({ description: 'The summary of a dataset load, as `cli load` prints it.' })
export class LoadDatasetResult {
  @Field({ description: 'True when nothing was written: the counts say what a load would do.' })
  dryRun!: boolean;

  @Field(() => [SectionLoadCount], { description: 'Created, updated and unchanged records per section.' })
  sections!: SectionLoadCount[];

  @Field(() => [String], { description: 'Things worth knowing that did not stop the load, as `path: message`.' })
  warnings!: string[];
}
