#!/usr/bin/env bash
# On a local server (demo accounts), officers make the changes of HarrowDraftTwoStoryTest to the
# Harrow plan, each with its reason, and the administrator issues Draft 2: something for the
# console's "Compare drafts" to show. Usage: bash scripts/draft-two.sh [http://localhost:8080]
set -euo pipefail
SERVER=${1:-http://localhost:8080}
PLAN=harrow-bvpp-2004-05

source "$(dirname "$0")/ask.sh"
version_of() {
  ask officer "{ history(planId: \"$PLAN\", entityId: \"$1\", first: 1) { edges { node { planVersion } } } }" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["history"]["edges"][0]["node"]["planVersion"])'
}
revise() { # revise MUTATION ID_ARGUMENT ID FIELDS REASON
  ask officer "mutation { $1(planId: \"$PLAN\", $2: \"$3\", input: {$4}, expectedVersion: $(version_of "$3"), reason: \"$5\") { planVersion } }" >/dev/null
  echo "$3: $5"
}

revise reviseOutcome outcomeId ENV-A-1 'leadDirectorate: "UL / BC"' "Business Connections now co-lead"
revise reviseOutcome outcomeId ENV-D-1 'achievements: "Travel plans agreed with 12 employers"' "Completed for Draft 2"
revise reviseTarget targetId ENV-B-2-T1 'target: "30"' "Stretch agreed with GLA"
revise reviseBudgetLine lineId MTBS-1 'amounts: [{column: "2005-06", amount: "243.000"}]' "Revised settlement"
revise reviseBudgetLine lineId MTBS-2 'amounts: [{column: "2005-06", amount: "0.100"}]' "Base budget correction"
ask admin "mutation { issueDraft(planId: \"$PLAN\", label: \"Draft 2\", documentDate: \"2004-05-12\", reason: \"For scrutiny\") { id } }"
echo "Draft 2 issued: open $SERVER/#/compare"
