import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isTime,
  isNode,
  isRelationship,
  isPath,
} from 'neo4j-driver';

/**
 * Turns what the driver returns into plain JSON-ready values: integers become
 * numbers (or strings beyond 2^53), temporals ISO strings, nodes and
 * relationships their properties. The only place driver types are unwrapped.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers, lists and maps: they skip the driver's type checks below (every row of every
  // answer passes here).
  if (typeof value !== 'object') return value;
  // A list of plain values (a windowed read's lists of numbers: millions of them) is handed over as it came.
  if (Array.isArray(value)) return value.every(isPlain) ? value : value.map(toNative);
  if (Object.getPrototypeOf(value) === Object.prototype) return mapValues(value as Record<string, unknown>);
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) {
    return toNative(value.properties);
  }
  if (isPath(value)) {
    return value.segments.map((segment) => ({
      start: toNative(segment.start),
      relationship: toNative(segment.relationship),
      end: toNative(segment.end),
    }));
  }
  return mapValues(value as Record<string, unknown>);
}

/** A value toNative hands back unchanged. */
function isPlain(value: unknown): boolean {
  return value !== null && value !== undefined && typeof value !== 'object';
}

function mapValues(map: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(map)) out[key] = toNative(map[key]);
  return out;
}
