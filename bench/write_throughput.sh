#!/usr/bin/env bash
# Write throughput and latency of one jar on a fresh default file store: four officers revising
# four outcomes, after a warm-up, RUNS runs of SECONDS each (results as JSON lines).
#   bash bench/write_throughput.sh target/plantrail-0.1.0-SNAPSHOT.jar [runs] [seconds] [clients]
set -euo pipefail
JAR=$1; RUNS=${2:-3}; SECONDS_EACH=${3:-20}; CLIENTS=${4:-4}; PORT=${PORT:-18090}
WORK=$(mktemp -d); URL=http://localhost:$PORT
here=$(cd "$(dirname "$0")" && pwd)
PLANTRAIL_DATA_DIR=$WORK/data java -jar "$JAR" --server.port=$PORT > "$WORK/server.log" 2>&1 & PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 480); do
  v=$(curl -s -u auditor:auditor -H 'Content-Type: application/json' -d '{"query":"{ plans { version } }"}' $URL/graphql \
      | python3 -c 'import sys,json; p=json.load(sys.stdin)["data"]["plans"]; print(p[0]["version"] if p else 0)' 2>/dev/null || echo 0)
  [ "${v:-0}" -ge 284 ] && break; sleep 0.5
done
sleep 3
python3 "$here/write_load.py" --url $URL --clients "$CLIENTS" --seconds 5 > /dev/null   # warm-up
for _ in $(seq 1 "$RUNS"); do python3 "$here/write_load.py" --url $URL --clients "$CLIENTS" --seconds "$SECONDS_EACH"; done
