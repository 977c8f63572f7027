import { ArgsType, Field, Int } from '@nestjs/graphql';
import { pageSize } from '../limits/limits';
import { offsetAfter } from './cursor';

/** `first` and `after`, the paging arguments of every connection field (`actors`, `interactions`, `changes`…). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size: 1 to 500, 50 by default.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor from a previous page: start after it.' })
  after?: string | null;
}

/** The page `args` ask for: the offset to start from and its size, checked against the limits. */
export function pageOf(args: PageArgs): { offset: number; first: number } {
  return { offset: offsetAfter(args.after), first: pageSize(args.first) };
}
