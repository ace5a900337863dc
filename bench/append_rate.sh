#!/usr/bin/env bash
# The append alone against its limit, on one copy of a data directory served by the store process
# (java -jar plantrail.jar store): first the raw insert (bench/RawInsert.java), then the plan's
# events appended through the application's own engine, each followed by the durable mark
# (src/test/java/io/plantrail/store/AppendRate.java). Needs ./mvnw package first.
#   bash bench/append_rate.sh DATA_DIR [SECONDS] [JAR]
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(realpath "$1"); seconds=${2:-10}; jar=$(realpath "${3:-target/plantrail-0.1.0-SNAPSHOT.jar}")
source bench/store_copy.sh
serve_copy "$source_dir" "$jar" 27996
echo "raw insert:"
java -cp "$(cat "$work/cp.txt")" bench/RawInsert.java "$uri" "$seconds" 2>&1 | grep "events/s"
echo "append through the engine, then the durable mark:"
java -cp "target/classes:target/test-classes:$(cat "$work/cp.txt")" io.plantrail.store.AppendRate "$uri" "$seconds" 2>&1 \
  | grep -E "events/s|Exception"
