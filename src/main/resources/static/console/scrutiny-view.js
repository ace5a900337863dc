// The scrutiny committee's questions and recommendations beside the items they are about, and the
// executive's answers: members ask about an item as they read it in a draft; officers and
// administrators answer, each answer checked against the version of the question they read.

import { graphql, hasRole, changeKey } from './api.js';
import { h, table, field, select, sendingForm } from './dom.js';
import { when } from './words.js';

export const QUESTIONS = `scrutiny { id kind itemId itemLabel draft text asked { actor time reason }
  answer { verdict text inDraft } version lastChange { actor time reason } }`;
const ASK = `mutation($plan: ID!, $input: ScrutinyQuestionInput!, $reason: String!, $key: String) {
  askScrutiny(planId: $plan, input: $input, reason: $reason, idempotencyKey: $key) { id planVersion } }`;
const ANSWER = `mutation($plan: ID!, $id: ID!, $input: ScrutinyAnswerInput!, $v: Int!, $reason: String!, $key: String) {
  answerScrutiny(planId: $plan, questionId: $id, input: $input, expectedVersion: $v, reason: $reason, idempotencyKey: $key) { planVersion } }`;

const VERDICTS = { ANSWERED: 'answered', ACCEPTED: 'accepted', REJECTED: 'rejected', DONE: 'done' };

function kindWords(question) {
  return question.kind === 'RECOMMENDATION' ? 'Recommendation' : 'Question';
}

export function answerWords(question) {
  const a = question.answer;
  if (!a) return 'Not answered yet';
  return `${VERDICTS[a.verdict]}${a.verdict === 'DONE' ? ` in Draft ${a.inDraft}` : ''}: “${a.text}” `
    + `(${question.lastChange.actor}, ${when(question.lastChange.time)})`;
}

/** What has been asked about one item, and for a committee member reading a draft, a form to ask. */
export function questionsOn(itemId, label, questions, { planId, draft, refresh }) {
  const mine = questions.filter(q => q.itemId === itemId);
  return h('div', { class: 'questions' },
    mine.map(q => h('p', { class: q.answer ? 'question answered' : 'question open' },
      h('strong', {}, `${kindWords(q)} ${q.id} from scrutiny (${q.asked.actor}, on Draft ${q.draft}): `), `“${q.text}” `,
      h('br'), h('span', {}, `Answer: ${answerWords(q)}`))),
    draft && hasRole('SCRUTINY') ? askForm(planId, itemId, label, draft, refresh) : null);
}

function askForm(planId, itemId, label, draft, refresh) {
  const kind = select('askKind', [['QUESTION', 'A question'], ['RECOMMENDATION', 'A recommendation']], 'QUESTION');
  const text = h('textarea', { name: 'askText', required: true, rows: 3 });
  const reason = h('input', { name: 'askReason', required: true, size: 40, placeholder: 'Agreed at the committee of …' });
  const key = changeKey();
  const form = sendingForm([field('Which', kind), field(`What the committee asks or recommends about “${label}” in Draft ${draft}`, text),
    field('Why now (recorded with it)', reason)], 'Record it', async () => {
    const { askScrutiny } = await graphql(ASK, { plan: planId, key, reason: reason.value.trim(),
      input: { kind: kind.value, itemId, draft, text: text.value.trim() } });
    await refresh(`${kind.value === 'RECOMMENDATION' ? 'Recommendation' : 'Question'} ${askScrutiny.id} recorded on “${label}”.`,
      askScrutiny.planVersion);
  });
  return h('details', { class: 'change-form' }, h('summary', {}, `Ask about “${label}”`), form);
}

/** Every question and recommendation, unanswered first, with an answer form for officers and administrators. */
export function scrutinySection(questions, drafts, { planId, refresh }) {
  if (questions.length === 0) return null;
  const ordered = [...questions.filter(q => !q.answer), ...questions.filter(q => q.answer)];
  const open = questions.filter(q => !q.answer).length;
  return h('section', {}, h('h2', {}, 'What scrutiny has asked'),
    h('p', {}, `${open} of ${questions.length} not answered yet.`),
    table(null, ['No.', 'About', 'Asked', 'The committee’s words', 'Answer'], ordered.map(q => [q.id,
      `${q.itemLabel ?? q.itemId} (Draft ${q.draft})`, `${kindWords(q)} by ${q.asked.actor}, ${when(q.asked.time)}`, q.text,
      answerWords(q)])),
    hasRole('OFFICER', 'ADMIN') ? ordered.map(q => answerForm(q, drafts, planId, refresh)) : null);
}

function answerForm(question, drafts, planId, refresh) {
  const verdicts = question.kind === 'RECOMMENDATION'
    ? [['ACCEPTED', 'Accepted'], ['REJECTED', 'Rejected (give the reasons)'], ['DONE', 'Done in a draft']]
    : [['ANSWERED', 'Answered']];
  const verdict = select(`verdict-${question.id}`, verdicts, question.answer?.verdict ?? verdicts[0][0]);
  const inDraft = select(`inDraft-${question.id}`, drafts.map(d => [d.number, d.label]), question.answer?.inDraft ?? drafts.at(-1)?.number);
  const inDraftField = field('Done in', inDraft);
  const text = h('textarea', { name: `answer-${question.id}`, required: true, rows: 3 });
  text.value = question.answer?.text ?? '';
  const reason = h('input', { name: `answerReason-${question.id}`, required: true, size: 40 });
  const key = changeKey();
  const showDraft = () => { inDraftField.hidden = verdict.value !== 'DONE'; };
  verdict.addEventListener('change', showDraft);
  showDraft();
  const form = sendingForm([field('Verdict', verdict), inDraftField, field('The answer', text),
    field('Why now (recorded with it)', reason)], 'Send the answer', async () => {
    const { answerScrutiny } = await graphql(ANSWER, { plan: planId, id: question.id, v: question.version, key,
      reason: reason.value.trim(), input: { verdict: verdict.value, text: text.value.trim(),
        inDraft: verdict.value === 'DONE' ? Number(inDraft.value) : null } });
    await refresh(`${question.id} answered (plan version ${answerScrutiny.planVersion}).`, answerScrutiny.planVersion);
  });
  return h('details', { class: 'change-form' }, h('summary', {}, `${question.answer ? 'Answer again' : 'Answer'} ${question.id}: “${question.text}”`), form);
}
