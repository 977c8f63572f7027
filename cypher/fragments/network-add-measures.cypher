// Fragment: adds a row's measures to the projection relationship `r` just MERGEd (docs/network.md):
// counts and sums added, first/last keys kept as min/max, first/last dates taken from the keys.
ON CREATE SET r.count = 0, r.quad1 = 0, r.quad2 = 0, r.quad3 = 0, r.quad4 = 0,
  r.goldsteinSum = 0.0, r.goldsteinCount = 0, r.firstKey = row.firstKey, r.lastKey = row.lastKey
SET r.count = r.count + toInteger(row.count),
  r.quad1 = r.quad1 + toInteger(row.quad1),
  r.quad2 = r.quad2 + toInteger(row.quad2),
  r.quad3 = r.quad3 + toInteger(row.quad3),
  r.quad4 = r.quad4 + toInteger(row.quad4),
  r.goldsteinSum = r.goldsteinSum + toFloat(row.goldsteinSum),
  r.goldsteinCount = r.goldsteinCount + toInteger(row.goldsteinCount),
  r.firstKey = CASE WHEN row.firstKey < r.firstKey THEN row.firstKey ELSE r.firstKey END,
  r.lastKey = CASE WHEN row.lastKey > r.lastKey THEN row.lastKey ELSE r.lastKey END
SET r.first = split(r.firstKey, ' ')[2], r.last = split(r.lastKey, ' ')[2]
