// Officers report a measure's figure for a period, or restate one already reported, with a reason.
// A restatement sends the version of the reading this screen shows: if someone restated it since,
// it is refused and nothing is stored.

import { graphql, changeKey } from './api.js';
import { h, field, select, errorBox } from './dom.js';
import { figure } from './monitoring-words.js';

const RECORD = `mutation($plan: ID!, $measure: ID!, $input: ReadingInput!, $reason: String!, $key: String) {
  recordReading(planId: $plan, measureId: $measure, input: $input, reason: $reason, idempotencyKey: $key) { planVersion } }`;
const RESTATE = `mutation($plan: ID!, $reading: ID!, $input: ReadingInput!, $version: Int!, $reason: String!, $key: String) {
  restateReading(planId: $plan, readingId: $reading, input: $input, expectedVersion: $version, reason: $reason,
    idempotencyKey: $key) { planVersion } }`;

export function readingForm({ planId, measures, refresh }) {
  const action = select('readingAction', [['record', 'Report a figure for a period'],
    ['restate', 'Restate a figure already reported']], 'record');
  const measure = select('readingMeasure', measures.map(m => [m.id, `${m.title} (${m.unit})`]), measures[0]?.id);
  const period = h('input', { name: 'readingPeriod', required: true, placeholder: '2004/05-Q3', size: 12,
    pattern: '\\d{4}/\\d{2}(-Q[1-4])?', title: 'A quarter such as 2004/05-Q3, or a council year such as 2004/05 for its outturn' });
  const value = h('input', { name: 'readingValue', required: true, inputmode: 'decimal', size: 10 });
  const comment = h('input', { name: 'readingComment', size: 30 });
  const quality = h('input', { name: 'readingQuality', size: 24 });
  const reason = h('input', { name: 'readingReason', required: true, size: 30 });
  const outcome = h('div', { role: 'status' });
  // one key for what this form sends, so that pressing the button twice stores one change
  const key = changeKey();

  async function send(event) {
    event.preventDefault();
    outcome.replaceChildren();
    const chosen = measures.find(m => m.id === measure.value);
    const input = { period: period.value.trim(), value: value.value.trim(),
      comment: comment.value.trim() || null, dataQuality: quality.value.trim() || null };
    try {
      if (action.value === 'record') {
        const { recordReading } = await graphql(RECORD,
          { plan: planId, measure: chosen.id, input, reason: reason.value.trim(), key });
        await refresh(`${chosen.title}, ${input.period}: ${figure(input.value, chosen.unit)} reported (plan version ${recordReading.planVersion}).`,
          recordReading.planVersion);
        return;
      }
      const shown = chosen.readings.find(r => r.period === input.period);
      if (!shown) {
        outcome.replaceChildren(errorBox({ code: 'VALIDATION', message: `No figure for ${input.period} has been reported for `
          + `${chosen.title} yet, so there is nothing to restate: report it instead.` }));
        return;
      }
      const { restateReading } = await graphql(RESTATE, { plan: planId, reading: shown.id, input, version: shown.version,
        reason: reason.value.trim(), key });
      await refresh(`${chosen.title}, ${input.period}: restated from ${figure(shown.value, chosen.unit)} to `
        + `${figure(input.value, chosen.unit)} (plan version ${restateReading.planVersion}).`, restateReading.planVersion);
    } catch (error) {
      outcome.replaceChildren(errorBox(error));
    }
  }

  return h('section', {}, h('h2', {}, 'Report or restate a figure'),
    h('p', { class: 'muted' }, 'A figure once reported is never overwritten: restating it keeps the first report, '
      + 'and both stay in the history with who, when and why.'),
    h('form', { class: 'bar', onsubmit: send, oninput: (e) => { e.currentTarget.dataset.editing = 'true'; } },
      field('What to do', action), field('Measure', measure), field('Period', period), field('Figure', value),
      field('Comment', comment), field('Note on its quality', quality), field('Why', reason),
      h('button', { type: 'submit' }, 'Send')),
    outcome);
}
