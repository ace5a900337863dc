// The changes an officer makes from the plan screen: an outcome's wording, a target's figures.

import { graphql } from './api.js';
import { changeForm } from './change-form.js';

const LAST = 'lastChange { actor reason time planVersion type }';
const REREAD = `query($plan: ID!, $priority: ID!) { plan(id: $plan) { outcomes(filter: { priorityId: $priority }) {
  id title leadDirectorate achievements version ${LAST}
  targets { id description indicator baseline baselinePrinted target targetPrinted unit byWhen version ${LAST} } } } }`;
const REVISE_OUTCOME = `mutation($plan: ID!, $id: ID!, $input: OutcomeInput!, $v: Int!, $reason: String!, $key: String) {
  reviseOutcome(planId: $plan, outcomeId: $id, input: $input, expectedVersion: $v, reason: $reason, idempotencyKey: $key) { planVersion } }`;
const REVISE_TARGET = `mutation($plan: ID!, $id: ID!, $input: TargetInput!, $v: Int!, $reason: String!, $key: String) {
  reviseTarget(planId: $plan, targetId: $id, input: $input, expectedVersion: $v, reason: $reason, idempotencyKey: $key) { planVersion } }`;

const OUTCOME_FIELDS = [{ name: 'title', label: 'Outcome' }, { name: 'leadDirectorate', label: 'Lead directorate' },
  { name: 'achievements', label: 'What we did in 2003/04', long: true }];
const TARGET_FIELDS = [{ name: 'description', label: 'What is measured' }, { name: 'indicator', label: 'Indicator' },
  { name: 'baseline', label: 'Baseline figure' }, { name: 'baselinePrinted', label: 'Baseline as printed' },
  { name: 'target', label: 'Target figure' }, { name: 'targetPrinted', label: 'Target as printed' },
  { name: 'unit', label: 'Unit' }, { name: 'byWhen', label: 'By when' }];

async function outcomesOf(planId, priorityId) {
  return (await graphql(REREAD, { plan: planId, priority: priorityId })).plan.outcomes;
}

async function revise(mutation, planId, id, input, version, reason, key) {
  const answer = await graphql(mutation, { plan: planId, id, input, v: version, reason, key });
  return Object.values(answer)[0].planVersion;
}

export function outcomeForm({ planId, refresh }, outcome, priorityId) {
  return changeForm({ kind: 'outcome', name: outcome.title ?? outcome.id, entity: outcome, fields: OUTCOME_FIELDS, refresh,
    send: (input, version, reason, key) => revise(REVISE_OUTCOME, planId, outcome.id, input, version, reason, key),
    reread: async () => (await outcomesOf(planId, priorityId)).find(o => o.id === outcome.id) });
}

export function targetForm({ planId, refresh }, target, outcomeId, priorityId) {
  return changeForm({ kind: 'target', name: target.description ?? target.id, entity: target, fields: TARGET_FIELDS, refresh,
    send: (input, version, reason, key) => revise(REVISE_TARGET, planId, target.id, input, version, reason, key),
    reread: async () => (await outcomesOf(planId, priorityId)).find(o => o.id === outcomeId).targets.find(t => t.id === target.id) });
}
