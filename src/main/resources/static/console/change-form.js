// An officer's change to one part of the plan: its fields as read, a reason, a preview of what will
// change field by field (as the comparison shows it), then the change sent with the version it was
// read at. If someone changed it first, their change is shown beside this one (who, when, why, and
// their values), and this one can be re-applied on top of theirs.

import { changeKey } from './api.js';
import { h, table, field, select, errorBox } from './dom.js';
import { when } from './words.js';

const asText = (value) => value === null || value === undefined ? '' : String(value);

/**
 * kind and name: the part in words ("target", "Percentage of recyclables collected"); entity: its
 * values as read, with version; fields: [{ name, label, long, options }]; send(changes, version, reason,
 * key): the plan version the change made; reread(): the part as it stands now, with lastChange.
 */
export function changeForm({ kind, name, entity, fields, send, reread, refresh }) {
  const what = `${kind} “${name}”`;
  let base = entity;
  let key = changeKey();
  const inputs = Object.fromEntries(fields.map(f => [f.name, f.options
    ? select(`edit-${f.name}`, f.options, entity[f.name])
    : h(f.long ? 'textarea' : 'input', { name: `edit-${f.name}`, rows: f.long ? 4 : false, size: f.long ? false : 40 })]));
  fields.forEach(f => { inputs[f.name].value = asText(entity[f.name]); });
  const reason = h('input', { name: 'edit-reason', required: true, size: 50 });
  const preview = h('div', { role: 'status' });
  const form = h('form', { class: 'edit', onsubmit: (e) => { e.preventDefault(); showPreview(); },
    oninput: () => { form.dataset.editing = 'true'; } },
    fields.map(f => field(f.label, inputs[f.name])), field('Why (recorded with the change)', reason),
    h('button', { type: 'submit' }, 'Preview the change'), preview);

  const changes = () => Object.fromEntries(fields.map(f => [f.name, inputs[f.name].value.trim()])
    .filter(([name, value]) => value !== asText(base[name]).trim()).map(([name, value]) => [name, value === '' ? null : value]));
  const label = (name) => fields.find(f => f.name === name).label;

  function showPreview(note = null) {
    const changed = changes();
    if (Object.keys(changed).length === 0) {
      preview.replaceChildren(h('p', {}, 'Nothing differs from what is stored yet: change a field first.'));
      return;
    }
    const sendButton = h('button', { type: 'button', class: 'primary', onclick: () => sendIt(changed) }, 'Send the change');
    preview.replaceChildren(note,
      table(`What will change in the ${what}, against plan version ${base.version}`, ['Field', 'Now', 'After the change'],
        Object.entries(changed).map(([name, value]) => [label(name), h('td', {}, h('del', {}, asText(base[name]) || '(empty)')),
          h('td', {}, h('ins', {}, asText(value) || '(emptied)'))])),
      h('p', {}, `Why: “${reason.value.trim()}”`), sendButton);
    sendButton.focus();
  }

  async function sendIt(changed) {
    try {
      const planVersion = await send(changed, base.version, reason.value.trim(), key);
      await refresh(`The ${what} was changed (plan version ${planVersion}).`, planVersion);
    } catch (error) {
      if (error.code !== 'CONFLICT') {
        preview.replaceChildren(errorBox(error));
        return;
      }
      showConflict(changed, await reread());
    }
  }

  function showConflict(mine, theirs) {
    const change = theirs.lastChange;
    const names = fields.map(f => f.name).filter(name => name in mine || asText(theirs[name]) !== asText(base[name]));
    const again = h('button', { type: 'button', onclick: () => {
      // only the fields this officer changed go on top; every other field takes their value
      fields.filter(f => !(f.name in mine)).forEach(f => { inputs[f.name].value = asText(theirs[f.name]); });
      base = theirs;
      key = changeKey();
      showPreview(h('p', {}, 'Your changes, now against their version:'));
    } }, 'Re-apply my changes on top of theirs');
    preview.replaceChildren(h('div', { class: 'error', role: 'alert' },
      h('strong', {}, 'Someone changed it first. '), `${change.actor} changed the ${what} on ${when(change.time)} `
        + `(plan version ${change.planVersion}) after you read it: “${change.reason ?? 'no reason given'}”. Nothing of yours was stored.`),
    table('Their change beside yours', ['Field', 'When you read it', 'Theirs, now stored', 'Yours, not sent'],
      names.map(name => [label(name), asText(base[name]) || '(empty)', asText(theirs[name]) || '(empty)',
        name in mine ? asText(mine[name]) || '(emptied)' : '(unchanged)'])),
    again);
    again.focus();
  }

  return h('details', { class: 'change-form' }, h('summary', {}, `Change the ${what}`), form);
}
