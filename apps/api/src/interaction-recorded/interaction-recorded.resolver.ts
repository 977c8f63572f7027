import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { ChangeFeed } from '../changes/live/change-feed';
import type { Change } from '../changes/models/change.model';
import { InteractionWhere } from '../interaction-filter/interaction-where.input';
import { toInteractionFilter } from '../interaction-filter/where-params';
import { InteractionRecordedService } from './interaction-recorded.service';
import { InteractionRecorded } from './models/interaction-recorded.model';

@Resolver(() => InteractionRecorded)
export class InteractionRecordedResolver {
  constructor(
    private readonly feed: ChangeFeed,
    private readonly service: InteractionRecordedService,
  ) {}

  @Subscription(() => InteractionRecorded, {
    description:
      'Interactions matching `where` (the same filter as `interactions`) as they are recorded or changed, by any ' +
      'API process or the CLI: one event per committed write, in commit order. Resume with `after`: the id of ' +
      'the last event’s change.',
    resolve: (event: InteractionRecorded) => event,
  })
  interactionRecorded(
    @Args('where', {
      type: () => InteractionWhere,
      nullable: true,
      description: 'Which interactions; all when absent.',
    })
    where: InteractionWhere | null,
    @Args('after', {
      type: () => ID,
      nullable: true,
      description: 'Resume after this change id: every later matching write is sent, exactly once, in order.',
    })
    after: string | null,
  ): Promise<AsyncIterator<InteractionRecorded>> {
    const filter = toInteractionFilter(where, 'where');
    return this.feed.open<InteractionRecorded>('interactionRecorded', after, async (change, push) => {
      const interactions = await this.service.matching(change, filter);
      if (interactions.length > 0) push({ change: change as Change, interactions });
    });
  }
}
