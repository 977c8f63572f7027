import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { checkRange, MAX_PATH_HOPS } from '../common/limits/limits';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import { InteractionWhere } from '../interaction-filter/interaction-where.input';
import { LINKS_ARG, LinkOptionsInput } from '../interaction-filter/link-options.input';
import { toInteractionFilter } from '../interaction-filter/where-params';
import { Path } from './models/path.model';
import { PathsService } from './paths.service';

/** `cypher/queries/paths.cypher` asks Neo4j for this many shortest paths (SHORTEST takes no parameter in 5.26). */
export const MAX_PATHS = 25;

@Resolver(() => Path)
export class PathsResolver {
  constructor(private readonly pathsService: PathsService) {}

  @Query(() => [Path], {
    description:
      'How two actors or places connect: the shortest paths through interactions and standing relations, ' +
      'shortest first. NOT_FOUND when an id names neither an actor nor a place.',
  })
  paths(
    @Args('fromId', { type: () => ID, description: 'Where paths start: an actor or place id.' }) fromId: string,
    @Args('toId', { type: () => ID, description: 'Where paths end: an actor or place id.' }) toId: string,
    @Args('maxHops', {
      type: () => Int,
      defaultValue: 4,
      description: `The longest path, in relationships walked: 1 to ${MAX_PATH_HOPS}. An interaction between two actors is 2.`,
    })
    maxHops: number,
    @Args('where', {
      type: () => InteractionWhere,
      nullable: true,
      description: 'Which interactions a path may pass through; all when absent. Relations are not filtered.',
    })
    where: InteractionWhere | null,
    @Args('links', {
      ...LINKS_ARG,
      description:
        'Which interactions link their participants on a path: initiator and target always; co-initiators of an ' +
        'interaction without target by default; initiator and mentioned only when asked for.',
    })
    links: LinkOptionsInput | null,
    @Args('limit', {
      type: () => Int,
      defaultValue: 5,
      description: `The most paths: 1 to ${MAX_PATHS}.`,
    })
    limit: number,
  ): Promise<Path[]> {
    if (fromId === toId) {
      throw new ApiError(ApiErrorCode.BAD_USER_INPUT, 'toId must differ from fromId', 'toId');
    }
    return this.pathsService.paths(
      fromId,
      toId,
      checkRange('maxHops', maxHops, 1, MAX_PATH_HOPS),
      toInteractionFilter(where),
      links,
      checkRange('limit', limit, 1, MAX_PATHS),
    );
  }
}
