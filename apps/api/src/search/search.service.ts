import type { ActorKind } from '@actorgraph/graph';
import { int, Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { MAX_PAGE_SIZE } from '../common/limits/limits';
import type { SearchHit } from './models/search-hit.model';

/** Hits taken from the names index when filtering by kind, so the filter still fills a page. */
const KIND_FILTER_CANDIDATES = MAX_PAGE_SIZE * 4;

@Injectable()
export class SearchService {
  private readonly searchQuery: CypherQuery;

  constructor(private readonly neo4j: Neo4jService) {
    this.searchQuery = neo4j.queries.require('search');
  }

  /** Runs an already built and escaped Lucene query over both full-text indexes. */
  search(luceneQuery: string, kinds: ActorKind[] | null, first: number): Promise<SearchHit[]> {
    return this.neo4j.read<SearchHit>(this.searchQuery, {
      query: luceneQuery,
      kinds,
      candidates: int(kinds ? KIND_FILTER_CANDIDATES : first),
      limit: int(first),
    });
  }
}
