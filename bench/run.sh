#!/usr/bin/env bash
# `npm run bench` (full: 10k, 100k, 1M) or `npm run bench:smoke` (tiny sizes, for CI; no thresholds).
# Uses the bench Neo4j (127.0.0.1:7705), or the server BENCH_NEO4J_URI names; every ingest starts from an empty
# database. Smoke output (data, raw runs, RESULTS.md) goes to $BENCH_SMOKE_OUT (default bench/.runs-smoke).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-full}
TS="node -r ts-node/register/transpile-only -r tsconfig-paths/register"  # not npx: ~1 s less per step
if [ "$mode" = smoke ]; then
  sizes=(300); seconds=1; runs=1; conc=1,4; warmup=0
  runs_dir=${BENCH_SMOKE_OUT:-bench/.runs-smoke}; data=$runs_dir/data; results=$runs_dir/RESULTS.md; import_home=$runs_dir/import-home
else
  sizes=(10k 100k 1m); seconds=5; runs=3; conc=1,32; warmup=3
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
# Sizes in order, each into an empty database, then the queries over what that ingest left: every workload at the
# largest size (1M in a full run), W1 and W3 at one connection at the smaller ones (the scaling check).
# A workload whose answers differ (API vs peer) still gets its results page, then the run fails.
export BENCH_NAIVE_SIZE=${sizes[0]}  # the naive loader only at the smallest size: it takes minutes per 10k
query_status=0
last=${sizes[${#sizes[@]}-1]}
for s in "${sizes[@]}"; do
  bench/ingest/run-ingest.sh "$runs_dir/ingest.jsonl" "$s"
  if [ "$s" = "$last" ]; then workloads=W1,W2,W3,W4,W5; c=$conc; else workloads=W1,W3; c=1; fi
  $TS bench/query/run-query.ts "$data/$s" "$runs_dir/query.jsonl" "$seconds" "$runs" "$c" "$workloads" "$warmup" ||
    query_status=$?
done
$TS bench/report/write-results.ts "$runs_dir" "$results"
echo "wrote $results"
exit "$query_status"
