#!/usr/bin/env bash
# `npm run bench` (full: 10k, 100k, 1M) or `npm run bench:smoke` (tiny sizes, for CI; no thresholds).
# Uses the bench Neo4j (127.0.0.1:7705), or the server BENCH_NEO4J_URI names; every ingest starts from an empty
# database. Smoke output (data, raw runs, RESULTS.md) goes to $BENCH_SMOKE_OUT (default bench/.runs-smoke).
# Full mode only: BENCH_SIZES (e.g. "1m" or "100k,1m") picks the sizes, BENCH_STEPS the steps (see bench/README.md):
#   generate, admin, ingest, check, query, w6, analytics, export, hostile — all by default. A step that runs
#   replaces its own raw file in bench/.runs; the others' are kept, so a run can be finished in pieces.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-full}
TS="node -r ts-node/register/transpile-only -r tsconfig-paths/register"  # not npx: ~1 s less per step
if [ "$mode" = smoke ]; then
  sizes=(300); seconds=1; runs=1; conc=1,4; warmup=0; steps=generate,admin,ingest,query
  runs_dir=${BENCH_SMOKE_OUT:-bench/.runs-smoke}; data=$runs_dir/data; results=$runs_dir/RESULTS.md; import_home=$runs_dir/import-home
else
  IFS=', ' read -r -a sizes <<< "${BENCH_SIZES:-10k 100k 1m}"
  seconds=${BENCH_QUERY_SECONDS:-5}; runs=${BENCH_QUERY_RUNS:-3}; conc=1,32; warmup=3
  steps=${BENCH_STEPS:-generate,admin,ingest,check,query,w6,analytics,export,hostile}
  # BENCH_RUNS / BENCH_RESULTS: another folder for the raw lines and another results page (a trial run).
  runs_dir=${BENCH_RUNS:-bench/.runs}; data=bench/.data; results=${BENCH_RESULTS:-bench/RESULTS.md}; import_home=""
fi
export BENCH_DATA=$data
step() { [[ ",$steps," == *",$1,"* ]]; }
count() { case $1 in 300) echo 300;; 1k) echo 1000;; 10k) echo 10000;; 100k) echo 100000;; 1m) echo 1000000;; 10m) echo 10000000;; esac; }
mkdir -p "$runs_dir"
# The machine's load when each step starts: the latencies depend on it (bench/RESULTS.md prints it).
load() { echo "{\"step\":\"$1\",\"at\":\"$(date -u +%FT%TZ)\",\"loadavg\":[$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' ,)]}" >> "$runs_dir/load.jsonl"; }
# Only this script's own files, and only those of the steps that run: BENCH_SMOKE_OUT may name a folder holding
# other things, and a full run may be finished in pieces (BENCH_STEPS).
step admin && rm -f "$runs_dir/admin-import.jsonl"
step ingest && rm -f "$runs_dir/ingest.jsonl" "$runs_dir/ingest.err"
step query && rm -f "$runs_dir/query.jsonl"
for s in check w6 analytics export hostile; do step $s && rm -f "$runs_dir/$s.jsonl"; done
# A run in pieces (BENCH_STEPS given) adds to the load record; a whole run starts it again.
{ [ "$mode" = full ] && [ -n "${BENCH_STEPS:-}" ]; } || rm -f "$runs_dir/load.jsonl"
# A full run keeps a dataset already generated (same seed, same files: another process may be reading them).
for s in "${sizes[@]}"; do
  step generate || break
  if [ "$mode" = full ] && [ -f "$data/$s.manifest.json" ]; then continue; fi
  $TS bench/generate/main.ts "$(count "$s")" "$data/$s" >/dev/null
done
# neo4j-admin import needs the Neo4j jars that scripts/neo4j/local-neo4j.mjs resolves (not there with testcontainers).
lib=.neo4j/lib-$(node -p 'require("./scripts/neo4j/version.json").neo4j')
[ -d "$lib" ] || echo "neo4j-admin import skipped: no Neo4j jars in $lib (start a local instance once to fetch them)"
for s in "${sizes[@]}"; do
  { [ -d "$lib" ] && step admin; } || break
  load "admin $s"
  line=$($TS bench/ingest/admin-import.main.ts "$data/$s" ${import_home:+"$import_home"} | tail -1)
  echo "{\"size\":\"$s\",\"interactions\":$(count "$s"),\"seconds\":$(echo "$line" | sed 's/.*"seconds":\([0-9.]*\).*/\1/')}" >> "$runs_dir/admin-import.jsonl"
done
# Sizes in order, each into an empty database, then the queries over what that ingest left: every workload at the
# largest size (1M in a full run), W1 and W3 at one connection at the smaller ones (the scaling check).
# A workload whose answers differ (API vs peer) still gets its results page, then the run fails.
# The naive loader only at the smallest size, and only when that is small: it takes minutes per 10k.
case ${sizes[0]} in 300|1k|10k) naive=${sizes[0]};; *) naive=none;; esac
export BENCH_NAIVE_SIZE=${BENCH_NAIVE_SIZE:-$naive}
query_status=0
last=${sizes[${#sizes[@]}-1]}
manifest() { node -p "require('./$data/$last.manifest.json').$1"; }
for s in "${sizes[@]}"; do
  if step ingest; then load "ingest $s"; bench/ingest/run-ingest.sh "$runs_dir/ingest.jsonl" "$s"; fi
  # Issue 13: the projection the loader kept equals a scan of the interactions (exit 1 on a difference).
  if [ "$s" = "$last" ] && step check; then
    load "network check $s"; started=$(date +%s%N)
    if (eval "$($TS -e 'const e=require("./bench/support/bench-neo4j").benchEnv();for(const[k,v]of Object.entries(e))console.log(`export ${k}=${JSON.stringify(v)}`)')"
        $TS apps/cli/src/main.ts network check) > "$runs_dir/check.out" 2>&1; then ok=true; else ok=false; fi
    echo "{\"size\":\"$s\",\"passed\":$ok,\"seconds\":$(( ($(date +%s%N) - started) / 1000000000 )),\"output\":$(tail -c 600 "$runs_dir/check.out" | tr -d '\r' | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.stringify(s.split("\n").filter(l=>l&&!l.includes("\u001b")).slice(-3).join(" "))))')}" >> "$runs_dir/check.jsonl"
  fi
  step query || continue
  if [ "$s" = "$last" ]; then workloads=W1,W2,W3,W4,W5; c=$conc; else workloads=W1,W3; c=1; fi
  load "query $s"
  $TS bench/query/run-query.ts "$data/$s" "$runs_dir/query.jsonl" "$seconds" "$runs" "$c" "$workloads" "$warmup" ||
    query_status=$?
done
# Over what the largest ingest left (full mode): W6, issue 16's analytics, export memory, hostile load.
if [ "$mode" = full ]; then
  bench_env() { $TS -e 'const e=require("./bench/support/bench-neo4j").benchEnv();for(const[k,v]of Object.entries(e))console.log(`export ${k}=${JSON.stringify(v)}`)'; }
  if step w6; then load w6; (eval "$(bench_env)"; $TS bench/query/w6-pagerank.ts 5 20 "$runs_dir/w6.jsonl"); fi
  if step analytics; then
    load analytics
    # Built, as `npm start` runs the API: a cold figure then includes booting the network worker from JavaScript, not
    # under ts-node (which first loads the TypeScript compiler, about a second that no user of the service waits).
    npm run --silent build
    (eval "$(bench_env)"; node dist/bench/analytics/run-analytics.js "$runs_dir/analytics.jsonl" 20 2 2020 "$(manifest hub)")
  fi
  if step export; then load export; $TS bench/export/export-memory.ts "$runs_dir/export.jsonl" graphml,gexf-dynamic; fi
  if step hostile; then
    load hostile; $TS bench/hostile/run-hostile.ts "$runs_dir/hostile.jsonl" "${BENCH_HOSTILE_SECONDS:-10}" "$(manifest hub)" "$(manifest regular)"
  fi
fi
$TS bench/report/write-results.ts "$runs_dir" "$results"
echo "wrote $results"
exit "$query_status"
