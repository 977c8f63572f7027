import { ActorKind, buildLuceneQuery, isLuceneQuery, MAX_SEARCH_TEXT_LENGTH } from '@actorgraph/graph';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { pageSize } from '../common/limits/limits';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import { SearchHit } from './models/search-hit.model';
import { SearchService } from './search.service';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => [SearchHit], {
    description:
      'Full-text search over actor and place names and aliases, and interaction summaries and quotes, best match ' +
      'first. Case and accents are ignored ("Sanchez" finds Sánchez) and a word of four letters or more may be off ' +
      'by one letter ("Zelenski" finds Zelenskyy). The text is searched word by word, never as query syntax.',
  })
  search(
    @Args('text', {
      type: () => String,
      description: `What to look for: one or more words, at most ${MAX_SEARCH_TEXT_LENGTH} characters (the first 12 words count).`,
    })
    text: string,
    @Args('kinds', {
      type: () => [ActorKind],
      nullable: true,
      description: 'Only actors of these kinds; when given, places and interactions are left out.',
    })
    kinds: ActorKind[] | null,
    @Args('first', { type: () => Int, nullable: true, description: 'How many hits: 1 to 500, 50 by default.' })
    first: number | null,
  ): Promise<SearchHit[]> {
    const limit = pageSize(first);
    const built = buildLuceneQuery(text);
    if (!isLuceneQuery(built)) throw new ApiError(ApiErrorCode.BAD_USER_INPUT, `text ${built.error}`, 'text');
    return this.searchService.search(built.query, kinds?.length ? kinds : null, limit);
  }
}
