// Parts added to and removed from the plan from the console, where the API allows it: a new
// target under an outcome, and a target removed (its history stays, readable as at any point).

import { graphql } from './api.js';
import { h, field, errorBox } from './dom.js';

const SET_TARGET = `mutation($plan: ID!, $outcome: ID!, $input: TargetInput!, $reason: String!, $key: String) {
  setTarget(planId: $plan, outcomeId: $outcome, input: $input, reason: $reason, idempotencyKey: $key) { id planVersion } }`;
const REMOVE_TARGET = `mutation($plan: ID!, $id: ID!, $v: Int!, $reason: String!, $key: String) {
  removeTarget(planId: $plan, targetId: $id, expectedVersion: $v, reason: $reason, idempotencyKey: $key) { planVersion } }`;

const newKey = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;

function form(fields, button, send) {
  const problem = h('div');
  const element = h('form', { class: 'edit', oninput: () => { element.dataset.editing = 'true'; }, onsubmit: async (event) => {
    event.preventDefault();
    problem.replaceChildren();
    try {
      await send();
    } catch (error) {
      problem.replaceChildren(errorBox(error));
    }
  } }, fields, h('button', { type: 'submit' }, button), problem);
  return element;
}

export function newTargetForm({ planId, refresh }, outcome) {
  const name = (n) => `new-target-${n}-${outcome.id}`;
  const inputs = { description: h('input', { name: name('description'), required: true, size: 50 }),
    indicator: h('input', { name: name('indicator'), size: 20 }), baseline: h('input', { name: name('baseline'), size: 10 }),
    target: h('input', { name: name('target'), size: 10 }), unit: h('input', { name: name('unit'), size: 10 }),
    byWhen: h('input', { name: name('byWhen'), size: 20 }) };
  const reason = h('input', { name: name('reason'), required: true, size: 40 });
  const key = newKey();
  const labels = { description: 'What is measured', indicator: 'Indicator', baseline: 'Baseline figure', target: 'Target figure',
    unit: 'Unit', byWhen: 'By when' };
  return h('details', { class: 'change-form' }, h('summary', {}, `Set a new target under “${outcome.title ?? outcome.id}”`),
    form([Object.entries(inputs).map(([n, input]) => field(labels[n], input)), field('Why (recorded with it)', reason)],
      'Set the target', async () => {
        const input = Object.fromEntries(Object.entries(inputs).map(([n, i]) => [n, i.value.trim() || null]));
        const { setTarget } = await graphql(SET_TARGET, { plan: planId, outcome: outcome.id, input, reason: reason.value.trim(), key });
        await refresh(`Target ${setTarget.id} set under “${outcome.title ?? outcome.id}” (plan version ${setTarget.planVersion}).`,
          setTarget.planVersion);
      }));
}

export function removeTargetForm({ planId, refresh }, target) {
  const what = target.description ?? target.id;
  const reason = h('input', { name: `remove-reason-${target.id}`, required: true, size: 40 });
  const key = newKey();
  return h('details', { class: 'change-form' }, h('summary', {}, `Remove the target “${what}”`),
    form([h('p', {}, 'It leaves the plan from the next version; its history stays, and the plan as at any point before still '
      + `shows it. Sent with plan version ${target.version}, the version read: if someone changed it since, nothing is removed.`),
    field('Why (recorded with it)', reason)], 'Remove it', async () => {
      const { removeTarget } = await graphql(REMOVE_TARGET, { plan: planId, id: target.id, v: target.version,
        reason: reason.value.trim(), key });
      await refresh(`The target “${what}” was removed (plan version ${removeTarget.planVersion}).`, removeTarget.planVersion);
    }));
}
