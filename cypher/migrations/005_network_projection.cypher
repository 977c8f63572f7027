// 005: the who-spoke-to-whom projection (docs/network.md). One NetworkState node holds the network version;
// window queries find the per-year and per-month relationships by their span (start ≤ window end, end ≥ window
// start), and filtered totals by kind or dataset. An existing graph gets its projection from `cli network rebuild`.

CREATE CONSTRAINT network_state_id IF NOT EXISTS FOR (s:NetworkState) REQUIRE s.id IS UNIQUE;
CREATE INDEX interacted_kind IF NOT EXISTS FOR ()-[r:INTERACTED]-() ON (r.kind);
CREATE INDEX interacted_dataset IF NOT EXISTS FOR ()-[r:INTERACTED]-() ON (r.dataset);
CREATE INDEX interacted_year_start IF NOT EXISTS FOR ()-[r:INTERACTED_YEAR]-() ON (r.start);
CREATE INDEX interacted_year_end IF NOT EXISTS FOR ()-[r:INTERACTED_YEAR]-() ON (r.end);
CREATE INDEX interacted_month_start IF NOT EXISTS FOR ()-[r:INTERACTED_MONTH]-() ON (r.start);
CREATE INDEX interacted_month_end IF NOT EXISTS FOR ()-[r:INTERACTED_MONTH]-() ON (r.end);
