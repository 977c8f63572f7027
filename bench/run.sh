#!/usr/bin/env bash
# `npm run bench` (full: 10k, 100k, 1M) or `npm run bench:smoke` (tiny sizes, for CI; no thresholds).
# Uses only the bench Neo4j (127.0.0.1:7705); every ingest starts from an empty database.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-full}
TS="npx ts-node -r tsconfig-paths/register --transpile-only"
if [ "$mode" = smoke ]; then sizes=(1k); query_size=1k; seconds=1; runs=1; runs_dir=bench/.runs-smoke; results=bench/.runs-smoke/RESULTS.md
else sizes=(10k 100k 1m); query_size=100k; seconds=10; runs=3; runs_dir=bench/.runs; results=bench/RESULTS.md; fi
count() { case $1 in 1k) echo 1000;; 10k) echo 10000;; 100k) echo 100000;; 1m) echo 1000000;; esac; }
rm -rf "$runs_dir"; mkdir -p "$runs_dir"
for s in "${sizes[@]}"; do $TS bench/generate/main.ts "$(count "$s")" "bench/.data/$s" >/dev/null; done
for s in "${sizes[@]}"; do
  line=$($TS bench/ingest/admin-import.main.ts "bench/.data/$s" | tail -1)
  echo "{\"size\":\"$s\",\"interactions\":$(count "$s"),\"seconds\":$(echo "$line" | sed 's/.*"seconds":\([0-9.]*\).*/\1/')}" >> "$runs_dir/admin-import.jsonl"
done
ingest_sizes=("${sizes[@]}"); [ "$mode" = full ] && ingest_sizes=(10k 100k)  # 1M: see RESULTS.md (loader memory)
bench/ingest/run-ingest.sh "$runs_dir/ingest.jsonl" "${ingest_sizes[@]}"
# The last ingest left $query_size (the largest loaded) in the database.
$TS bench/query/run-query.ts "bench/.data/$query_size" "$runs_dir/query.jsonl" "$seconds" "$runs"
$TS bench/report/write-results.ts "$runs_dir" "$results"
echo "wrote $results"
