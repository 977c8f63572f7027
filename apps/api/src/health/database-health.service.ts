import { DatabaseError, Neo4jService } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { DatabaseStatus, type Neo4jStatus } from './models/neo4j-status.model';

/** Asks Neo4j, on every call, whether it answers; never throws. Used by /health and the `server` query. */
@Injectable()
export class DatabaseHealthService {
  constructor(private readonly neo4j: Neo4jService) {}

  async check(): Promise<Neo4jStatus> {
    try {
      const info = await this.neo4j.serverInfo();
      return { status: DatabaseStatus.UP, version: info.agent ?? null, database: this.neo4j.database, reason: null };
    } catch (error) {
      const reason = error instanceof DatabaseError ? error.message : 'The graph database could not be checked.';
      return { status: DatabaseStatus.DOWN, version: null, database: this.neo4j.database, reason };
    }
  }
}
