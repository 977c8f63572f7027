import { Granularity } from '@actorgraph/graph';
import { Field, InputType } from '@nestjs/graphql';

@InputType({
  description:
    'Cut the network into time windows: one ranking per whole month or year from `from` to `to` (the first and ' +
    'last windows are the whole periods holding them), so a researcher sees who rose and fell.',
})
export class CentralityWindowInput {
  @Field(() => String, { description: 'First day of the range (2022, 2022-03 or 2022-03-15).' })
  from!: string;

  @Field(() => String, { description: 'Last day of the range (2025, 2025-08 or 2025-08-10).' })
  to!: string;

  @Field(() => Granularity, { description: 'One window per calendar MONTH or YEAR.' })
  step!: Granularity;
}
