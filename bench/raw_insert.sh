#!/usr/bin/env bash
# The write baseline (bench/RawInsert.java: the plan's event documents inserted again, journaled,
# by 1 and 8 writers) through the store process (java -jar plantrail.jar store) on a copy of a
# data directory:   bash bench/raw_insert.sh DATA_DIR [SECONDS] [JAR]
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(realpath "$1"); seconds=${2:-10}; jar=$(realpath "${3:-target/plantrail-0.1.0-SNAPSHOT.jar}")
source bench/store_copy.sh
serve_copy "$source_dir" "$jar" 27995
java -cp "$(cat "$work/cp.txt")" bench/RawInsert.java "$uri" "$seconds" 2>&1 | grep "events/s"
