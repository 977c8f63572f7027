import {
  AnalysisLevel,
  NETWORK_PROJECTION,
  projectionRefusal,
  projectionWindow,
  resolveLinkOptions,
  toLinkParams,
} from '@actorgraph/graph';
import { Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
import {
  NetworkComputationRefused,
  NetworkComputations,
  StateNetworkComputations,
  type CentralityMetricName,
  type CentralityRanking,
  type CommunityPartition,
  type NetworkQuery,
} from '@actorgraph/network';
import { Injectable } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import type { Actor } from '../graph-types/actor.model';
import type { InteractionWhere } from '../interaction-filter/interaction-where.input';
import type { LinkOptionsInput } from '../interaction-filter/link-options.input';
import { filterParams, toInteractionFilter, withTextHits } from '../interaction-filter/where-params';

/**
 * The API's side of the network computations (libs/network/src/centrality): turns `where` and `links` into the
 * network's query (text hits filled in), maps a refusal to LIMIT_EXCEEDED naming `where`, and looks up the
 * actors an answer names.
 */
@Injectable()
export class NetworkComputationsService {
  private readonly queries: CypherQueries<'textHits' | 'actors'>;

  constructor(
    private readonly neo4j: Neo4jService,
    private readonly computations: NetworkComputations,
    private readonly stateComputations: StateNetworkComputations,
  ) {
    this.queries = neo4j.queries.requireAll({
      textHits: 'interactions/text-hits',
      actors: 'network-computations/actors',
    });
  }

  centrality(
    metric: CentralityMetricName,
    where: InteractionWhere | null,
    links: LinkOptionsInput | null,
    level: AnalysisLevel = AnalysisLevel.ACTOR,
  ): Promise<CentralityRanking> {
    // At the STATE level each endpoint is the state its actor counts for at the interaction's days (docs/state-level.md).
    const computations = level === AnalysisLevel.STATE ? this.stateComputations : this.computations;
    return this.refusedAsLimit(async () => computations.centrality(metric, await this.query(where, links)));
  }

  /**
   * One ranking per `where` (the same filter over different windows of time): as {@link centrality} for each, with
   * one read of the projection for all the windows it answers (NetworkComputations.centralityPerWindow).
   */
  centralityPerWindow(
    metric: CentralityMetricName,
    wheres: readonly (InteractionWhere | null)[],
    links: LinkOptionsInput | null,
    level: AnalysisLevel = AnalysisLevel.ACTOR,
  ): Promise<CentralityRanking[]> {
    return this.perWindow(wheres, links, level, (computations, queries) =>
      computations.centralityPerWindow(metric, queries),
    );
  }

  communities(
    where: InteractionWhere | null,
    links: LinkOptionsInput | null,
    level: AnalysisLevel = AnalysisLevel.ACTOR,
  ): Promise<CommunityPartition> {
    const computations = level === AnalysisLevel.STATE ? this.stateComputations : this.computations;
    return this.refusedAsLimit(async () => computations.communities(await this.query(where, links)));
  }

  /** {@link centralityPerWindow} for communities. */
  communitiesPerWindow(
    wheres: readonly (InteractionWhere | null)[],
    links: LinkOptionsInput | null,
    level: AnalysisLevel = AnalysisLevel.ACTOR,
  ): Promise<CommunityPartition[]> {
    return this.perWindow(wheres, links, level, (computations, queries) => computations.communitiesPerWindow(queries));
  }

  /** Each `where`'s network query, computed at `level` by `compute`; a refusal is LIMIT_EXCEEDED. */
  private perWindow<T>(
    wheres: readonly (InteractionWhere | null)[],
    links: LinkOptionsInput | null,
    level: AnalysisLevel,
    compute: (computations: NetworkComputations, queries: NetworkQuery[]) => Promise<T>,
  ): Promise<T> {
    const computations = level === AnalysisLevel.STATE ? this.stateComputations : this.computations;
    return this.refusedAsLimit(async () =>
      compute(computations, await Promise.all(wheres.map((where) => this.query(where, links)))),
    );
  }

  /** The actors with these ids, in the order of `ids` (an id no longer stored is left out). */
  async actors(ids: readonly string[]): Promise<Actor[]> {
    if (ids.length === 0) return [];
    const rows = await this.neo4j.read<{ actor: Actor }>(this.queries.actors, { ids });
    const byId = new Map(rows.map(({ actor }) => [actor.id, actor]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * The network's query: from the projection when it answers the filter and link options exactly (the planner's
   * projectionRefusal, docs/network.md), else from the interactions (text hits filled in).
   */
  private async query(where: InteractionWhere | null, links: LinkOptionsInput | null): Promise<NetworkQuery> {
    const filter = toInteractionFilter(where);
    const options = resolveLinkOptions(links);
    const params = filterParams(filter);
    const exact = projectionRefusal(filter, { projection: NETWORK_PROJECTION, links: options }) === null;
    const withText =
      params.text === null
        ? params
        : await this.neo4j.namedReadTransaction('network-computations:text-hits', (run) =>
            withTextHits(run, this.queries.textHits, params),
          );
    return {
      where: withText,
      links: toLinkParams(options),
      window: exact ? projectionWindow(filter, NETWORK_PROJECTION) : null,
    };
  }

  private async refusedAsLimit<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof NetworkComputationRefused) {
        throw new ApiError(ApiErrorCode.LIMIT_EXCEEDED, error.message, 'where');
      }
      throw error;
    }
  }
}
