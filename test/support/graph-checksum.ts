import { createHash } from 'node:crypto';
import { isInt, type Driver } from 'neo4j-driver';

/** What a graph holds, in a form two graphs can be compared by: equal checksums, equal data. */
export interface GraphChecksum {
  /** Nodes per label (a node counts once per label it carries). */
  labels: Record<string, number>;
  /** Relationships per type. */
  types: Record<string, number>;
  /** A hash over every node's labels and properties. */
  nodes: string;
  /** A hash over every relationship's type, end points (by id) and properties. */
  relationships: string;
}

/** Neo4j values to text that does not depend on property order or driver classes. */
function stable(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (isInt(value)) return `i${value.toString()}`;
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (typeof value === 'object') {
    const plain = value as Record<string, unknown>;
    // Temporal and spatial values print themselves in ISO form.
    if (plain.constructor !== Object) return `t${String(value)}`;
    return `{${Object.keys(plain)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stable(plain[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A sum of per-item hashes modulo 2^64: independent of the order Neo4j streams items in (so no
 * sort of 500k rows), yet a duplicated or missing item changes it, unlike an XOR.
 */
class MultisetHash {
  private sum = 0n;
  add(text: string): void {
    const digest = createHash('sha1').update(text).digest();
    this.sum = (this.sum + digest.readBigUInt64BE(0)) & 0xffffffffffffffffn;
  }
  toString(): string {
    return this.sum.toString(16).padStart(16, '0');
  }
}

async function hashStream(driver: Driver, query: string, item: (record: Record<string, unknown>) => string) {
  const hash = new MultisetHash();
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    for await (const record of session.run(query)) hash.add(item(record.toObject()));
  } finally {
    await session.close();
  }
  return hash.toString();
}

async function countsBy(driver: Driver, query: string): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(query);
  const counts: Record<string, number> = {};
  for (const record of records)
    counts[record.get('key') as string] = (record.get('count') as { toNumber(): number }).toNumber();
  return counts;
}

/** Nodes that are bookkeeping, not data: applied migrations, the change log (one entry per write transaction, so
 * an interrupted load re-run logs other batches than a clean load) and the network version and its deltas. */
const NOT_DATA = 'NOT (n:Migration OR n:Change OR n:ChangeSequence OR n:NetworkState OR n:NetworkDelta)';

/** Counts by label and type and hashes over all data (the bookkeeping above left out). */
export async function graphChecksum(driver: Driver): Promise<GraphChecksum> {
  const labels = await countsBy(
    driver,
    `MATCH (n) WHERE ${NOT_DATA} UNWIND labels(n) AS key RETURN key, count(*) AS count ORDER BY key`,
  );
  const types = await countsBy(driver, 'MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS count ORDER BY key');
  const nodes = await hashStream(
    driver,
    `MATCH (n) WHERE ${NOT_DATA} RETURN labels(n) AS labels, properties(n) AS props`,
    (r) => `${[...(r['labels'] as string[])].sort().join(':')}${stable(r['props'])}`,
  );
  const relationships = await hashStream(
    driver,
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
    (r) => `${stable(r['from'])}-${String(r['type'])}->${stable(r['to'])}${stable(r['props'])}`,
  );
  return { labels, types, nodes, relationships };
}

/** One node or relationship as text, with the ids it involves (a node's own, a relationship's two ends). */
export interface GraphItem {
  ids: string[];
  text: string;
}

/**
 * Every node and relationship, for a small graph (the seed dataset): lets a test check that
 * nothing but what an operation was meant to touch changed or disappeared. The bookkeeping every write
 * changes by design is left out: the change log (one entry per write, which would make reading the graph after
 * each of hundreds of writes grow without end) and the network version.
 */
export async function graphItems(driver: Driver): Promise<GraphItem[]> {
  const { records: nodes } = await driver.executeQuery(
    `MATCH (n) WHERE ${NOT_DATA} RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`,
  );
  const { records: relationships } = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  return [
    ...nodes.map((r) => ({
      ids: [String(r.get('id'))],
      text: `${[...(r.get('labels') as string[])].sort().join(':')}${stable(r.get('props'))}`,
    })),
    ...relationships.map((r) => ({
      ids: [String(r.get('from')), String(r.get('to'))],
      text: `${stable(r.get('from'))}-${String(r.get('type'))}->${stable(r.get('to'))}${stable(r.get('props'))}`,
    })),
  ];
}
