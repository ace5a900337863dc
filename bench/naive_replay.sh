#!/usr/bin/env bash
# The naive "as at" baseline (bench/NaiveReplay.java: read the plan's events up to a version and
# fold them) through the store process (java -jar plantrail.jar store) on a copy of a data directory:
#   bash bench/naive_replay.sh DATA_DIR VERSION... [--jar JAR]
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(realpath "$1"); shift
jar=target/plantrail-0.1.0-SNAPSHOT.jar
versions=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--jar" ]; then jar=$2; shift 2; else versions+=("$1"); shift; fi
done
source bench/store_copy.sh
serve_copy "$source_dir" "$jar" 27998
java -cp "$(cat "$work/cp.txt")" bench/NaiveReplay.java "$uri" harrow-bvpp-2004-05 3 "${versions[@]}"
