// Parts added to and removed from the plan from the console, where the API allows it: an outcome
// under a priority, a target under an outcome, a line in a budget table, a task in an improvement
// area; each removed with the version read (its history stays, readable as at any point).

import { graphql, changeKey } from './api.js';
import { h, field, sendingForm } from './dom.js';

/** What may be added under what: the mutation, its parent argument, the input's type, and the fields asked for. */
const ADDITIONS = {
  outcome: { mutation: 'addOutcome', parent: 'priorityId', type: 'OutcomeInput',
    fields: [['title', 'The outcome, as it will be printed', true], ['leadDirectorate', 'Lead directorate']] },
  target: { mutation: 'setTarget', parent: 'outcomeId', type: 'TargetInput',
    fields: [['description', 'What is measured', true], ['indicator', 'Indicator'], ['baseline', 'Baseline figure'],
      ['target', 'Target figure'], ['unit', 'Unit'], ['byWhen', 'By when']] },
  'budget line': { mutation: 'addBudgetLine', parent: 'tableId', type: 'BudgetLineInput',
    fields: [['label', 'The line, as it will be printed', true]] },
  task: { mutation: 'addTask', parent: 'areaId', type: 'TaskInput', fields: [['task', 'The task, as it will be printed', true]] },
};

/** What may be removed: the mutation and its id argument. */
const REMOVALS = {
  outcome: ['removeOutcome', 'outcomeId'], target: ['removeTarget', 'targetId'],
  'budget line': ['removeBudgetLine', 'lineId'], task: ['removeTask', 'taskId'],
};

/** "Add a … under …": the kind's fields and a reason; the screen then says the new part's id. */
export function additionForm({ planId, refresh }, kind, parentId, parentName) {
  const { mutation, parent, type, fields } = ADDITIONS[kind];
  const inputs = fields.map(([name, label, required]) =>
    [name, label, h('input', { name: `new-${kind.replace(' ', '-')}-${name}-${parentId}`, required: !!required, size: 40 })]);
  const reason = h('input', { name: `new-${kind.replace(' ', '-')}-reason-${parentId}`, required: true, size: 40 });
  const key = changeKey();
  const request = `mutation($plan: ID!, $parent: ID!, $input: ${type}!, $reason: String!, $key: String) {
    ${mutation}(planId: $plan, ${parent}: $parent, input: $input, reason: $reason, idempotencyKey: $key) { id planVersion } }`;
  return h('details', { class: 'change-form' }, h('summary', {}, `Add a ${kind} under “${parentName}”`),
    sendingForm([inputs.map(([, label, input]) => field(label, input)), field('Why (recorded with it)', reason)], `Add the ${kind}`,
      async () => {
        const input = Object.fromEntries(inputs.map(([name, , i]) => [name, i.value.trim() || null]));
        const answer = Object.values(await graphql(request, { plan: planId, parent: parentId, input,
          reason: reason.value.trim(), key }))[0];
        await refresh(`The ${kind} ${answer.id} was added under “${parentName}” (plan version ${answer.planVersion}).`,
          answer.planVersion);
      }));
}

/** "Remove the …": sent with the version read, so a part someone changed since is not removed. */
export function removalForm({ planId, refresh }, kind, part, name) {
  const [mutation, idArgument] = REMOVALS[kind];
  const reason = h('input', { name: `remove-reason-${part.id}`, required: true, size: 40 });
  const key = changeKey();
  const request = `mutation($plan: ID!, $id: ID!, $v: Int!, $reason: String!, $key: String) {
    ${mutation}(planId: $plan, ${idArgument}: $id, expectedVersion: $v, reason: $reason, idempotencyKey: $key) { planVersion } }`;
  return h('details', { class: 'change-form' }, h('summary', {}, `Remove the ${kind} “${name}”`),
    sendingForm([h('p', {}, 'It leaves the plan from the next version; its history stays, and the plan as at any point before still '
      + `shows it. Sent with plan version ${part.version}, the version read: if someone changed it since, nothing is removed.`),
    field('Why (recorded with it)', reason)], 'Remove it', async () => {
      const answer = Object.values(await graphql(request, { plan: planId, id: part.id, v: part.version,
        reason: reason.value.trim(), key }))[0];
      await refresh(`The ${kind} “${name}” was removed (plan version ${answer.planVersion}).`, answer.planVersion);
    }));
}
