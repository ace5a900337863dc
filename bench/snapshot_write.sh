#!/usr/bin/env bash
# The cost of storing a plan's snapshot as a string and as bytes (bench/SnapshotWrite.java), through
# the store process on a copy of a data directory:   bash bench/snapshot_write.sh DATA_DIR [ROUNDS] [JAR]
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(realpath "$1"); rounds=${2:-20}; jar=$(realpath "${3:-target/plantrail-0.1.0-SNAPSHOT.jar}")
source bench/store_copy.sh
serve_copy "$source_dir" "$jar" 27996
java -cp "$(cat "$work/cp.txt")" bench/SnapshotWrite.java "$uri" "$rounds"
