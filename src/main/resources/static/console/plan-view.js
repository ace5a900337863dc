// The plan as a tree (themes → priorities → outcomes → targets, budget tables, improvement plan), as at any point.

import { graphql, hasRole, changeKey } from './api.js';
import { h, table, errorBox, field } from './dom.js';
import { asAt, pointLabel, gapNote, historyLink, shown, targetFigure } from './words.js';
import { pointPicker, day } from './point-picker.js';
import { documentButtons } from './documents.js';
import { targetForm, outcomeForm, budgetLineForm, taskForm, progressForm } from './plan-changes.js';
import { additionForm, removalForm } from './plan-additions.js';

const GAP = 'gaps { field fieldLabel kind inPlainWords wording note }';
const LAST = 'lastChange { actor reason time planVersion type }';
const PLAN = `query($id: ID!, $at: AsAt) { now: plan(id: $id) { drafts { number label documentDate version } }
  plan(id: $id, asAt: $at) { id title council version
  sections { id heading paragraphs ${GAP} }
  themes { id name heading statement ${GAP} priorities { id letter title ${GAP} outcomes { id title leadDirectorate
    achievements actions plans indicators contacts { name phone role team erased } version ${GAP} ${LAST}
    targets { id description indicator baseline baselinePrinted target targetPrinted unit byWhen version ${GAP} ${LAST} } } } }
  lpsaTargets { id number title local }
  cpa { overallRating previousRating assessedAt findings ${GAP} }
  budgetTables { id title caption columns { key label unit } ${GAP} lines { id label amounts { column printed value } version ${GAP} ${LAST} } }
  improvementPlan { id name ${GAP} tasks { id task status officers { name phone role team erased } progress { date text } version ${GAP} ${LAST} } } }
  completeness(planId: $id, asAt: $at) { openGaps } }`;

let changing = null;

export async function planScreen({ planId, params, go, refresh }) {
  const point = params.get('at') ?? 'now';
  const { now: { drafts }, plan, completeness } = await graphql(PLAN, { id: planId, at: asAt(point) });
  const errors = h('div');
  const picker = pointPicker({ label: 'Show the plan', name: 'at', drafts, chosen: point });
  const query = `${point === 'now' ? '' : `?${documentQuery(point)}`}`;
  // officers change the plan as it stands now; a past point is read only
  changing = point === 'now' && hasRole('OFFICER', 'ADMIN') ? { planId, refresh } : null;
  return [
    h('h1', {}, `${plan.council ?? ''}: ${plan.title}`),
    h('p', { class: 'lede' }, `Showing ${pointLabel(point, drafts.map(d => ({ ...d, documentDate: day(d.documentDate) })))}`,
      ` (plan version ${plan.version}). `, h('a', { href: `#/missing?at=${encodeURIComponent(point)}` },
        `${completeness.openGaps} gaps still open`), '.'),
    h('form', { class: 'bar', onsubmit: (e) => { e.preventDefault(); go({ at: picker.point() }); } },
      picker, h('button', { type: 'submit' }, 'Show')),
    documentButtons(`/plans/${planId}/document${query}`, `/plans/${planId}/document.md${query}`,
      `${planId}-${point.replace(':', '-')}.md`, (error) => errors.replaceChildren(errorBox(error))),
    errors,
    h('h2', {}, 'The document’s sections'), h('div', { class: 'tree' }, plan.sections.map(section)),
    h('h2', {}, 'Themes, priorities, outcomes and targets'), h('div', { class: 'tree' }, plan.themes.map(theme)),
    h('h2', {}, 'Agreements, budget and improvement plan'),
    h('div', { class: 'tree' }, lpsa(plan.lpsaTargets), cpa(plan.cpa), plan.budgetTables.map(budgetTable), improvementPlan(plan.improvementPlan)),
    point === 'now' && hasRole('ADMIN') ? issueDraftForm(planId, drafts, go) : null,
  ];
}

const ISSUE_DRAFT = `mutation($id: ID!, $label: String!, $date: Date!, $reason: String!, $key: String) {
  issueDraft(planId: $id, label: $label, documentDate: $date, reason: $reason, idempotencyKey: $key) { planVersion } }`;

/** Administrators fix the plan as it stands as the next draft; the screen then shows that draft. */
function issueDraftForm(planId, drafts, go) {
  const label = h('input', { name: 'draftLabel', value: `Draft ${drafts.length + 1}`, required: true });
  const date = h('input', { name: 'draftDate', type: 'date', required: true });
  const reason = h('input', { name: 'draftReason', required: true, size: 40 });
  const problem = h('div');
  // one key for what this form sends, so that pressing the button twice issues one draft
  const key = changeKey();
  async function issue(event) {
    event.preventDefault();
    problem.replaceChildren();
    try {
      await graphql(ISSUE_DRAFT, { id: planId, label: label.value.trim(), date: date.value, reason: reason.value.trim(), key });
      go({ at: `draft:${drafts.length + 1}` });
    } catch (error) {
      problem.replaceChildren(errorBox(error));
    }
  }
  return h('section', {}, h('h2', {}, 'Issue a draft'),
    h('p', { class: 'muted' }, 'The plan as it stands now becomes the next draft, with the date printed on its document. '
      + 'Nothing in it can change afterwards; later changes go into the draft after.'),
    h('form', { class: 'bar', onsubmit: issue },
      field('Label as printed', label), field('Date printed on it', date), field('Why now', reason),
      h('button', { type: 'submit' }, 'Issue the draft')),
    problem);
}

function documentQuery(point) {
  const [kind, value] = point.split(':');
  if (kind === 'dated') return `draftDated=${value}`;
  return kind === 'date' ? `timestamp=${value}T23:59:59Z` : `${kind}=${value}`;
}

function countGaps(node) {
  if (Array.isArray(node)) return node.reduce((sum, child) => sum + countGaps(child), 0);
  if (node === null || typeof node !== 'object') return 0;
  return Object.entries(node).reduce((sum, [key, value]) => sum + (key === 'gaps' ? value.length : countGaps(value)), 0);
}

function summary(text, node) {
  const gaps = countGaps(node);
  return h('summary', {}, text, gaps ? [' ', h('span', { class: 'gap-count' }, `${gaps} gap${gaps > 1 ? 's' : ''}`)] : '');
}

const gapsOf = (node) => node.gaps.map(gap => gapNote(gap));

function section(s) {
  return h('details', {}, summary(s.heading ?? '(the source has no heading)', s),
    s.paragraphs.map(p => h('p', {}, p)), gapsOf(s));
}

function theme(t) {
  return h('details', { open: true }, summary(h('strong', {}, t.heading ?? t.name), t),
    h('p', {}, t.statement), gapsOf(t), t.priorities.map(priority));
}

function priority(p) {
  const title = p.letter === 'OTHER' ? (p.title ?? 'Other areas of activity') : `Priority ${p.letter}: ${p.title ?? ''}`;
  return h('details', {}, summary(title, p), gapsOf(p), p.outcomes.map(o => outcome(o, p.id)),
    changing ? additionForm(changing, 'outcome', p.id, title) : null);
}

function outcome(o, priorityId) {
  return h('details', { class: 'outcome' }, summary(o.title ?? '(no title in the source)', o),
    h('dl', {},
      entry('Lead directorate', o.leadDirectorate),
      entry('What we did in 2003/04', o.achievements),
      entry('Action planned', o.actions.length ? h('ul', {}, o.actions.map(a => h('li', {}, a))) : null),
      entry('Relevant plans and strategies', o.plans.join('; ')),
      entry('Performance indicators', o.indicators.join('; ')),
      entry('Contact', o.contacts.map(shown).join('; '))),
    o.targets.length ? table('Targets', ['Target', 'Indicator', 'Baseline', 'Target', 'By when', 'History'],
      o.targets.map(t => [t.description, t.indicator, targetFigure(t.baseline, t.baselinePrinted, t.unit),
        targetFigure(t.target, t.targetPrinted, t.unit), t.byWhen, historyLink(t.id)])) : null,
    o.targets.flatMap(t => t.gaps.map(gap => gapNote(gap, `target ${t.description ?? t.id}`))),
    gapsOf(o),
    changing ? [outcomeForm(changing, o, priorityId),
      o.targets.map(t => [targetForm(changing, t, o.id, priorityId), removalForm(changing, 'target', t, t.description ?? t.id)]),
      additionForm(changing, 'target', o.id, o.title ?? o.id), removalForm(changing, 'outcome', o, o.title ?? o.id)] : null,
    h('p', { class: 'ids' }, `${o.id} · last changed by ${o.lastChange.actor} in plan version ${o.lastChange.planVersion}`,
      o.lastChange.reason ? ` (“${o.lastChange.reason}”)` : '', historyLink(o.id) ? [' · ', historyLink(o.id)] : ''));
}

function entry(term, value) {
  return value === null || value === undefined || value === '' ? null : [h('dt', {}, h('strong', {}, term)), h('dd', {}, value)];
}

function lpsa(targets) {
  if (targets.length === 0) return null;
  return h('details', {}, h('summary', {}, 'Local Public Services Agreement'),
    table(null, ['No.', 'Area', 'Local target'], targets.map(t => [t.number, t.title, t.local ? 'yes' : ''])));
}

function cpa(c) {
  if (c === null) return null;
  return h('details', {}, summary('Comprehensive Performance Assessment', c),
    h('p', {}, `Overall: ${c.overallRating ?? '—'} (previously ${c.previousRating ?? '—'}), ${c.assessedAt ?? ''}`),
    c.findings.map(f => h('p', {}, f)), gapsOf(c), h('p', { class: 'ids' }, historyLink('CPA')));
}

function budgetTable(t) {
  const header = ['Line', ...t.columns.map(c => [c.label ?? c.key, c.unit ? ` (${c.unit})` : ''])];
  const rows = t.lines.map(line => [h('td', {}, line.label ?? '(no label)', ' ', historyLink(line.id)),
    ...t.columns.map(c => h('td', { class: 'num' }, line.amounts.find(a => a.column === c.key)?.printed ?? ''))]);
  return h('details', {}, summary([t.caption ? `${t.caption}: ` : '', t.title ?? '(no title in the source)'], t),
    table(null, header, rows), gapsOf(t), t.lines.flatMap(line => line.gaps.map(gap => gapNote(gap, line.label ?? line.id))),
    changing ? [t.lines.map(line => [budgetLineForm(changing, line, t), removalForm(changing, 'budget line', line, line.label ?? line.id)]),
      additionForm(changing, 'budget line', t.id, t.title ?? t.id)] : null);
}

function improvementPlan(areas) {
  if (areas.length === 0) return null;
  return h('details', {}, summary("The improvement plan", areas), areas.map(area =>
    h('section', {}, h('h3', {}, area.name ?? '(no name in the source)'), gapsOf(area),
      table(null, ['Task', 'Officers responsible', 'Progress', 'Status', 'History'], area.tasks.map(task => [
        task.task, shown(task.officers), h('ul', {}, task.progress.map(p => h('li', {}, p.date ? `${p.date}: ` : '', p.text))),
        task.status, historyLink(task.id)])),
      area.tasks.flatMap(task => task.gaps.map(gap => gapNote(gap, task.task ?? task.id))),
      changing ? [area.tasks.map(task => [taskForm(changing, task, area.id), progressForm(changing, task),
        removalForm(changing, 'task', task, task.task ?? task.id)]), additionForm(changing, 'task', area.id, area.name ?? area.id)] : null)));
}
