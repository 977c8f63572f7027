import {
  buildLuceneQuery,
  isLuceneQuery,
  nameRefKeys,
  nameRefProblem,
  resolveNameRef,
  type NameRefLookup,
} from '@actorgraph/graph';
import { int, Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '../errors/api-error';

/** How many ids an unknown reference's NOT_FOUND error suggests. */
const CLOSEST_IDS = 3;

/** One reference to resolve: where it was written (`where.initiators`, `fromId`) and what was written. */
export interface ActorRefArgument {
  readonly argument: string;
  readonly reference: string;
}

/**
 * Resolves the actor and place references of API arguments — an id, an old id of a merged actor, or an exact
 * name or alias — by the rule `cli load` follows (libs/graph `resolveNameRef`), in one read for a request.
 */
@Injectable()
export class ActorRefsService {
  private readonly queries: CypherQueries<'findRefs' | 'closestIds'>;

  constructor(private readonly neo4j: Neo4jService) {
    this.queries = neo4j.queries.requireAll({
      findRefs: 'actor-refs/find-refs',
      closestIds: 'actor-refs/closest-ids',
    });
  }

  /**
   * The id each reference stands for (a Map keyed by the reference as written). An unknown reference is
   * NOT_FOUND naming its argument, with the closest ids; an ambiguous name is BAD_USER_INPUT naming both holders.
   */
  async resolve(refs: readonly ActorRefArgument[]): Promise<Map<string, string>> {
    const distinct = [...new Set(refs.map((r) => r.reference))];
    const rows = await this.neo4j.read<{ ref: string; key: string; id: string; matched: 'id' | 'merged' | 'name' }>(
      this.queries.findRefs,
      { refs: distinct.flatMap((ref) => nameRefKeys(ref).map((key) => ({ ref, key }))) },
    );
    const resolved = new Map<string, string>();
    for (const ref of distinct) {
      const mine = rows.filter((row) => row.ref === ref);
      const direct = mine.find((row) => row.matched !== 'name');
      if (direct) {
        resolved.set(ref, direct.id);
        continue;
      }
      const lookup: NameRefLookup = {
        ids: new Set<string>(),
        byNameKey: new Map(
          nameRefKeys(ref).map((key) => [key, mine.filter((row) => row.key === key).map((row) => row.id)]),
        ),
      };
      const resolution = resolveNameRef(ref, lookup);
      if (resolution.ok) {
        resolved.set(ref, resolution.id);
        continue;
      }
      const argument = refs.find((r) => r.reference === ref)?.argument ?? 'argument';
      if (resolution.reason === 'ambiguous') {
        throw new ApiError(ApiErrorCode.BAD_USER_INPUT, nameRefProblem(argument, ref, resolution), argument, {
          reference: ref,
          candidates: resolution.holders,
        });
      }
      const closest = await this.closestIds(ref);
      throw new ApiError(ApiErrorCode.NOT_FOUND, nameRefProblem(argument, ref, resolution, closest), argument, {
        reference: ref,
        closest,
      });
    }
    return resolved;
  }

  /** The id a name or alias stands for, or null when nothing holds it (an ambiguous name is still refused). */
  async resolveIfKnown(ref: ActorRefArgument): Promise<string | null> {
    try {
      return (await this.resolve([ref])).get(ref.reference) ?? null;
    } catch (error) {
      if (error instanceof ApiError && error.code === ApiErrorCode.NOT_FOUND) return null;
      throw error;
    }
  }

  /** The ids whose names are closest to a reference (its words, one typo forgiven; an id's slug as words). */
  private async closestIds(reference: string): Promise<string[]> {
    const words = reference.replace(/^(person|state|org|place|source):/, '');
    const built = buildLuceneQuery(words.slice(0, 200));
    if (!isLuceneQuery(built)) return [];
    const rows = await this.neo4j.read<{ id: string }>(this.queries.closestIds, {
      query: built.query,
      limit: int(CLOSEST_IDS),
    });
    return rows.map((row) => row.id);
  }
}
