// How values, points in time and people's changes are worded on screen.

import { h } from './dom.js';
import { readsHistory } from './api.js';

/** A contact as the source prints it: a label before the name, a role after it, the phone; or a team. */
function contactWords(contact) {
  if (contact.team) return contact.team;
  const label = contact.role?.endsWith(':') ? contact.role : null;
  const person = contact.name && contact.role && !label ? `${contact.name} (${contact.role})` : contact.name;
  return [label, person, contact.phone].filter(Boolean).join(' ');
}

/** A gap's kind in words, where the answer did not ask for inPlainWords (the server's GapKind). */
const GAP_WORDS = {
  BLANK: 'left blank in the source', TO_BE_COMPLETED: 'to be completed in the source',
  TO_BE_INSERTED: 'to be inserted; the source leaves room for it', TO_BE_CONFIRMED: 'to be confirmed; the source marks it unconfirmed',
  TO_BE_UPDATED: 'to be updated; the source marks it out of date', NOT_AVAILABLE: 'not available when the source was written',
  PLACEHOLDER: 'a placeholder in the source (such as XXX), not a real figure', MISSING_HEADING: 'the source has no heading here',
  MISSING_TABLE: 'the source refers to a table it does not print',
  EDITORIAL_QUERY: 'the source queries its own wording here; it stands as printed',
};

export function shown(value) {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(shown).join('; ');
  if (typeof value === 'object') {
    if ('printed' in value) return `${value.column ?? ''} ${value.printed ?? '(blank)'}`.trim();
    if ('erased' in value) return value.erased ? '(contact erased on request)' : contactWords(value);
    if ('kind' in value && 'field' in value) {
      return `gap in ${value.fieldLabel ?? value.field}: ${value.wording ?? value.inPlainWords ?? GAP_WORDS[value.kind] ?? value.kind}`;
    }
    return JSON.stringify(value);
  }
  return String(value);
}

const VERDICTS = { AGREES: 'adds up', DIFFERS: 'does not add up',
  DIFFERS_WITHIN_ROUNDING: 'differs in the last digit (rounding could explain it)', CANNOT_CHECK: 'cannot be checked' };

export function verdict(status) {
  return status ? VERDICTS[status] ?? status : 'not checked then';
}

export function when(time) {
  return time ? new Date(time).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

/** A difference with its sign; none where there is none to speak of (0.000 is no difference). */
export function signed(difference) {
  if (difference === null || difference === undefined || Number(difference) === 0) return '';
  return difference.startsWith('-') ? `−${difference.slice(1)}` : `+${difference}`;
}

/** Who made a change, when, in which version, and why: the question an auditor always asks. */
export function whoAndWhy(change) {
  return h('p', { class: 'why' },
    h('strong', {}, change.actor), ` · ${when(change.time)} · plan version ${change.planVersion} · ${change.type}`,
    h('br'), change.reason ? `Why: “${change.reason}”` : h('span', { class: 'muted' }, 'No reason was given.'));
}

export function gapNote(gap, where) {
  return h('p', { class: 'gap' },
    h('strong', {}, 'Gap: '), `${where ? `${where}, ` : ''}${gap.fieldLabel.toLowerCase()}: ${gap.inPlainWords}`,
    gap.wording ? ` (the source says “${gap.wording}”)` : '', gap.note ? `. ${gap.note}` : '');
}

/** A link to an item's history, for those whose role may read it (the committee compares drafts instead). */
export function historyLink(entityId, text = 'History') {
  if (!readsHistory()) return null;
  return h('a', { href: `#/history?entity=${encodeURIComponent(entityId)}`, 'aria-label': `${text} of ${entityId}` }, text);
}

/** The AsAt argument for a point chosen as "draft:1", "dated:2004-05-12", "version:300", "date:2004-05-01" or "now". */
export function asAt(point) {
  const [kind, value] = (point ?? 'now').split(':');
  if (kind === 'draft') return { draft: Number(value) };
  if (kind === 'dated') return { draftDated: value };
  if (kind === 'version') return { version: Number(value) };
  if (kind === 'date') return { timestamp: `${value}T23:59:59Z` };
  return null;
}

export function pointLabel(point, drafts = []) {
  const [kind, value] = (point ?? 'now').split(':');
  if (kind === 'draft') {
    const draft = drafts.find(d => String(d.number) === value);
    return draft ? `${draft.label}, dated ${draft.documentDate}` : `Draft ${value}`;
  }
  if (kind === 'dated') {
    const [year, month, date] = (value ?? '').split('-');
    const draft = drafts.find(d => d.documentDate === value || d.documentDate === `${date}/${month}/${year}`);
    return draft ? `${draft.label}, dated ${date}/${month}/${year}` : `the draft dated ${date}/${month}/${year}`;
  }
  if (kind === 'version') return `plan version ${value}`;
  if (kind === 'date') return `as recorded in plantrail by the end of ${value}`;
  return 'as it stands now';
}

/** A target's figure: the source's words while they state it, else the revised figure beside what was printed. */
export function targetFigure(figure, printed, unit) {
  if (figure === null || figure === undefined) return printed ?? '';
  const withUnit = `${figure}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`;
  if (!printed) return withUnit;
  const escaped = String(figure).replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  const statesIt = new RegExp('(?<![\\d.])' + escaped + '(?![\\d]|\\.\\d)').test(printed);
  return statesIt ? printed : `${withUnit} (revised; the source printed “${printed}”)`;
}
