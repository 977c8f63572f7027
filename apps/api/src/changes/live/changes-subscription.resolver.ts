import type { ChangeRecord } from '@actorgraph/change-log';
import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { RequireRole } from '../../access/require-role.decorator';
import { Role } from '../../access/role';
import { ChangeWhere } from '../dto/change-where.input';
import { Change } from '../models/change.model';
import { ChangeFeed } from './change-feed';

/** Whether a change passes a subscription's `where` (operation, author, id written, load). */
function matchesChange(where: ChangeWhere | null, change: ChangeRecord): boolean {
  if (!where) return true;
  if (where.operation && change.operation !== where.operation) return false;
  if (where.by && change.by !== where.by) return false;
  if (where.targetId && !change.targetIds.includes(where.targetId)) return false;
  if (where.loadId && change.loadId !== where.loadId) return false;
  if (where.since && change.at < new Date(where.since).toISOString()) return false;
  if (where.until && change.at > new Date(where.until).toISOString()) return false;
  return true;
}

@Resolver(() => Change)
export class ChangesSubscriptionResolver {
  constructor(private readonly feed: ChangeFeed) {}

  @RequireRole(Role.EDITOR)
  @Subscription(() => Change, {
    description:
      'Every committed write as it is committed (mutations; loads and imports one event per batch), in commit ' +
      'order, from any API process or the CLI. Resume with `after`: the id of the last change received.',
    resolve: (change: Change) => change,
  })
  changes(
    @Args('where', { type: () => ChangeWhere, nullable: true, description: 'Which changes; all when absent.' })
    where: ChangeWhere | null,
    @Args('after', {
      type: () => ID,
      nullable: true,
      description: 'Resume after this change id: every later change is sent, exactly once, in order.',
    })
    after: string | null,
  ): Promise<AsyncIterator<Change>> {
    return this.feed.open<Change>('changes', after, (change, push) => {
      if (matchesChange(where, change)) push(change as Change);
    });
  }
}
