#!/usr/bin/env bash
# On a local server (demo accounts), an officer records an EXAMPLE year of monitoring against the
# Harrow plan, to try the feature: a measure for each Draft 1 target that prints a figure (its
# 2004/05 target is the plan's own; later years are flagged gaps, as the plan gives none), then
# quarterly readings for 2004/05 and the year's outturn, and one restatement (Q2 of the first
# measure, after the Q3 report); then forecast and spend for three budget lines, one restated.
# The source has no actuals: every figure below is made up, and every reason says "Example data". Which way is better (higher, for all of these) is this
# script's reading of each target, not the plan's.
# Usage: bash scripts/monitoring-year.sh [http://localhost:8080]
set -euo pipefail
SERVER=${1:-http://localhost:8080}
PLAN=harrow-bvpp-2004-05

source "$(dirname "$0")/ask.sh"

# id|baseline|2004/05 target|unit of each target that prints a figure, one per line
targets=$(ask auditor "{ plan(id: \"$PLAN\") { themes { priorities { outcomes { targets { id baseline target unit } } } } } }" \
  | python3 -c '
import json, sys
plan = json.load(sys.stdin)["data"]["plan"]
for theme in plan["themes"]:
    for priority in theme["priorities"]:
        for outcome in priority["outcomes"]:
            for t in outcome["targets"]:
                if t["target"] is not None and t["unit"]:
                    print("|".join([t["id"], t["baseline"] or "", t["target"], t["unit"]]))')

first=""
while IFS='|' read -r id baseline target unit; do
  baseline_field=""; [[ -n $baseline ]] && baseline_field="baseline: \"$baseline\","
  ask officer "mutation { defineMeasure(planId: \"$PLAN\", key: \"$id\", input: {title: \"Target $id\", appliesTo: \"$id\",
    unit: \"$unit\", betterWhen: HIGHER, frequency: QUARTERLY, tolerance: \"1\", $baseline_field
    targets: [{year: \"2004/05\", target: \"$target\"}, {year: \"2005/06\"}, {year: \"2006/07\"}],
    gaps: [{field: \"targets.2005/06\", kind: BLANK, note: \"Draft 1 gives no target for this year\"},
           {field: \"targets.2006/07\", kind: BLANK, note: \"Draft 1 gives no target for this year\"}],
    notes: \"Example data: defined by scripts/monitoring-year.sh to try monitoring\"},
    reason: \"Example data: a measure for target $id\") { id } }" >/dev/null
  # made-up figures climbing from 90% of the target towards it; the outturn between Q3 and Q4
  for quarter in 1 2 3 4; do
    value=$(python3 -c "print(round($target * (0.86 + 0.04 * $quarter), 1))")
    ask officer "mutation { recordReading(planId: \"$PLAN\", measureId: \"M-$id\", input: {period: \"2004/05-Q$quarter\",
      value: \"$value\", comment: \"Example data: quarterly return\"}, reason: \"Example data: Q$quarter return\") { id } }" >/dev/null
    if [[ -z $first && $quarter == 3 ]]; then first=$id; fi
  done
  outturn=$(python3 -c "print(round($target * 0.99, 1))")
  ask officer "mutation { recordReading(planId: \"$PLAN\", measureId: \"M-$id\", input: {period: \"2004/05\",
    value: \"$outturn\", comment: \"Example data: the year's outturn\"}, reason: \"Example data: outturn 2004/05\") { id } }" >/dev/null
  echo "M-$id: Q1 to Q4 and the outturn recorded"
done <<< "$targets"

version=$(ask auditor "{ plan(id: \"$PLAN\") { measures { id readings(period: \"2004/05-Q2\") { version value } } } }" \
  | python3 -c "import json,sys; m=[x for x in json.load(sys.stdin)['data']['plan']['measures'] if x['id']=='M-$first'][0]; print(m['readings'][0]['version'], m['readings'][0]['value'])")
read -r q2_version q2_value <<< "$version"
restated=$(python3 -c "print(round($q2_value + 0.3, 1))")
ask officer "mutation { restateReading(planId: \"$PLAN\", readingId: \"M-$first@2004/05-Q2\", input: {period: \"2004/05-Q2\",
  value: \"$restated\", comment: \"Example data: the contractor corrected its Q2 return\", dataQuality: \"Example data: revised return\"},
  expectedVersion: $q2_version, reason: \"Example data: Q2 restated after the Q3 report\") { planVersion } }" >/dev/null
echo "M-$first@2004/05-Q2 restated from $q2_value to $restated"
# spending against the first three lines of the budget strategy with a 2004-05 figure: made-up
# forecasts drifting around the budget and spend to date, then Q2 of the first restated
lines=$(ask auditor "{ plan(id: \"$PLAN\") { budgetTables(id: \"MTBS\") { lines { id amounts { column value } } } } }" \
  | python3 -c '
import json, sys
table = json.load(sys.stdin)["data"]["plan"]["budgetTables"][0]
found = [(l["id"], a["value"]) for l in table["lines"] for a in l["amounts"] if a["column"] == "2004-05" and a["value"]]
for line_id, budget in found[:3]:
    print(line_id, budget)')
first_line=""
while read -r line budget; do
  [[ -z $first_line ]] && first_line=$line
  for quarter in 1 2 3 4; do
    forecast=$(python3 -c "print(round($budget * (1 + 0.004 * $quarter), 3))")
    actual=$(python3 -c "print(round($budget * $quarter / 4 * 0.98, 3))")
    ask officer "mutation { recordSpend(planId: \"$PLAN\", lineId: \"$line\", input: {period: \"2004/05-Q$quarter\",
      forecast: \"$forecast\", actual: \"$actual\", comment: \"Example data: finance return\"},
      reason: \"Example data: Q$quarter finance return\") { id } }" >/dev/null
  done
  echo "$line: forecast and spend for Q1 to Q4 recorded"
done <<< "$lines"
spend_version=$(ask auditor "{ plan(id: \"$PLAN\") { budgetTables(id: \"MTBS\") { lines { id spending(period: \"2004/05-Q2\") { version actual } } } } }" \
  | python3 -c "import json,sys; l=[x for x in json.load(sys.stdin)['data']['plan']['budgetTables'][0]['lines'] if x['id']=='$first_line'][0]; print(l['spending'][0]['version'], l['spending'][0]['actual'])")
read -r q2_spend_version q2_actual <<< "$spend_version"
ask officer "mutation { restateSpend(planId: \"$PLAN\", spendId: \"$first_line@2004/05-Q2\", input: {period: \"2004/05-Q2\",
  actual: \"$q2_actual\", comment: \"Example data: the forecast was withdrawn pending the pay award\"},
  expectedVersion: $q2_spend_version, reason: \"Example data: Q2 forecast withdrawn\") { planVersion } }" >/dev/null
echo "$first_line@2004/05-Q2 restated"
echo "Try: { plan(id: \"$PLAN\") { measures { id readings { period value status statusInWords restated } } } }"
