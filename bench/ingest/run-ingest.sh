#!/usr/bin/env bash
# Ingest benchmark: every load starts from an empty database (bench Neo4j: server stopped, store deleted;
# BENCH_NEO4J_URI's server: data deleted in batches, see bench/support/bench-neo4j.ts).
# Usage: bench/ingest/run-ingest.sh <out.jsonl> <size>... ; prints one JSON line per measurement.
# Datasets are read from $BENCH_DATA/<size> (default bench/.data); loaders' stderr goes to ingest.err beside out.jsonl.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$1; shift
data=${BENCH_DATA:-bench/.data}; err="$(dirname "$out")/ingest.err"
TS="node -r ts-node/register/transpile-only -r tsconfig-paths/register"  # not npx: ~1 s less per step
eval "$($TS -e 'const e=require("./bench/support/bench-neo4j").benchEnv();for(const[k,v]of Object.entries(e))console.log(`export ${k}=${JSON.stringify(v)}`)' 2>/dev/null)"
run() { # name size command...
  local name=$1 size=$2; shift 2
  local line; line=$("$@" 2>>"$err" | tail -1)
  echo "{\"loader\":\"$name\",\"size\":\"$size\",\"result\":$line}" | tee -a "$out"
}
# The naive loader (the floor) at one size only (BENCH_NAIVE_SIZE, else the first given): it takes minutes per 10k.
naive_size=${BENCH_NAIVE_SIZE:-$1}
for size in "$@"; do
  if [ "$size" = "$naive_size" ]; then
    $TS bench/support/reset.main.ts >/dev/null 2>>"$err"
    run naive "$size" $TS bench/ingest/naive-loader.child.ts "$data/$size"
  fi
  # The same load without keeping the network projection: what the projection costs (issue 13: at most 15 %).
  # First, so that the database the queries then read is the one the project's loader leaves (with the projection).
  if [ "${BENCH_NO_NETWORK:-true}" = true ]; then
    $TS bench/support/reset.main.ts >/dev/null 2>>"$err"
    BENCH_SKIP_NETWORK=1 run project-no-network "$size" $TS bench/ingest/project-loader.child.ts "$data/$size"
  fi
  $TS bench/support/reset.main.ts >/dev/null 2>>"$err"
  run project "$size" $TS bench/ingest/project-loader.child.ts "$data/$size"
  if [ "$size" != "1m" ]; then run project-reload "$size" $TS bench/ingest/project-loader.child.ts "$data/$size"; fi
done
