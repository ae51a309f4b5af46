/// <reference lib="dom" />
// Who carried a narrative, and when: one row per stance (asserts, endorses, reports, refutes), a mark per article at
// its publication day, the first carrier ringed and labelled. Refuting articles are squares, the others circles, and
// each row is named in words, so colour is never the only cue. Undated articles are not placed on the axis: they are
// counted under it and listed last in the data table (never as 1970).
import { fmtDate, h, s } from './dom.js';
import { STANCE_MEANING, STANCES, isStance } from './stance-badge.js';

export interface CarrierRow {
  doc: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  stance: string;
}

const COLOUR: Record<string, string> = { asserts: '#8a1c12', endorses: '#9a6400', reports: '#4d5d6e', refutes: '#14532d' };
const DAY = 86_400_000;

/** The day of an ISO date or date-time, as a UTC timestamp; null when there is none or it does not parse. */
export function dayOf(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(t) ? t : null;
}

/** Dated articles by day (then as given), undated ones after them in the order given. */
export function byDate<T extends { published: string | null }>(rows: readonly T[]): T[] {
  const keyed = rows.map((r, i) => ({ r, i, day: dayOf(r.published) }));
  keyed.sort((a, b) => (a.day === null ? 1 : 0) - (b.day === null ? 1 : 0) || (a.day ?? 0) - (b.day ?? 0) || (a.r.published ?? '').localeCompare(b.r.published ?? '') || a.i - b.i);
  return keyed.map((k) => k.r);
}

/** The first article that carries the narrative (not a refutation), by date. */
export function firstCarrier<T extends CarrierRow>(rows: readonly T[]): T | null {
  return byDate(rows).find((r) => r.stance !== 'refutes' && dayOf(r.published) !== null) ?? null;
}

export function stanceTimeline(rows: readonly CarrierRow[], label: string): HTMLElement {
  const ordered = byDate(rows);
  const dated = ordered.filter((r) => dayOf(r.published) !== null);
  const undated = ordered.length - dated.length;
  const stances = [...STANCES.filter((st) => rows.some((r) => r.stance === st)), ...new Set(rows.map((r) => r.stance).filter((st) => !isStance(st)))];
  const first = firstCarrier(rows);
  const days = dated.map((r) => dayOf(r.published) ?? 0);
  const [lo, hi] = [Math.min(...days), Math.max(...days)];
  const [W, left, right, rowH, top] = [640, 96, 24, 34, 14];
  const H = top + Math.max(stances.length, 1) * rowH + 30;
  const x = (t: number) => (hi === lo ? (left + W - right) / 2 : left + ((W - left - right) * (t - lo)) / (hi - lo));
  const text = `${label}: ${dated.length} dated articles by stance, ${fmtDate(dated[0]?.published)} to ${fmtDate(dated[dated.length - 1]?.published)}${undated ? `, ${undated} undated` : ''}`;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart stance-timeline', role: 'img', 'aria-label': text }, s('title', {}, text));
  stances.forEach((st, i) => {
    const y = top + i * rowH + rowH / 2;
    svg.append(s('text', { x: left - 10, y: y + 4, 'text-anchor': 'end', class: 'row-label' }, st), s('line', { x1: left, x2: W - right, y1: y, y2: y, class: 'axis' }));
    const taken = new Map<number, number>();
    for (const r of dated.filter((d) => d.stance === st)) {
      const day = dayOf(r.published) ?? 0;
      // Articles of one day sit side by side rather than on top of each other.
      const nth = taken.get(day) ?? 0;
      taken.set(day, nth + 1);
      const cx = x(day) + nth * 9;
      const isFirst = r === first;
      const tip = s('title', {}, `${fmtDate(r.published)} · ${r.outlet ?? 'unknown outlet'} · ${st}${isFirst ? ' (first to carry it)' : ''}: ${r.title ?? `document ${r.doc}`}`);
      const mark =
        st === 'refutes'
          ? s('rect', { x: cx - 6, y: y - 6, width: 12, height: 12, fill: COLOUR[st], class: `dot${isFirst ? ' first' : ''}`, 'data-doc': r.doc }, tip)
          : s('circle', { cx, cy: y, r: 6.5, fill: COLOUR[st] ?? '#555', class: `dot${isFirst ? ' first' : ''}`, 'data-doc': r.doc }, tip);
      svg.append(mark);
      if (isFirst) svg.append(s('text', { x: cx, y: y - 10, 'text-anchor': 'middle', class: 'tick' }, 'first'));
    }
  });
  const axisY = top + stances.length * rowH + 14;
  if (dated.length) {
    svg.append(s('text', { x: left, y: axisY, class: 'tick' }, fmtDate(dated[0].published)));
    if (hi > lo) svg.append(s('text', { x: W - right, y: axisY, 'text-anchor': 'end', class: 'tick' }, fmtDate(dated[dated.length - 1].published)));
    if (hi - lo > 2 * DAY) svg.append(s('text', { x: (left + W - right) / 2, y: axisY, 'text-anchor': 'middle', class: 'tick' }, `${Math.round((hi - lo) / DAY)} days`));
  }
  const note = undated ? h('p', { class: 'undated' }, `${undated} undated ${undated === 1 ? 'article is' : 'articles are'} not on the axis: listed last below.`) : null;
  const table = h(
    'details',
    { class: 'chart-data' },
    h('summary', {}, 'Data'),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Published'), h('th', {}, 'Stance'), h('th', {}, 'Outlet'), h('th', {}, 'Title'))), h('tbody', {}, ordered.map((r) => h('tr', { 'data-doc': r.doc }, h('td', {}, fmtDate(r.published)), h('td', { title: isStance(r.stance) ? STANCE_MEANING[r.stance] : '' }, r.stance), h('td', {}, r.outlet ?? 'unknown'), h('td', {}, r.title ?? `document ${r.doc}`))))),
  );
  return h('figure', { class: 'figure' }, svg, note, table);
}
