// Network: how many projection relationships there are of each type, and how many start elsewhere than at an
// actor (there should be none), for `cli network check`. Returns: totals, years, months, strays.
RETURN COUNT { ()-[:INTERACTED]->() } AS totals,
  COUNT { ()-[:INTERACTED_YEAR]->() } AS years,
  COUNT { ()-[:INTERACTED_MONTH]->() } AS months,
  COUNT { (x)-[:INTERACTED|INTERACTED_YEAR|INTERACTED_MONTH]->() WHERE NOT x:Actor } AS strays
