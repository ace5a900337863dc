#!/usr/bin/env bash
# The read side's rebuild rate beside a raw scan of the same event log, both through the store
# process (java -jar plantrail.jar store) on a copy of a data directory:
#   bash bench/rebuild.sh DATA_DIR [JAR]
# DATA_DIR holds plantrail.mv.db (and data.master.key beside it, as the server writes them).
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(realpath "$1"); jar=$(realpath "${2:-target/plantrail-0.1.0-SNAPSHOT.jar}")
key="$source_dir.master.key"
[ -f "$key" ] || key="$(dirname "$source_dir")/data.master.key"
source bench/store_copy.sh
serve_copy "$source_dir" "$jar" 27999
for run in 1 2 3; do java -cp "$(cat "$work/cp.txt")" bench/RawScan.java "$uri"; done
java -jar "$jar" rebuild --plantrail.mongo.uri="$uri" --plantrail.privacy.master-key-file="$key" | tail -1
