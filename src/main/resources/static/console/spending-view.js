// What was forecast and spent against the budget's lines, as known at the point the screen reads:
// each line's latest report, the year's budget, and the variance in words as well as figures.

import { h, table } from './dom.js';
import { signed } from './words.js';
import { figure } from './monitoring-words.js';

export const SPENDING = `budgetTables { id title lines { id label spending { id period forecast actual budget unit variance comment
  restated lastChange { actor reason time } } } }`;

function varianceWords(spend) {
  if (spend.variance === null || spend.variance === undefined) return 'no variance (no forecast or no budget figure)';
  const amount = Number(spend.variance);
  if (amount === 0) return 'on budget';
  return `${signed(spend.variance)} ${spend.unit ?? ''}: ${amount > 0 ? 'overspend' : 'underspend'} forecast`.replace('  ', ' ');
}

export function spendingSection(budgetTables) {
  const lines = budgetTables.flatMap(t => t.lines.filter(line => line.spending.length).map(line => ({ table: t, line })));
  if (lines.length === 0) return null;
  return h('section', {}, h('h2', {}, 'Spending against the budget'),
    table('Each line’s latest report: the year’s forecast outturn against its budget, and the spend to date',
      ['Budget line', 'Period', 'Budget for the year', 'Forecast outturn', 'Variance', 'Spent to date', 'Comment'],
      lines.map(({ table: t, line }) => {
        const latest = line.spending.at(-1);
        return [`${line.label ?? line.id} (${t.title ?? t.id})`, latest.period,
          h('td', { class: 'num' }, figure(latest.budget, latest.unit)),
          h('td', { class: 'num' }, `${figure(latest.forecast, latest.unit)}${latest.restated ? ' (restated)' : ''}`),
          varianceWords(latest), h('td', { class: 'num' }, figure(latest.actual, latest.unit)), latest.comment ?? ''];
      })));
}
