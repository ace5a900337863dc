// What is still missing: every open gap, filterable by theme, kind of item and kind of gap.

import { graphql } from './api.js';
import { h, table, field, select } from './dom.js';
import { asAt, pointLabel, historyLink } from './words.js';
import { pointPicker, day } from './point-picker.js';

const QUERY = `query($id: ID!, $at: AsAt) {
  completeness(planId: $id, asAt: $at) { planVersion openGaps gaps { entityId entityKind label parentId field fieldLabel kind inPlainWords wording note since } }
  now: plan(id: $id) { drafts { number label documentDate } }
  plan(id: $id, asAt: $at) { themes { id name priorities { id outcomes { id targets { id } } } } } }`;

export async function missingScreen({ planId, params, go }) {
  const point = params.get('at') ?? 'now';
  const { completeness, plan, now: { drafts } } = await graphql(QUERY, { id: planId, at: asAt(point) });
  const themeOf = themesByEntity(plan.themes);
  const chosen = { theme: params.get('theme') ?? '', entityKind: params.get('entityKind') ?? '', kind: params.get('kind') ?? '' };
  const shownGaps = completeness.gaps.filter(g =>
    (!chosen.theme || themeOf.get(g.entityId) === chosen.theme)
    && (!chosen.entityKind || g.entityKind === chosen.entityKind) && (!chosen.kind || g.kind === chosen.kind));
  const picker = pointPicker({ label: 'In the plan', name: 'at', drafts, chosen: point });
  const theme = select('theme', [['', 'Every theme and part'], ...plan.themes.map(t => [t.id, t.name])], chosen.theme);
  const entityKind = select('entityKind', [['', 'Every kind'], ...distinct(completeness.gaps.map(g => g.entityKind))
    .map(k => [k, kindWords(k)])], chosen.entityKind);
  const kind = select('kind', [['', 'Every kind of gap'], ...distinct(completeness.gaps.map(g => g.kind))
    .map(k => [k, completeness.gaps.find(g => g.kind === k).inPlainWords])], chosen.kind);
  const dated = drafts.map(d => ({ ...d, documentDate: day(d.documentDate) }));
  return [h('h1', {}, 'What is still missing'),
    h('p', { class: 'lede' }, `${completeness.openGaps} gaps are open in the plan ${pointLabel(point, dated)} `
      + `(plan version ${completeness.planVersion}); ${shownGaps.length} shown.`),
    h('form', { class: 'bar', onsubmit: (e) => {
      e.preventDefault();
      go({ at: picker.point(), theme: theme.value, entityKind: entityKind.value, kind: kind.value });
    } }, picker, field('Theme', theme), field('Kind of item', entityKind), field('Kind of gap', kind),
    h('button', { type: 'submit' }, 'Show')),
    table(null, ['Item', 'Where in it', 'What is missing', 'The source says', 'Open since', 'History'], shownGaps.map(g => [
      h('td', { title: g.entityId }, `${kindWords(g.entityKind)}${g.label ? ` “${g.label}”` : ''}`), g.fieldLabel, g.inPlainWords,
      [g.wording ?? '', g.note ? ` (${g.note})` : ''], `plan version ${g.since}`, historyLink(g.entityId)]))];
}

function themesByEntity(themes) {
  const themeOf = new Map();
  for (const theme of themes) {
    themeOf.set(theme.id, theme.id);
    for (const priority of theme.priorities) {
      themeOf.set(priority.id, theme.id);
      for (const outcome of priority.outcomes) {
        themeOf.set(outcome.id, theme.id);
        outcome.targets.forEach(t => themeOf.set(t.id, theme.id));
      }
    }
  }
  return themeOf;
}

function kindWords(kind) {
  const words = kind.toLowerCase().replaceAll('_', ' ');
  return words === 'cpa' ? 'CPA' : words.charAt(0).toUpperCase() + words.slice(1);
}

function distinct(values) {
  return [...new Set(values)].sort();
}
