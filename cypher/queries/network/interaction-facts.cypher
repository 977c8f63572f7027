// Network: the facts the projection is computed from, for the given interactions (read inside a write's
// transaction, before and after it changes them).
// $ids: interaction ids. Returns one row per stored interaction: see fragments/network-facts.
UNWIND $ids AS id
MATCH (i:Interaction {id: id})
RETURN
// @include network-facts
