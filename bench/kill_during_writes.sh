#!/usr/bin/env bash
# Streams changes from four officers into `java -jar`, kills it with SIGKILL partway, starts it
# again on the same data directory and counts how many acknowledged changes survived.
#   bash bench/kill_during_writes.sh target/plantrail-0.1.0-SNAPSHOT.jar [seconds-before-kill]
set -euo pipefail
JAR=$1; KILL_AFTER=${2:-8}; PORT=${PORT:-18080}
WORK=$(mktemp -d); URL=http://localhost:$PORT
here=$(cd "$(dirname "$0")" && pwd)
start() { PLANTRAIL_DATA_DIR=$WORK/data java -jar "$JAR" --server.port=$PORT > "$WORK/server-$1.log" 2>&1 & echo $! > "$WORK/pid"; }
wait_ready() {
  for _ in $(seq 1 240); do
    v=$(curl -s -u auditor:auditor -H 'Content-Type: application/json' -d '{"query":"{ plans { version } }"}' $URL/graphql | python3 -c 'import sys,json; p=json.load(sys.stdin)["data"]["plans"]; print(p[0]["version"] if p else 0)' 2>/dev/null || echo 0)
    [ "${v:-0}" -ge 284 ] && { sleep 2; return; }; sleep 0.5
  done; echo "server did not come up"; exit 1
}
start 1; wait_ready
python3 "$here/write_load.py" --url $URL --clients 4 --seconds 600 --acked "$WORK/acked.jsonl" > "$WORK/load.log" 2>&1 &
sleep "$KILL_AFTER"; kill -9 "$(cat "$WORK/pid")"; sleep 1
echo "acknowledged before the kill: $(wc -l < "$WORK/acked.jsonl")"
start 2; wait_ready
python3 "$here/write_load.py" --url $URL --check "$WORK/acked.jsonl"
kill "$(cat "$WORK/pid")"; wait 2>/dev/null || true
rm -rf "$WORK"
