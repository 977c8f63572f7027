import neo4j from 'neo4j-driver';
import { toNative } from './to-native';

const {
  Date: Neo4jDate,
  DateTime,
  LocalDateTime,
  LocalTime,
  Time,
  Duration,
  Node,
  Relationship,
  Path,
  PathSegment,
} = neo4j.types;

describe('toNative', () => {
  describe('integers', () => {
    it('turns a driver Integer into a JavaScript number', () => {
      expect(toNative(neo4j.int(42))).toBe(42);
      expect(toNative(neo4j.int(-7))).toBe(-7);
      expect(toNative(neo4j.int(0))).toBe(0);
    });

    it('keeps the largest safe integer as a number', () => {
      expect(toNative(neo4j.int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
      expect(toNative(neo4j.int(Number.MIN_SAFE_INTEGER))).toBe(Number.MIN_SAFE_INTEGER);
    });

    it('turns an Integer beyond 2^53 into an exact decimal string rather than a rounded number', () => {
      expect(toNative(neo4j.int('9007199254740993'))).toBe('9007199254740993');
      expect(toNative(neo4j.int('9223372036854775807'))).toBe('9223372036854775807');
      expect(toNative(neo4j.int('-9223372036854775808'))).toBe('-9223372036854775808');
    });
  });

  describe('temporal values', () => {
    it('turns a Date into its ISO string', () => {
      expect(toNative(new Neo4jDate(2025, 8, 10))).toBe('2025-08-10');
    });

    it('turns a DateTime with an offset into its ISO string', () => {
      expect(toNative(new DateTime(2025, 8, 10, 14, 30, 5, 0, 7200))).toBe('2025-08-10T14:30:05+02:00');
    });

    it('turns a UTC DateTime into its ISO string ending in Z', () => {
      expect(toNative(new DateTime(2025, 8, 10, 14, 30, 5, 0, 0))).toBe('2025-08-10T14:30:05Z');
    });

    it('turns local date-times and times into ISO strings', () => {
      expect(toNative(new LocalDateTime(2025, 1, 2, 3, 4, 5, 0))).toBe('2025-01-02T03:04:05');
      expect(toNative(new LocalTime(3, 4, 5, 0))).toBe('03:04:05');
      expect(toNative(new Time(3, 4, 5, 0, 3600))).toBe('03:04:05+01:00');
    });

    it('turns a Duration into its ISO 8601 string', () => {
      expect(toNative(new Duration(1, 2, 3, 0))).toBe('P1M2DT3S');
    });

    it('returns a string for a Date whose fields are driver Integers', () => {
      expect(toNative(new Neo4jDate(neo4j.int(2024), neo4j.int(2), neo4j.int(29)))).toBe('2024-02-29');
    });
  });

  describe('missing values', () => {
    it('turns null and undefined into null', () => {
      expect(toNative(null)).toBeNull();
      expect(toNative(undefined)).toBeNull();
    });

    it('turns undefined properties into null rather than dropping them', () => {
      expect(toNative({ a: undefined, b: null })).toEqual({ a: null, b: null });
    });
  });

  describe('plain values', () => {
    it('returns strings, numbers and booleans unchanged', () => {
      expect(toNative('Sánchez')).toBe('Sánchez');
      expect(toNative(1.5)).toBe(1.5);
      expect(toNative(false)).toBe(false);
      expect(toNative('')).toBe('');
    });
  });

  describe('nested values', () => {
    it('converts every element of an array', () => {
      expect(toNative([neo4j.int(1), neo4j.int(2), null, new Neo4jDate(2025, 1, 31)])).toEqual([
        1,
        2,
        null,
        '2025-01-31',
      ]);
    });

    it('converts values inside objects inside arrays inside objects', () => {
      const value = {
        count: neo4j.int(3),
        rows: [{ id: 'person:a', since: new Neo4jDate(2020, 5, 1), tags: [neo4j.int(9), 'x'] }],
        nested: { deeper: { big: neo4j.int('9007199254740993') } },
      };
      expect(toNative(value)).toEqual({
        count: 3,
        rows: [{ id: 'person:a', since: '2020-05-01', tags: [9, 'x'] }],
        nested: { deeper: { big: '9007199254740993' } },
      });
    });

    it('returns a new object rather than changing the one it was given', () => {
      const value = { count: neo4j.int(3) };
      toNative(value);
      expect(neo4j.isInt(value.count)).toBe(true);
    });

    it('hands a list of plain values over as it came, without copying it', () => {
      const numbers = [2015, 0.5, 202508];
      expect(toNative(numbers)).toBe(numbers);
      const mixed = ['a', 1, true];
      expect(toNative(mixed)).toBe(mixed);
      // One value to convert (or a null) and the list is converted as a whole.
      expect(toNative([1, neo4j.int(2)])).toEqual([1, 2]);
      expect(toNative([1, undefined])).toEqual([1, null]);
    });

    it('converts an empty array and object into empty ones', () => {
      expect(toNative([])).toEqual([]);
      expect(toNative({})).toEqual({});
    });
  });

  describe('graph values', () => {
    const kyiv = new Node(neo4j.int(1), ['Place'], { id: 'place:kyiv', population: neo4j.int(2_950_000) }, 'e1');
    const ukraine = new Node(neo4j.int(2), ['Actor', 'State'], { id: 'state:ukraine' }, 'e2');
    const locatedIn = new Relationship(
      neo4j.int(3),
      neo4j.int(1),
      neo4j.int(2),
      'LOCATED_IN',
      { since: new Neo4jDate(1991, 8, 24) },
      'r3',
      'e1',
      'e2',
    );

    it('turns a node into its converted properties', () => {
      expect(toNative(kyiv)).toEqual({ id: 'place:kyiv', population: 2_950_000 });
    });

    it('turns a relationship into its converted properties', () => {
      expect(toNative(locatedIn)).toEqual({ since: '1991-08-24' });
    });

    it('turns a path into its segments, each with start, relationship and end', () => {
      const path = new Path(kyiv, ukraine, [new PathSegment(kyiv, locatedIn, ukraine)]);
      expect(toNative(path)).toEqual([
        {
          start: { id: 'place:kyiv', population: 2_950_000 },
          relationship: { since: '1991-08-24' },
          end: { id: 'state:ukraine' },
        },
      ]);
    });
  });

  it('produces values that survive a JSON round trip unchanged', () => {
    const value = toNative({
      n: neo4j.int(5),
      d: new DateTime(2025, 8, 10, 0, 0, 0, 0, 0),
      list: [neo4j.int('9007199254740993')],
    });
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });
});
