import { Neo4jService, type CypherQuery } from '@actorgraph/neo4j';
import { Injectable } from '@nestjs/common';
import { generateApiKey } from './api-key-secret';
import type { Role } from './role';

/** A stored key as shown to admins: never its secret or hash. */
export interface ApiKeyRecord {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  /** ISO 8601 date-time. */
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/** A stored key as authentication needs it. */
export interface StoredApiKey {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly hash: string;
  readonly revokedAt: string | null;
}

/** API keys in Neo4j: `(:ApiKey {id, name, role, hash, createdAt, revokedAt})`. */
@Injectable()
export class ApiKeyStore {
  private readonly createQuery: CypherQuery;
  private readonly byIdQuery: CypherQuery;
  private readonly listQuery: CypherQuery;
  private readonly revokeQuery: CypherQuery;

  constructor(private readonly neo4j: Neo4jService) {
    this.createQuery = neo4j.queries.require('api-keys/create-api-key');
    this.byIdQuery = neo4j.queries.require('api-keys/api-key-by-id');
    this.listQuery = neo4j.queries.require('api-keys/api-keys');
    this.revokeQuery = neo4j.queries.require('api-keys/revoke-api-key');
  }

  /** Creates a key; the returned secret is the only copy there will ever be. */
  async create(name: string, role: Role): Promise<{ key: ApiKeyRecord; secret: string }> {
    const { id, secret, hash } = generateApiKey();
    const [row] = await this.neo4j.write<{ key: ApiKeyRecord }>(this.createQuery, { id, name, role, hash });
    return { key: row!.key, secret };
  }

  async findById(id: string): Promise<StoredApiKey | null> {
    const [row] = await this.neo4j.read<{ key: StoredApiKey }>(this.byIdQuery, { id });
    return row?.key ?? null;
  }

  async list(): Promise<ApiKeyRecord[]> {
    const rows = await this.neo4j.read<{ key: ApiKeyRecord }>(this.listQuery);
    return rows.map((row) => row.key);
  }

  /** Revokes a key at once (every later request with it is refused); null when no key has this id. */
  async revoke(id: string): Promise<ApiKeyRecord | null> {
    const [row] = await this.neo4j.write<{ key: ApiKeyRecord }>(this.revokeQuery, { id });
    return row?.key ?? null;
  }
}
