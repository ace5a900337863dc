// For auditors: one entity's timeline, the plan's whole log filtered, and the integrity check.

import { graphql, hasRole } from './api.js';
import { h, table, field, select, errorBox } from './dom.js';
import { shown, when, whoAndWhy } from './words.js';

const ENTITY = `query($id: ID!, $entity: ID!, $after: String) { history(planId: $id, entityId: $entity, first: 20, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { planVersion type actor reason time draftInForce removed changes { field label value } } } } }`;
const LOG = `query($id: ID!, $actor: String, $type: String, $from: DateTime, $to: DateTime, $after: String) {
  planHistory(planId: $id, actor: $actor, eventType: $type, from: $from, to: $to, first: 50, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { planVersion type entityId actor reason time } } } }`;
const INTEGRITY = `query($id: ID!) { verifyIntegrity(planId: $id) { ok checkedEvents head
  broken { planVersion payloadType problem } draftDigests { draftNumber planVersion digest } } }`;

const CHOICES = 'query($id: ID!) { planHistoryChoices(planId: $id) { actors eventTypes } }';

export async function historyScreen({ planId, params, go }) {
  const entity = params.get('entity');
  const filters = { actor: params.get('actor'), type: params.get('type'), from: params.get('from'), to: params.get('to') };
  return [h('h1', {}, entity ? `History of ${entity}` : 'History and integrity'),
    entityForm(entity, filters, go),
    entity ? await timeline(planId, entity) : null,
    // the check an auditor comes for stands before a log of many pages, not after it
    hasRole('AUDITOR') ? [h('h2', {}, 'Integrity of the record'), integrity(planId)] : null,
    h('h2', {}, 'The plan’s log'), logForm(entity, filters, (await graphql(CHOICES, { id: planId })).planHistoryChoices, go),
    await log(planId, filters)];
}

function entityForm(entity, filters, go) {
  const input = h('input', { name: 'entity', value: entity ?? '', placeholder: 'ENV-A-1, MTBS-3, IP-1-2 …', required: true });
  return h('form', { class: 'bar', onsubmit: (e) => { e.preventDefault(); go({ ...filters, entity: input.value.trim() }); } },
    field('An item’s id', input), h('button', { type: 'submit' }, 'Show its history'));
}

async function timeline(planId, entity) {
  const list = h('ol', { class: 'timeline', reversed: true });
  const more = h('p');
  const status = h('div');
  const load = async (after) => {
    try {
      const { history } = await graphql(ENTITY, { id: planId, entity, after });
      if (!after) status.replaceChildren(h('p', {}, `${history.totalCount} version${history.totalCount === 1 ? '' : 's'}, newest first.`));
      list.append(...history.edges.map(({ node }) => version(node)));
      more.replaceChildren(history.pageInfo.hasNextPage
        ? h('button', { type: 'button', onclick: () => load(history.pageInfo.endCursor) }, 'Show older versions') : '');
    } catch (error) {
      status.replaceChildren(errorBox(error));
    }
  };
  await load(null);
  return h('section', {}, status, list, more);
}

function version(v) {
  return h('li', {}, whoAndWhy(v),
    v.draftInForce ? h('p', { class: 'muted' }, `Draft ${v.draftInForce} was the latest draft issued when this was made.`) : null,
    v.removed ? h('p', {}, h('strong', {}, 'Removed from the plan.')) : null,
    v.changes.length ? table(null, ['Field', 'Value set'], v.changes.map(c => [c.label, shown(c.value)])) : null);
}

function logForm(entity, filters, choices, go) {
  const actor = select('actor', [['', 'Anyone'], ...choices.actors.map(a => [a, a])], filters.actor ?? '');
  const type = select('type', [['', 'Every kind of change'], ...choices.eventTypes.map(t => [t, t])], filters.type ?? '');
  const from = h('input', { name: 'from', type: 'date', value: filters.from ?? '' });
  const to = h('input', { name: 'to', type: 'date', value: filters.to ?? '' });
  return h('form', { class: 'bar', onsubmit: (e) => {
    e.preventDefault();
    go({ entity, actor: actor.value.trim(), type: type.value.trim(), from: from.value, to: to.value });
  } }, field('Person', actor), field('Kind of change', type), field('From', from), field('To', to),
  h('button', { type: 'submit' }, 'Filter the log'));
}

async function log(planId, filters) {
  const rows = h('tbody');
  const more = h('p');
  const status = h('div');
  const variables = { id: planId, actor: filters.actor || null, type: filters.type || null,
    from: filters.from ? `${filters.from}T00:00:00Z` : null, to: filters.to ? `${filters.to}T23:59:59Z` : null };
  const load = async (after) => {
    try {
      const { planHistory } = await graphql(LOG, { ...variables, after });
      rows.append(...planHistory.edges.map(({ node }) => h('tr', {}, h('td', { class: 'num' }, node.planVersion),
        h('td', {}, when(node.time)), h('td', {}, node.actor), h('td', {}, node.type),
        h('td', {}, node.entityId ? h('a', { href: `#/history?entity=${encodeURIComponent(node.entityId)}` }, node.entityId) : ''),
        h('td', {}, node.reason ?? ''))));
      if (!after && planHistory.edges.length === 0) status.replaceChildren(h('p', {}, 'No change matches these filters.'));
      more.replaceChildren(planHistory.pageInfo.hasNextPage
        ? h('button', { type: 'button', onclick: () => load(planHistory.pageInfo.endCursor) }, 'Show older changes') : '');
    } catch (error) {
      status.replaceChildren(errorBox(error));
    }
  };
  await load(null);
  return h('section', {}, status, h('table', {}, h('thead', {}, h('tr', {},
    ['Version', 'When', 'Who', 'Kind of change', 'Item', 'Why'].map(c => h('th', { scope: 'col' }, c)))), rows), more);
}

function integrity(planId) {
  const result = h('div', { 'aria-live': 'polite' });
  const check = async () => {
    result.replaceChildren(h('p', {}, 'Checking every stored event against its recorded hash…'));
    try {
      const { verifyIntegrity: report } = await graphql(INTEGRITY, { id: planId });
      result.replaceChildren(integrityReport(report));
    } catch (error) {
      result.replaceChildren(errorBox(error));
    }
  };
  return h('section', {}, h('p', {}, 'Recompute the hash chain from the stored events: any event changed, removed or '
    + 'inserted behind the application’s back is found.'),
  h('button', { type: 'button', class: 'primary', onclick: check }, 'Check integrity'), result);
}

function integrityReport(report) {
  return h('div', {},
    report.ok ? h('p', { class: 'ok' }, `Intact: all ${report.checkedEvents} stored events match their recorded hashes.`)
      : h('div', { class: 'error', role: 'alert' }, `Not intact: ${report.broken.length} event(s) no longer match.`,
        h('ul', {}, report.broken.map(b => h('li', {}, `Plan version ${b.planVersion} (${b.payloadType}): ${b.problem}`)))),
    h('p', {}, 'Chain head: ', h('code', {}, report.head)),
    // a draft fixes the plan at one version and is issued by the event after it: both are named, as the offline verifier does
    table('The chain head at each issued draft: keep one, and later prove the log up to it is unchanged.',
      ['Draft', 'The plan it fixes', 'Issued by the event that made', 'Digest (the chain head after its issue)'],
      report.draftDigests.map(d => [d.draftNumber, `plan version ${d.planVersion - 1}`, `plan version ${d.planVersion}`,
        h('code', {}, d.digest)])));
}
