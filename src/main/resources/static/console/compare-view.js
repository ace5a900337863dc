// Two drafts side by side for scrutiny: what was added, removed and changed, by whom and why, and
// what the committee asked about each.

import { graphql } from './api.js';
import { h, table, errorBox } from './dom.js';
import { asAt, pointLabel, shown, signed, verdict, whoAndWhy, historyLink } from './words.js';
import { pointPicker, day } from './point-picker.js';
import { documentButtons } from './documents.js';
import { QUESTIONS, questionsOn, scrutinySection } from './scrutiny-view.js';

const DRAFTS = 'query($id: ID!) { plan(id: $id) { drafts { number label documentDate version } } }';
const DIFF = `query($id: ID!, $from: AsAt!, $to: AsAt) {
  planDiff(planId: $id, from: $from, to: $to) { from to summary { added removed changed events }
    groups { themeId priorityId budgetTableId changes { entityId label entityKind change
      fields { field label before after difference differenceUnit } events { type planVersion actor reason time } } }
    budgetChecks { tableId description where from to differenceBefore differenceAfter } }
  plan(id: $id, asAt: $to) { themes { id name priorities { id letter title } } budgetTables { id caption title } }
  current: plan(id: $id) { ${QUESTIONS} } }`;

export async function compareScreen({ planId, params, go, refresh }) {
  const { plan: { drafts } } = await graphql(DRAFTS, { id: planId });
  const dated = drafts.map(d => ({ ...d, documentDate: day(d.documentDate) }));
  const from = params.get('from') ?? (drafts[0] ? `draft:${drafts[0].number}` : 'version:1');
  const to = params.get('to') ?? (drafts.length > 1 ? `draft:${drafts[drafts.length - 1].number}` : 'now');
  const fromPicker = pointPicker({ label: 'Compare', name: 'from', drafts, chosen: from, allowNow: false });
  const toPicker = pointPicker({ label: 'with', name: 'to', drafts, chosen: to });
  const form = h('form', { class: 'bar', onsubmit: (e) => { e.preventDefault(); go({ from: fromPicker.point(), to: toPicker.point() }); } },
    fromPicker, toPicker, h('button', { type: 'submit' }, 'Compare'));
  const heading = h('h1', {}, `Compare ${pointLabel(from, dated)} with ${pointLabel(to, dated)}`);
  let answer;
  try {
    answer = await graphql(DIFF, { id: planId, from: asAt(from), to: asAt(to) });
  } catch (error) {
    return [heading, form, errorBox(error)];
  }
  // the committee asks about an item as it reads it in the later draft
  const scrutiny = { planId, refresh, draft: to.startsWith('draft:') ? Number(to.split(':')[1]) : null };
  const questions = answer.current.scrutiny;
  const errors = h('div');
  const query = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  return [heading, form,
    documentButtons(`/plans/${planId}/comparison?${query}`, `/plans/${planId}/comparison.md?${query}`,
      `${planId}-comparison.md`, (error) => errors.replaceChildren(errorBox(error))),
    errors, summaryLine(answer.planDiff),
    answer.planDiff.groups.map(group => groupSection(group, answer.plan, questions, scrutiny)),
    budgetChecks(answer.planDiff.budgetChecks), scrutinySection(questions, drafts, scrutiny)];
}

function summaryLine({ from, to, summary }) {
  return h('p', { class: 'lede' }, `From plan version ${from} to ${to}: ${summary.changed} changed, ${summary.added} added, `
    + `${summary.removed} removed, in ${summary.events} recorded change${summary.events === 1 ? '' : 's'}.`,
    summary.events === 0 ? ' Nothing differs between these two points.' : '');
}

function groupSection(group, plan, questions, scrutiny) {
  return h('section', {}, h('h2', {}, groupTitle(group, plan)), group.changes.map(c => change(c, questions, scrutiny)));
}

function groupTitle({ themeId, priorityId, budgetTableId }, plan) {
  if (budgetTableId) {
    const t = plan?.budgetTables.find(b => b.id === budgetTableId);
    return t ? `Budget: ${t.caption ? `${t.caption}: ` : ''}${t.title ?? ''}` : `Budget table ${budgetTableId}`;
  }
  const theme = plan?.themes.find(t => t.id === themeId);
  const priority = theme?.priorities.find(p => p.id === priorityId);
  if (priority && priority.letter === 'OTHER') return `${theme.name}, ${(priority.title ?? 'Other areas of activity').toLowerCase()}`;
  if (priority) return `${theme.name}, priority ${priority.letter}: ${priority.title ?? ''}`;
  if (theme) return theme.name;
  return themeId ?? 'Other parts of the plan';
}

function change(c, questions, scrutiny) {
  return h('article', { class: 'change' },
    h('h3', {}, h('span', { class: `badge ${c.change}` }, c.change.toLowerCase()), ' ', c.label ?? c.entityId),
    h('p', { class: 'ids' }, `${kindName(c.entityKind)} ${c.entityId}`, historyLink(c.entityId, 'Its whole history') ? [' · ',
      historyLink(c.entityId, 'Its whole history')] : ''),
    c.fields.length ? table(null, ['What', 'Before', 'After', 'Difference'], c.fields.map(f => [
      f.label, h('td', {}, h('del', {}, shown(f.before))), h('td', {}, h('ins', {}, shown(f.after))),
      h('td', { class: 'num' }, signed(f.difference) && f.differenceUnit ? `${signed(f.difference)} ${f.differenceUnit}` : signed(f.difference))])) : null,
    h('h4', {}, 'Who changed it and why'), c.events.map(whoAndWhy),
    c.change === 'REMOVED' ? null : questionsOn(c.entityId, c.label ?? c.entityId, questions, scrutiny));
}

function kindName(kind) {
  return kind.charAt(0) + kind.slice(1).toLowerCase().replaceAll('_', ' ');
}

function budgetChecks(checks) {
  if (checks.length === 0) return null;
  return h('section', {}, h('h2', {}, 'Budget arithmetic that changed'),
    table(null, ['Table', 'Check', 'Where', 'Before', 'After'], checks.map(c => [c.tableId, c.description, c.where,
      `${verdict(c.from)}${signed(c.differenceBefore) ? ` (out by ${signed(c.differenceBefore)})` : ''}`,
      `${verdict(c.to)}${signed(c.differenceAfter) ? ` (out by ${signed(c.differenceAfter)})` : ''}`])));
}
