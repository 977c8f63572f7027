// Network: adds measures to existing projection relationships of any level, found by network/pair-projection
// in the same transaction and sought here by their element id (a seek, where a MERGE between a hub and another hub
// expanded one of them). $rows: [{rid (the relationship's element id), count, quad1..quad4, goldsteinSum,
// goldsteinCount, firstKey, lastKey}].
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.rid
// Counts and sums added, first/last keys kept as min/max and first/last dates taken from them (docs/network.md).
SET r.first = CASE WHEN r.firstKey IS NULL OR row.firstKey < r.firstKey THEN split(row.firstKey, ' ')[2] ELSE r.first END,
  r.last = CASE WHEN r.lastKey IS NULL OR row.lastKey > r.lastKey THEN split(row.lastKey, ' ')[2] ELSE r.last END,
  r.firstKey = CASE WHEN r.firstKey IS NULL OR row.firstKey < r.firstKey THEN row.firstKey ELSE r.firstKey END,
  r.lastKey = CASE WHEN r.lastKey IS NULL OR row.lastKey > r.lastKey THEN row.lastKey ELSE r.lastKey END,
  r.count = coalesce(r.count, 0) + toInteger(row.count),
  r.quad1 = coalesce(r.quad1, 0) + toInteger(row.quad1),
  r.quad2 = coalesce(r.quad2, 0) + toInteger(row.quad2),
  r.quad3 = coalesce(r.quad3, 0) + toInteger(row.quad3),
  r.quad4 = coalesce(r.quad4, 0) + toInteger(row.quad4),
  r.goldsteinSum = coalesce(r.goldsteinSum, 0.0) + toFloat(row.goldsteinSum),
  r.goldsteinCount = coalesce(r.goldsteinCount, 0) + toInteger(row.goldsteinCount)
