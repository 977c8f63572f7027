#!/usr/bin/env bash
# `npm run bench` (full: 10k, 100k, 1M) or `npm run bench:smoke` (tiny sizes, for CI; no thresholds).
# Uses the bench Neo4j (127.0.0.1:7705), or the server BENCH_NEO4J_URI names; every ingest starts from an empty
# database. Smoke output (data, raw runs, RESULTS.md) goes to $BENCH_SMOKE_OUT (default bench/.runs-smoke).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-full}
TS="node -r ts-node/register/transpile-only -r tsconfig-paths/register"  # not npx: ~1 s less per step
if [ "$mode" = smoke ]; then
  sizes=(300); query_size=300; seconds=1; runs=1; conc=1,4; warmup=0
  runs_dir=${BENCH_SMOKE_OUT:-bench/.runs-smoke}; data=$runs_dir/data; results=$runs_dir/RESULTS.md; import_home=$runs_dir/import-home
else
  sizes=(10k 100k 1m); query_size=100k; seconds=10; runs=3; conc=1,32; warmup=3
  runs_dir=bench/.runs; data=bench/.data; results=bench/RESULTS.md; import_home=""  # admin-import's /tmp default
fi
export BENCH_DATA=$data
count() { case $1 in 300) echo 300;; 1k) echo 1000;; 10k) echo 10000;; 100k) echo 100000;; 1m) echo 1000000;; esac; }
# Only this script's own files: BENCH_SMOKE_OUT may name a folder holding other things.
mkdir -p "$runs_dir"; rm -f "$runs_dir"/{admin-import,ingest,query}.jsonl "$runs_dir/ingest.err"
for s in "${sizes[@]}"; do $TS bench/generate/main.ts "$(count "$s")" "$data/$s" >/dev/null; done
# neo4j-admin import needs the Neo4j jars that scripts/neo4j/local-neo4j.mjs resolves (not there with testcontainers).
lib=.neo4j/lib-$(node -p 'require("./scripts/neo4j/version.json").neo4j')
[ -d "$lib" ] || echo "neo4j-admin import skipped: no Neo4j jars in $lib (start a local instance once to fetch them)"
for s in "${sizes[@]}"; do
  [ -d "$lib" ] || break
  line=$($TS bench/ingest/admin-import.main.ts "$data/$s" ${import_home:+"$import_home"} | tail -1)
  echo "{\"size\":\"$s\",\"interactions\":$(count "$s"),\"seconds\":$(echo "$line" | sed 's/.*"seconds":\([0-9.]*\).*/\1/')}" >> "$runs_dir/admin-import.jsonl"
done
# 1M before 100k: the query benchmark runs on what the last ingest left (100k).
ingest_sizes=("${sizes[@]}"); [ "$mode" = full ] && ingest_sizes=(10k 1m 100k)
bench/ingest/run-ingest.sh "$runs_dir/ingest.jsonl" "${ingest_sizes[@]}"
# The last ingest left $query_size (100k in a full run, loaded last) in the database.
# A workload whose answers differ (API vs peer) still gets its results page, then the run fails.
query_status=0
$TS bench/query/run-query.ts "$data/$query_size" "$runs_dir/query.jsonl" "$seconds" "$runs" "$conc" W1,W2,W3,W4,W5 "$warmup" ||
  query_status=$?
$TS bench/report/write-results.ts "$runs_dir" "$results"
echo "wrote $results"
exit "$query_status"
