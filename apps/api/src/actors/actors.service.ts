import { foldName } from '@actorgraph/graph';
import { int, Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { toConnection, type Connection } from '../common/pagination/connection';
import type { ActorWhere } from './dto/actor-where.input';
import type { Actor } from '../graph-types/actor.model';

@Injectable()
export class ActorsService {
  private readonly queries: CypherQueries<'actor' | 'actors'>;

  constructor(private readonly neo4j: Neo4jService) {
    this.queries = neo4j.queries.requireAll({ actor: 'actors/actor', actors: 'actors/actors' });
  }

  async actor(id: string): Promise<Actor | null> {
    const [row] = await this.neo4j.read<{ actor: Actor }>(this.queries.actor, { id });
    return row?.actor ?? null;
  }

  async actors(where: ActorWhere | null | undefined, offset: number, first: number): Promise<Connection<Actor>> {
    const [row] = await this.neo4j.read<{ totalCount: number; actors: Actor[] }>(this.queries.actors, {
      kinds: where?.kinds?.length ? where.kinds : null,
      ids: where?.ids?.length ? where.ids : null,
      recognition: where?.recognition ?? null,
      nameContains: where?.nameContains ? foldName(where.nameContains) : null,
      skip: int(offset),
      limit: int(first),
    });
    return toConnection(row?.actors ?? [], offset, first, row?.totalCount ?? 0);
  }
}
