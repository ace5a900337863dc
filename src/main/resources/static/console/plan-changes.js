// The changes an officer makes from the plan screen: an outcome's wording, a target's figures, a
// budget line's amounts, a task's status, and a task's dated progress.

import { graphql, changeKey } from './api.js';
import { h, field, sendingForm } from './dom.js';
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

const TABLE = `query($plan: ID!, $table: ID!) { plan(id: $plan) { budgetTables(id: $table) {
  lines { id label amounts { column printed value } version ${LAST} } } } }`;
const REVISE_LINE = `mutation($plan: ID!, $id: ID!, $input: BudgetLineInput!, $v: Int!, $reason: String!, $key: String) {
  reviseBudgetLine(planId: $plan, lineId: $id, input: $input, expectedVersion: $v, reason: $reason, idempotencyKey: $key) { planVersion } }`;
const AREA = `query($plan: ID!) { plan(id: $plan) { improvementPlan { id tasks { id task status version ${LAST} } } } }`;
const REVISE_TASK = `mutation($plan: ID!, $id: ID!, $input: TaskInput!, $v: Int!, $reason: String!, $key: String) {
  reviseTask(planId: $plan, taskId: $id, input: $input, expectedVersion: $v, reason: $reason, idempotencyKey: $key) { planVersion } }`;
const RECORD_PROGRESS = `mutation($plan: ID!, $id: ID!, $input: ProgressInput!, $reason: String!, $key: String) {
  recordTaskProgress(planId: $plan, taskId: $id, input: $input, reason: $reason, idempotencyKey: $key) { planVersion } }`;
const STATUSES = [['ACHIEVED', 'Achieved by the target date'], ['UNDERWAY', 'Underway'], ['OUTSTANDING', 'Outstanding and late']];

/** A line as the form reads it: its label and one field per column, the figure where there is one, else as printed. */
function lineValues(line) {
  return Object.assign({ label: line.label, version: line.version, lastChange: line.lastChange },
    ...line.amounts.map(a => ({ [`amount:${a.column}`]: a.value ?? a.printed })));
}

export function budgetLineForm({ planId, refresh }, line, table) {
  const fields = [{ name: 'label', label: 'Line' }, ...table.columns.map(c => ({ name: `amount:${c.key}`,
    label: `${c.label ?? c.key}${c.unit ? ` (${c.unit})` : ''}` }))];
  return changeForm({ kind: 'budget line', name: line.label ?? line.id, entity: lineValues(line), fields, refresh,
    send: (changes, version, reason, key) => {
      const amounts = Object.entries(changes).filter(([name]) => name.startsWith('amount:'))
        .map(([name, amount]) => ({ column: name.slice('amount:'.length), amount }));
      const input = { ...('label' in changes ? { label: changes.label } : {}), ...(amounts.length ? { amounts } : {}) };
      return revise(REVISE_LINE, planId, line.id, input, version, reason, key);
    },
    reread: async () => lineValues((await graphql(TABLE, { plan: planId, table: table.id })).plan.budgetTables[0]
      .lines.find(l => l.id === line.id)) });
}

export function taskForm({ planId, refresh }, task, areaId) {
  return changeForm({ kind: 'task', name: task.task ?? task.id, entity: task, refresh,
    fields: [{ name: 'status', label: 'Where it stands', options: STATUSES }],
    send: (input, version, reason, key) => revise(REVISE_TASK, planId, task.id, input, version, reason, key),
    reread: async () => (await graphql(AREA, { plan: planId })).plan.improvementPlan.find(a => a.id === areaId)
      .tasks.find(t => t.id === task.id) });
}

/** A dated progress entry added to a task: a new entry, so there is nothing anyone could have changed first. */
export function progressForm({ planId, refresh }, task) {
  const date = h('input', { name: `progress-date-${task.id}`, size: 20, placeholder: '1 October 2004' });
  const text = h('textarea', { name: `progress-text-${task.id}`, rows: 3, required: true });
  const reason = h('input', { name: `progress-reason-${task.id}`, required: true, size: 40 });
  const key = changeKey();
  const form = sendingForm([field('Date, as it will be printed', date), field('What was done', text),
    field('Why (recorded with it)', reason)], 'Record the progress', async () => {
    const { recordTaskProgress } = await graphql(RECORD_PROGRESS, { plan: planId, id: task.id, key, reason: reason.value.trim(),
      input: { date: date.value.trim() || null, text: text.value.trim() } });
    await refresh(`Progress recorded on the task “${task.task ?? task.id}” (plan version ${recordTaskProgress.planVersion}).`,
      recordTaskProgress.planVersion);
  });
  return h('details', { class: 'change-form' }, h('summary', {}, `Record progress on the task “${task.task ?? task.id}”`), form);
}
