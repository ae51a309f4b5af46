/// <reference lib="dom" />
// Charts drawn as SVG with DOM calls: a weekly timeline stacked by language, and horizontal bars (technique profile,
// outlets). Each has a text alternative (aria-label and a <title>) and a data table beside it for screen readers.
import { h, s } from './dom.js';

export const PALETTE = ['#1b6ca8', '#b03a2e', '#1e7b4f', '#7d3c98', '#9a6400', '#0e6b5c', '#4d5d6e', '#a0356b'];

const DAY = 86_400_000;

/** Every Monday from the first week to the last, so quiet weeks show as gaps. */
function weekRange(weeks: string[]): string[] {
  const sorted = [...new Set(weeks)].sort();
  if (!sorted.length) return [];
  const out: string[] = [];
  const end = Date.parse(`${sorted[sorted.length - 1]}T00:00:00Z`);
  for (let t = Date.parse(`${sorted[0]}T00:00:00Z`); t <= end && out.length < 520; t += 7 * DAY) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

export function timelineChart(rows: { week: string; language: string | null; count: number }[], label: string): HTMLElement {
  const weeks = weekRange(rows.map((r) => r.week));
  const languages = [...new Set(rows.map((r) => r.language ?? '?'))].sort();
  const color = new Map(languages.map((l, i) => [l, PALETTE[i % PALETTE.length]]));
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.week, (totals.get(r.week) ?? 0) + r.count);
  const max = Math.max(1, ...totals.values());
  const [W, H, left, bottom, top] = [640, 220, 36, 28, 10];
  const bw = (W - left - 8) / Math.max(weeks.length, 1);
  const y = (n: number) => top + (H - top - bottom) * (1 - n / max);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart timeline', role: 'img', 'aria-label': `${label}: articles per week, by language` }, s('title', {}, `${label}: articles per week, by language`));
  svg.append(s('line', { x1: left, x2: W - 4, y1: y(0), y2: y(0), class: 'axis' }), s('text', { x: left - 4, y: y(max) + 4, 'text-anchor': 'end', class: 'tick' }, max), s('text', { x: left - 4, y: y(0) + 4, 'text-anchor': 'end', class: 'tick' }, 0));
  weeks.forEach((week, i) => {
    let base = 0;
    for (const lang of languages) {
      const n = rows.find((r) => r.week === week && (r.language ?? '?') === lang)?.count ?? 0;
      if (!n) continue;
      svg.append(s('rect', { x: left + i * bw + 1, y: y(base + n), width: Math.max(bw - 2, 1), height: y(base) - y(base + n), fill: color.get(lang) ?? '#555', class: 'bar' }, s('title', {}, `week of ${week}, ${lang}: ${n}`)));
      base += n;
    }
  });
  if (weeks.length) {
    svg.append(s('text', { x: left, y: H - 8, class: 'tick' }, weeks[0]));
    if (weeks.length > 1) svg.append(s('text', { x: W - 4, y: H - 8, 'text-anchor': 'end', class: 'tick' }, weeks[weeks.length - 1]));
  }
  const legend = h('ul', { class: 'legend' }, languages.map((l) => h('li', {}, h('span', { class: 'swatch', 'data-color': color.get(l) ?? '' }), l)));
  for (const sw of legend.querySelectorAll<HTMLElement>('.swatch')) sw.style.background = sw.dataset.color ?? '';
  const table = h(
    'details',
    { class: 'chart-data' },
    h('summary', {}, 'Data'),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Week'), languages.map((l) => h('th', {}, l)))), h('tbody', {}, weeks.filter((w) => totals.has(w)).map((w) => h('tr', {}, h('td', {}, w), languages.map((l) => h('td', {}, rows.find((r) => r.week === w && (r.language ?? '?') === l)?.count ?? 0)))))),
  );
  return h('figure', { class: 'figure' }, svg, legend, table);
}

export function barChart(items: { label: string; value: number; note?: string }[], label: string, unit = ''): HTMLElement {
  const max = Math.max(1, ...items.map((i) => i.value));
  const [W, row, left] = [640, 22, 230];
  const H = Math.max(row * items.length + 8, 30);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart bars', role: 'img', 'aria-label': label }, s('title', {}, label));
  items.forEach((it, i) => {
    const w = ((W - left - 70) * it.value) / max;
    const yy = 4 + i * row;
    svg.append(
      s('text', { x: left - 6, y: yy + 14, 'text-anchor': 'end', class: 'tick' }, it.label.length > 34 ? `${it.label.slice(0, 33)}…` : it.label),
      s('rect', { x: left, y: yy + 2, width: Math.max(w, 1), height: row - 6, fill: PALETTE[0], class: 'bar' }, s('title', {}, `${it.label}: ${it.value}${unit}${it.note ? ` (${it.note})` : ''}`)),
      s('text', { x: left + w + 6, y: yy + 14, class: 'tick' }, `${it.value}${unit}`),
    );
  });
  const table = h('details', { class: 'chart-data' }, h('summary', {}, 'Data'), h('table', {}, h('tbody', {}, items.map((it) => h('tr', {}, h('td', {}, it.label), h('td', {}, `${it.value}${unit}`), h('td', {}, it.note ?? ''))))));
  return h('figure', { class: 'figure' }, svg, table);
}
