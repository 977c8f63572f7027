import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../access/require-role.decorator';
import { Role } from '../access/role';
import { pageSize } from '../common/limits/limits';
import { offsetAfter } from '../common/pagination/cursor';
import { ChangesService } from './changes.service';
import { ChangeWhere } from './dto/change-where.input';
import { ChangeConnection } from './models/change-connection.model';
import { Change } from './models/change.model';

@Resolver(() => Change)
export class ChangesResolver {
  constructor(private readonly changesService: ChangesService) {}

  @RequireRole(Role.EDITOR)
  @Query(() => ChangeConnection, {
    description: 'The change log: every curation write, who made it and when, newest first.',
  })
  changes(
    @Args('where', { type: () => ChangeWhere, nullable: true, description: 'Which changes; all when absent.' })
    where: ChangeWhere | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size: 1 to 500, 50 by default.' })
    first: number | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A cursor from a previous page: start after it.',
    })
    after: string | null,
  ): Promise<ChangeConnection> {
    return this.changesService.changes(where, offsetAfter(after), pageSize(first));
  }
}
