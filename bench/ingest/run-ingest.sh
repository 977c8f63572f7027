#!/usr/bin/env bash
# Ingest benchmark on the bench Neo4j: every load starts from an empty database (server stopped, store deleted).
# Usage: bench/ingest/run-ingest.sh <out.jsonl> <size>... ; prints one JSON line per measurement.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$1; shift
TS="npx ts-node -r tsconfig-paths/register --transpile-only"
eval "$($TS -e 'const e=require("./bench/support/bench-neo4j").benchEnv();for(const[k,v]of Object.entries(e))console.log(`export ${k}=${JSON.stringify(v)}`)' 2>/dev/null)"
run() { # name size command...
  local name=$1 size=$2; shift 2
  local line; line=$("$@" 2>>bench/.runs/ingest.err | tail -1)
  echo "{\"loader\":\"$name\",\"size\":\"$size\",\"result\":$line}" | tee -a "$out"
}
for size in "$@"; do
  $TS bench/support/reset.main.ts >/dev/null 2>&1
  run project "$size" $TS bench/ingest/project-loader.child.ts "bench/.data/$size"
  if [ "$size" != "1m" ]; then run project-reload "$size" $TS bench/ingest/project-loader.child.ts "bench/.data/$size"; fi
done
