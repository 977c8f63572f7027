import { Neo4jService, type CypherQueries } from '@actorgraph/neo4j';
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
  private readonly queries: CypherQueries<'create' | 'byId' | 'list' | 'revoke'>;

  constructor(private readonly neo4j: Neo4jService) {
    this.queries = neo4j.queries.requireAll({
      create: 'api-keys/create-api-key',
      byId: 'api-keys/api-key-by-id',
      list: 'api-keys/api-keys',
      revoke: 'api-keys/revoke-api-key',
    });
  }

  /** Creates a key; the returned secret is the only copy there will ever be. */
  async create(name: string, role: Role): Promise<{ key: ApiKeyRecord; secret: string }> {
    const { id, secret, hash } = generateApiKey();
    const [row] = await this.neo4j.write<{ key: ApiKeyRecord }>(this.queries.create, { id, name, role, hash });
    return { key: row!.key, secret };
  }

  async findById(id: string): Promise<StoredApiKey | null> {
    const [row] = await this.neo4j.read<{ key: StoredApiKey }>(this.queries.byId, { id });
    return row?.key ?? null;
  }

  async list(): Promise<ApiKeyRecord[]> {
    const rows = await this.neo4j.read<{ key: ApiKeyRecord }>(this.queries.list);
    return rows.map((row) => row.key);
  }

  /** Revokes a key at once (every later request with it is refused); null when no key has this id. */
  async revoke(id: string): Promise<ApiKeyRecord | null> {
    const [row] = await this.neo4j.write<{ key: ApiKeyRecord }>(this.queries.revoke, { id });
    return row?.key ?? null;
  }
}
