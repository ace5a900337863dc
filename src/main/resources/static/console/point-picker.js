// The as-at picker: a draft (by its label or the date printed on it), a plan version, or what was
// recorded in plantrail by a date, shared by the screens that read the past.

import { h, field, select } from './dom.js';

export function pointPicker({ label, name, drafts, chosen, allowNow = true }) {
  const [kind, value] = (chosen ?? (allowNow ? 'now' : `draft:${drafts[0]?.number ?? 1}`)).split(':');
  const options = [
    ...(allowNow ? [['now', 'As it stands now']] : []),
    ...drafts.map(d => [`draft:${d.number}`, `${d.label}, dated ${day(d.documentDate)}`]),
    ['dated', 'A draft by the date printed on it…'],
    ['version', 'At a plan version…'],
    ['date', 'As recorded in plantrail by the end of a date…'],
  ];
  const typed = kind === 'version' || kind === 'date' || kind === 'dated';
  const chosenOption = typed ? kind : `${kind}${value ? `:${value}` : ''}`;
  const which = select(name, options, chosenOption);
  const version = h('input', { name: `${name}-version`, type: 'number', min: 1, value: kind === 'version' ? value : '' });
  const date = h('input', { name: `${name}-date`, type: 'date', value: kind === 'date' || kind === 'dated' ? value : '' });
  const versionField = field('Plan version', version);
  const dateField = field('Date', date);
  const showFields = () => {
    versionField.hidden = which.value !== 'version';
    dateField.hidden = which.value !== 'date' && which.value !== 'dated';
    // an empty version or date is not sent as 0 or as nothing: the form asks for it
    version.required = which.value === 'version';
    date.required = !dateField.hidden;
  };
  which.addEventListener('change', showFields);
  showFields();
  const group = h('span', { class: 'picker' }, field(label, which), versionField, dateField);
  group.point = () => which.value === 'version' ? `version:${version.value}`
    : which.value === 'date' || which.value === 'dated' ? `${which.value}:${date.value}` : which.value;
  return group;
}

export function day(isoDate) {
  if (!isoDate) return '';
  const [year, month, date] = isoDate.split('-');
  return `${date}/${month}/${year}`;
}
