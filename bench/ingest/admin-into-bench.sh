#!/usr/bin/env bash
# The bench Neo4j loaded by neo4j-admin import instead of the project's loader (issue 13's way to a 10M point, and
# the way to a 1M database when the loader is too slow for the time at hand): the store that
# `admin-import.main.ts` left in its scratch home replaces the bench database, then `cli migrate` (constraints and
# indexes, populated from the imported data) and `cli network rebuild` (the projection) run, each timed.
# Usage: bench/ingest/admin-into-bench.sh <out.jsonl> <size> [scratch-home=/tmp/actorgraph-bench-import]
# Prints and appends {"step":"migrate"|"rebuild","size","seconds"} lines. Bench instance only (not BENCH_NEO4J_URI).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$1; size=$2; home=${3:-/tmp/actorgraph-bench-import}
TS="node -r ts-node/register/transpile-only -r tsconfig-paths/register"
[ -d "$home/data/databases/neo4j" ] || { echo "no imported store in $home: run bench/ingest/admin-import.main.ts first" >&2; exit 1; }
node scripts/neo4j/local-neo4j.mjs stop bench
for dir in databases transactions; do
  rm -rf ".neo4j/bench/data/$dir/neo4j"; mkdir -p ".neo4j/bench/data/$dir"
  mv "$home/data/$dir/neo4j" ".neo4j/bench/data/$dir/neo4j"
done
node scripts/neo4j/local-neo4j.mjs start bench 7705
eval "$($TS -e 'const e=require("./bench/support/bench-neo4j").benchEnv();for(const[k,v]of Object.entries(e))console.log(`export ${k}=${JSON.stringify(v)}`)')"
timed() { # name command...
  local name=$1 started; shift; started=$(date +%s%N)
  "$@" >&2
  echo "{\"step\":\"$name\",\"size\":\"$size\",\"seconds\":$(( ($(date +%s%N) - started) / 1000000000 ))}" | tee -a "$out"
}
timed migrate $TS apps/cli/src/main.ts migrate
timed rebuild $TS apps/cli/src/main.ts network rebuild
