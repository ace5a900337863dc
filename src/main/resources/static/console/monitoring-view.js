// What happened against what was planned, on two time axes: each figure is for a period, and what
// was known of it depends on the point the plan is read at. "As reported then / as known now" puts
// one period's figures at two points side by side, with every restatement between them.

import { graphql, hasRole } from './api.js';
import { h, table, field, select, errorBox } from './dom.js';
import { asAt, pointLabel, historyLink, when } from './words.js';
import { pointPicker, day } from './point-picker.js';
import { figure, direction, readingFigure } from './monitoring-words.js';
import { trendChart, periodParts } from './trend-chart.js';
import { readingForm } from './reading-form.js';
import { documentButtons } from './documents.js';
import { SPENDING, spendingSection } from './spending-view.js';

const READING = `id period value comment dataQuality target status statusInWords direction directionOnYear restated version
  lastChange { actor reason time planVersion type }`;
const MEASURES = `query($id: ID!, $at: AsAt) { now: plan(id: $id) { drafts { number label documentDate } }
  plan(id: $id, asAt: $at) { version measures { id title indicator appliesTo unit betterWhen tolerance version
    targets { year target } readings { ${READING} } } ${SPENDING} } }`;
const THEN_AND_NOW = `query($id: ID!, $then: AsAt, $period: String) {
  then: plan(id: $id, asAt: $then) { version measures { id readings(period: $period) { ${READING} } } }
  now: plan(id: $id) { version measures { id title unit readings(period: $period) { ${READING} } } } }`;

export async function monitoringScreen({ planId, params, go, refresh }) {
  const point = params.get('at') ?? 'now';
  const { now: { drafts }, plan } = await graphql(MEASURES, { id: planId, at: asAt(point) });
  const dated = drafts.map(d => ({ ...d, documentDate: day(d.documentDate) }));
  const picker = pointPicker({ label: 'What was known', name: 'at', drafts, chosen: point });
  const readings = plan.measures.flatMap(m => m.readings);
  const periods = [...new Set(readings.map(r => r.period))].sort(byPeriod);
  const errors = h('div');
  return [
    h('h1', {}, 'Monitoring: what happened against the plan'),
    h('p', { class: 'lede' }, `Showing what was known ${pointLabel(point, dated)} (plan version ${plan.version}): `
      + `${count(plan.measures.length, 'measure')}, ${count(readings.length, 'reading')}. Each figure is for its period; a later restatement `
      + 'does not change what was known before it.'),
    h('form', { class: 'bar', onsubmit: (e) => { e.preventDefault(); go({ ...Object.fromEntries(params), at: picker.point() }); } },
      picker, h('button', { type: 'submit' }, 'Show')),
    h('p', {}, 'The quarterly monitoring report for scrutiny, as at this point (exceptions first, then each measure by theme):'),
    documentButtons(`/plans/${planId}/monitoring-report?at=${encodeURIComponent(point)}`,
      `/plans/${planId}/monitoring-report.md?at=${encodeURIComponent(point)}`, `${planId}-monitoring-${point.replace(':', '-')}.md`,
      (error) => errors.replaceChildren(errorBox(error))),
    errors,
    plan.measures.length === 0 ? h('p', {}, 'No measure was defined at this point.') : [
      table('The latest reading of each measure; shapes as well as words give the status',
        ['Measure', 'Period', 'Figure', 'Target', 'Status', 'Direction', 'Comment'],
        plan.measures.map(latestRow)),
      h('h2', {}, 'Each measure'), plan.measures.map(measureDetails)],
    spendingSection(plan.budgetTables),
    await thenAndNow(planId, params, periods, drafts, go),
    point === 'now' && hasRole('OFFICER', 'ADMIN') && plan.measures.length ? readingForm({ planId, measures: plan.measures, refresh }) : null,
  ];
}

function latestRow(measure) {
  const latest = measure.readings.at(-1);
  if (!latest) return [measure.title, '—', 'no reading yet', '', '', '', ''];
  return [measure.title, latest.period, h('td', { class: 'num' }, readingFigure(latest, measure.unit)),
    h('td', { class: 'num' }, figure(latest.target, measure.unit)), h('td', { class: `status ${latest.status}` }, latest.statusInWords),
    direction(latest.direction, 'the period before'), latest.comment ?? ''];
}

function measureDetails(measure) {
  const latest = measure.readings.at(-1);
  return h('details', { class: 'measure' },
    h('summary', {}, measure.title, measure.indicator ? ` (${measure.indicator})` : '',
      latest ? ` · ${latest.period}: ${readingFigure(latest, measure.unit)}, ${latest.statusInWords}` : ' · no reading yet'),
    h('p', { class: 'muted' }, `${measure.betterWhen === 'HIGHER' ? 'Higher' : 'Lower'} is better; `
      + (measure.tolerance ? `within ${figure(measure.tolerance, measure.unit)} of target counts as close. ` : 'any miss is off target. ')
      + `Targets: ${measure.targets.map(t => `${t.year} ${t.target === null ? 'none in the plan (a gap)' : figure(t.target, measure.unit)}`).join('; ')}.`),
    trendChart(measure),
    h('p', { class: 'muted' }, 'In the chart: ● on target, ▲ close to target, ■ off target, ○ no target to compare with; '
      + 'the dashed line is the year’s target.'),
    table(null, ['Period', 'Figure', 'Target', 'Status', 'On the period before', 'On a year before', 'Comment', 'Reported by, and why'],
      measure.readings.map(r => [r.period, h('td', { class: 'num' }, readingFigure(r, measure.unit)),
        h('td', { class: 'num' }, figure(r.target, measure.unit)), h('td', { class: `status ${r.status}` }, r.statusInWords),
        direction(r.direction, 'the period before'), direction(r.directionOnYear, 'a year before'),
        [r.comment ?? '', r.dataQuality ? ` (quality: ${r.dataQuality})` : ''],
        [`${r.lastChange.actor}, ${when(r.lastChange.time)}: “${r.lastChange.reason ?? ''}”`,
          r.restated ? [' ', historyLink(r.id, 'Restatements')] : '']])),
    h('p', { class: 'ids' }, `${measure.id}${measure.appliesTo ? ` · measures ${measure.appliesTo}` : ''}`));
}

/** One period's figures as reported at a point and as known now, with who restated what, when and why. */
async function thenAndNow(planId, params, periods, drafts, go) {
  const period = params.get('period') ?? '';
  const then = params.get('then') ?? '';
  const periodChoice = select('period', [['', 'Choose a period'], ...periods.map(p => [p, p])], period);
  const picker = pointPicker({ label: 'As reported then', name: 'then', drafts, chosen: then || 'version:', allowNow: false });
  const form = h('form', { class: 'bar', onsubmit: (e) => {
    e.preventDefault();
    go({ ...Object.fromEntries(params), period: periodChoice.value, then: picker.point() });
  } }, field('Period', periodChoice), picker, h('button', { type: 'submit' }, 'Compare'));
  const heading = [h('h2', {}, 'As reported then, as known now'),
    h('p', { class: 'muted' }, 'Pick a period and the point it was reported at (a draft, a plan version, or what was recorded '
      + 'in plantrail by the end of a date): its figures then and now side by side, with each restatement since.'), form];
  if (!period || !then) return heading;
  let answer;
  try {
    answer = await graphql(THEN_AND_NOW, { id: planId, then: asAt(then), period });
  } catch (error) {
    return [heading, errorBox(error)];
  }
  const before = new Map(answer.then.measures.map(m => [m.id, m.readings[0]]));
  const rows = answer.now.measures.filter(m => m.readings.length || before.get(m.id)).map(m => {
    const earlier = before.get(m.id);
    const now = m.readings[0];
    const changed = earlier && now && earlier.version !== now.version;
    return [m.title,
      h('td', { class: 'num' }, earlier ? `${readingFigure(earlier, m.unit)}, ${earlier.statusInWords}` : 'not yet reported'),
      h('td', { class: 'num' }, now ? `${readingFigure(now, m.unit)}, ${now.statusInWords}` : '—'),
      changed ? `restated by ${now.lastChange.actor}, ${when(now.lastChange.time)}, in plan version ${now.lastChange.planVersion}: `
        + `“${now.lastChange.reason ?? ''}”` : earlier ? 'unchanged' : 'reported since'];
  });
  return [heading, h('p', {}, `${period} as reported at plan version ${answer.then.version} and as known now `
      + `(plan version ${answer.now.version}).`),
    table(null, ['Measure', 'As reported then', 'As known now', 'Since then'], rows)];
}

function byPeriod(a, b) {
  const [p, q] = [periodParts(a), periodParts(b)];
  return p.start - q.start || (p.quarter ?? 5) - (q.quarter ?? 5);
}

function count(n, thing) {
  return `${n} ${thing}${n === 1 ? '' : 's'}`;
}
