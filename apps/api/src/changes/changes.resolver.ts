import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../access/require-role.decorator';
import { Role } from '../access/role';
import { PageArgs, pageOf } from '../common/pagination/page.args';
import { ChangesService } from './changes.service';
import { ChangeWhere } from './dto/change-where.input';
import { ChangeConnection } from './models/change-connection.model';
import { Change } from './models/change.model';

@Resolver(() => Change)
export class ChangesResolver {
  constructor(private readonly changesService: ChangesService) {}

  @RequireRole(Role.EDITOR)
  @Query(() => ChangeConnection, {
    description:
      'The change log: every committed write (mutations, and loads and imports batch by batch), who made it and when, newest first.',
  })
  changes(
    @Args('where', { type: () => ChangeWhere, nullable: true, description: 'Which changes; all when absent.' })
    where: ChangeWhere | null,
    @Args() page: PageArgs,
  ): Promise<ChangeConnection> {
    const { offset, first } = pageOf(page);
    return this.changesService.changes(where, offset, first);
  }
}
