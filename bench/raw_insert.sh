#!/usr/bin/env bash
# The write baseline (bench/RawInsert.java: the plan's event documents inserted again, journaled,
# by 1 and 8 writers) through the store process (java -jar plantrail.jar store) on a copy of a
# data directory:   bash bench/raw_insert.sh DATA_DIR [SECONDS] [JAR]
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(realpath "$1"); seconds=${2:-10}; jar=$(realpath "${3:-target/plantrail-0.1.0-SNAPSHOT.jar}")
work=$(mktemp -d); cp "$source_dir/plantrail.mv.db" "$work/"
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -jar "$jar" store --port 27995 --data-dir "$work" > "$work/store.log" 2>&1 &
store=$!
trap 'kill $store 2>/dev/null; rm -rf "$work"' EXIT
while [ ! -s "$work/store.uri" ]; do sleep 0.2; done
java -cp "$(cat "$work/cp.txt")" bench/RawInsert.java "$(cat "$work/store.uri")" "$seconds" 2>&1 | grep "events/s"
