#!/usr/bin/env bash
# The benchmark suite in one command: builds the jar, then grows the Harrow plan to each size and
# measures it (bench/suite.py); the results go into BENCHMARKS.md.
#   bash bench/run.sh                     # 1,000 and 10,000 events (about half an hour)
#   bash bench/run.sh --sizes 1000,10000,100000   # and 100,000 (hours)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests
python3 bench/suite.py --jar target/plantrail-0.1.0-SNAPSHOT.jar "$@"
