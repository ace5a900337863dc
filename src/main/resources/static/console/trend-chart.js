// A measure's quarterly readings as a line, each year's target as a dashed line, drawn as SVG
// from the answer alone: no library, no CDN. Each point's shape says its status, as the tables do.

import { figure } from './monitoring-words.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 70;
const RIGHT = 20;
const TOP = 15;
const BOTTOM = 40;

function s(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.flat().filter(child => child !== null && child !== undefined));
  return element;
}

/** 2004/05-Q2 → { year: '2004/05', start: 2004, quarter: 2 }; a year's outturn has no quarter. */
export function periodParts(period) {
  const [year, quarter] = period.split('-Q');
  return { year, start: Number(year.slice(0, 4)), quarter: quarter ? Number(quarter) : null };
}

const SHAPES = {
  ON_TARGET: (x, y) => s('circle', { cx: x, cy: y, r: 5, class: 'point on' }),
  WITHIN_TOLERANCE: (x, y) => s('path', { d: `M${x} ${y - 6}L${x + 6} ${y + 5}L${x - 6} ${y + 5}Z`, class: 'point close' }),
  OFF_TARGET: (x, y) => s('rect', { x: x - 5, y: y - 5, width: 10, height: 10, class: 'point off' }),
  NO_TARGET: (x, y) => s('circle', { cx: x, cy: y, r: 5, class: 'point none' }),
};

export function trendChart(measure) {
  const quarters = measure.readings.filter(r => periodParts(r.period).quarter !== null);
  const years = [...new Set([...measure.targets.map(t => t.year), ...quarters.map(r => periodParts(r.period).year)])]
    .sort((a, b) => periodParts(a).start - periodParts(b).start);
  const targets = measure.targets.filter(t => t.target !== null && t.target !== undefined);
  const description = `${measure.title}: ${quarters.length} quarterly readings`
    + (quarters.length ? ` from ${quarters[0].period} (${figure(quarters[0].value, measure.unit)}) to `
      + `${quarters.at(-1).period} (${figure(quarters.at(-1).value, measure.unit)})` : '')
    + (targets.length ? `; target ${targets.map(t => `${figure(t.target, measure.unit)} in ${t.year}`).join(', ')}` : '; no target')
    + '. Every figure is also in the table below.';
  if (years.length === 0 || (quarters.length === 0 && targets.length === 0)) {
    return s('svg', { role: 'img', 'aria-label': description, class: 'trend', viewBox: `0 0 ${WIDTH} 40` },
      s('text', { x: 0, y: 25 }, 'No quarterly readings yet.'));
  }
  const first = periodParts(years[0]).start;
  const slots = years.length * 4;
  const x = (start, quarter) => LEFT + ((start - first) * 4 + quarter - 0.5) * (WIDTH - LEFT - RIGHT) / slots;
  const values = [...quarters.map(r => Number(r.value)), ...targets.map(t => Number(t.target))];
  const span = Math.max(...values) - Math.min(...values) || Math.abs(values[0]) || 1;
  const low = Math.min(...values) - span * 0.15;
  const high = Math.max(...values) + span * 0.15;
  const y = (value) => TOP + (high - Number(value)) * (HEIGHT - TOP - BOTTOM) / (high - low);
  const at = (reading) => { const p = periodParts(reading.period); return [x(p.start, p.quarter), y(reading.value)]; };

  return s('svg', { role: 'img', 'aria-label': description, class: 'trend', viewBox: `0 0 ${WIDTH} ${HEIGHT}` },
    s('title', {}, description),
    s('line', { x1: LEFT, y1: HEIGHT - BOTTOM, x2: WIDTH - RIGHT, y2: HEIGHT - BOTTOM, class: 'axis' }),
    s('line', { x1: LEFT, y1: TOP, x2: LEFT, y2: HEIGHT - BOTTOM, class: 'axis' }),
    s('text', { x: LEFT - 6, y: y(high) + 4, 'text-anchor': 'end' }, figure(round(high), measure.unit)),
    s('text', { x: LEFT - 6, y: y(low), 'text-anchor': 'end' }, figure(round(low), measure.unit)),
    years.map(year => s('text', { x: x(periodParts(year).start, 0.5), y: HEIGHT - BOTTOM + 32 }, year)),
    years.flatMap(year => [1, 2, 3, 4].map(quarter => s('text', { x: x(periodParts(year).start, quarter),
      y: HEIGHT - BOTTOM + 15, 'text-anchor': 'middle', class: 'quarter' }, `Q${quarter}`))),
    targets.map(t => {
      const start = periodParts(t.year).start;
      return s('g', {}, s('line', { x1: x(start, 0.6), x2: x(start, 4.4), y1: y(t.target), y2: y(t.target), class: 'target' }),
        s('text', { x: x(start, 4.4), y: y(t.target) - 5, 'text-anchor': 'end', class: 'target-label' },
          `target ${figure(t.target, measure.unit)}`));
    }),
    quarters.length > 1 ? s('polyline', { points: quarters.map(r => at(r).join(',')).join(' '), class: 'reading' }) : null,
    quarters.map(r => s('g', {}, SHAPES[r.status](...at(r)),
      s('title', {}, `${r.period}: ${figure(r.value, measure.unit)}, ${r.statusInWords}${r.restated ? ' (restated)' : ''}`))));
}

function round(value) {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(1);
}
