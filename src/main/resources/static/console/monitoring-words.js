// How readings are worded on screen: figures with their unit, directions of travel in words.

/** A figure in its unit: 21.7%, 12 days, £7.265m, 310 £000. */
export function figure(value, unit) {
  if (value === null || value === undefined || value === '') return '—';
  if (!unit) return String(value);
  if (unit === '£m') return String(value).startsWith('-') ? `−£${String(value).slice(1)}m` : `£${value}m`;
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

const DIRECTIONS = { IMPROVED: 'better', UNCHANGED: 'the same', WORSENED: 'worse', NO_EARLIER_READING: 'no earlier reading' };

/** Against an earlier period, the better way being the measure's: never an arrow alone. */
export function direction(value, against) {
  const words = DIRECTIONS[value] ?? value;
  return value === 'NO_EARLIER_READING' ? words : `${words} than ${against}`;
}

/** A reading's figure, marked where it restates an earlier report. */
export function readingFigure(reading, unit) {
  return `${figure(reading.value, unit)}${reading.restated ? ' (restated)' : ''}`;
}
