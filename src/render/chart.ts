import type { IndicatorResult } from '../core/indicators/indicator-result';
import type { ReportHead } from '../core/report/report-model';
import { formatMonth, formatNumber, formatThreshold, formatWithUnit, shortMonth } from './french';
import { element, escapeText, join, trusted, voidElement, type Markup } from './markup';

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 64;
const RIGHT = 624;
const TOP = 28;
const BOTTOM = 206;
const SERIES = '#0052cc';
const THRESHOLD = '#de350b';
const MUTED = '#6b778c';

interface Point {
  readonly month: string;
  readonly value: number | null;
}

const coordinate = (n: number): string => n.toFixed(1);

/** An `id` attribute made of safe characters only. */
const slug = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '-');

/** 1, 2, 2.5 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

const tidy = (n: number): number => Math.round(n * 1e6) / 1e6;

/** The vertical range with round ticks; rates stay within 0–100 when their values do. */
function scale(values: readonly number[], percent: boolean) {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = min === max ? Math.max(1, Math.abs(max) * 0.1) : (max - min) * 0.1;
  const low = min >= 0 ? Math.max(0, min - pad) : min - pad;
  const high = percent && max <= 100 ? Math.min(100, max + pad) : max + pad;
  const step = niceStep((high - low) / 4);
  const lo = tidy(Math.floor(low / step) * step);
  const hi = tidy(Math.ceil(high / step) * step);
  const ticks: number[] = [];
  for (let k = 0; k <= 20 && tidy(lo + k * step) <= hi; k += 1) ticks.push(tidy(lo + k * step));
  return { lo, hi, ticks };
}

function describe(points: readonly Point[], indicator: IndicatorResult): string {
  const months = points.map(
    (p) =>
      `${formatMonth(p.month)} : ${p.value === null ? 'sans objet' : formatWithUnit(p.value, indicator.unit)}`,
  );
  return `Seuil : ${formatThreshold(indicator.threshold, indicator.unit)}. ${months.join(' ; ')}.`;
}

/** Runs of consecutive months with a value; a month `sans objet` breaks the line. */
function runs(points: readonly Point[]): number[][] {
  const result: number[][] = [];
  let current: number[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length > 0) result.push(current);
      current = [];
    } else current.push(i);
  });
  if (current.length > 0) result.push(current);
  return result;
}

function monthLabel(point: Point, i: number, x: number): Markup {
  const short = shortMonth(point.month);
  const label = short?.month ?? point.month;
  const year =
    short !== null && (i === 0 || short.month === 'janv.')
      ? element('tspan', { x: coordinate(x), dy: 13 }, escapeText(short.year))
      : trusted('');
  const attributes = { x: coordinate(x), y: BOTTOM + 16, 'text-anchor': 'middle' };
  return element('text', attributes, [element('tspan', null, escapeText(label)), year]);
}

function fallbackIndicator(id: string): IndicatorResult {
  return {
    id,
    label: id,
    unit: 'nombre',
    value: null,
    threshold: null,
    verdict: 'sans objet',
    numerator: null,
    denominator: null,
    contributing: [],
    apart: [],
    rule: '',
  };
}

/** The chart as markup, for embedding in the HTML preview. */
export function indicatorChart(report: ReportHead, indicatorId: string): Markup | null {
  const points: Point[] = report.history.slice(-12).map((h) => {
    const value = h.values.find((v) => v.id === indicatorId)?.value ?? null;
    return { month: h.month, value: value !== null && Number.isFinite(value) ? value : null };
  });
  const numbers = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  if (numbers.length === 0) return null;
  const indicator =
    report.indicators.find((i) => i.id === indicatorId) ?? fallbackIndicator(indicatorId);
  const limit = indicator.threshold?.value;
  const threshold = limit !== undefined && Number.isFinite(limit) ? limit : undefined;
  const { lo, hi, ticks } = scale(
    threshold === undefined ? numbers : [...numbers, threshold],
    indicator.unit === '%',
  );
  const y = (v: number): number => BOTTOM - ((v - lo) / (hi - lo)) * (BOTTOM - TOP);
  const slot = (RIGHT - LEFT) / points.length;
  const x = (i: number): number => LEFT + (i + 0.5) * slot;
  const ids = {
    title: `graphique-${slug(indicatorId)}-titre`,
    desc: `graphique-${slug(indicatorId)}-desc`,
  };
  const grid = ticks.map((v) =>
    join([
      voidElement('line', {
        x1: LEFT,
        x2: RIGHT,
        y1: coordinate(y(v)),
        y2: coordinate(y(v)),
        stroke: '#dfe1e6',
      }),
      element(
        'text',
        { x: LEFT - 6, y: coordinate(y(v) + 4), 'text-anchor': 'end' },
        escapeText(formatNumber(v)),
      ),
    ]),
  );
  const thresholdLine =
    threshold === undefined
      ? trusted('')
      : join([
          voidElement('line', {
            x1: LEFT,
            x2: RIGHT,
            y1: coordinate(y(threshold)),
            y2: coordinate(y(threshold)),
            stroke: THRESHOLD,
            'stroke-width': 1.5,
            'stroke-dasharray': '6 4',
          }),
          element(
            'text',
            { x: RIGHT, y: coordinate(y(threshold) - 5), 'text-anchor': 'end', fill: THRESHOLD },
            escapeText(`seuil ${formatThreshold(indicator.threshold, indicator.unit)}`),
          ),
        ]);
  const lines = runs(points)
    .filter((run) => run.length > 1)
    .map((run) =>
      voidElement('polyline', {
        fill: 'none',
        stroke: SERIES,
        'stroke-width': 2,
        points: run
          .map((i) => `${coordinate(x(i))},${coordinate(y(points[i]?.value ?? 0))}`)
          .join(' '),
      }),
    );
  const marks = points.map((p, i) =>
    p.value === null
      ? element(
          'text',
          { x: coordinate(x(i)), y: BOTTOM - 6, 'text-anchor': 'middle', fill: MUTED },
          trusted('s. o.'),
        )
      : voidElement('circle', {
          cx: coordinate(x(i)),
          cy: coordinate(y(p.value)),
          r: 3.5,
          fill: SERIES,
        }),
  );
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: WIDTH,
      height: HEIGHT,
      viewBox: `0 0 ${String(WIDTH)} ${String(HEIGHT)}`,
      role: 'img',
      'aria-labelledby': `${ids.title} ${ids.desc}`,
      'font-family': 'sans-serif',
      'font-size': 11,
    },
    [
      element('title', { id: ids.title }, escapeText(`${indicator.id} — ${indicator.label}`)),
      element('desc', { id: ids.desc }, escapeText(describe(points, indicator))),
      voidElement('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: '#ffffff' }),
      ...grid,
      voidElement('line', { x1: LEFT, x2: RIGHT, y1: BOTTOM, y2: BOTTOM, stroke: MUTED }),
      thresholdLine,
      ...lines,
      ...marks,
      ...points.map((p, i) => monthLabel(p, i, x(i))),
    ],
  );
}

/**
 * The indicator over the last 12 months of `report.history` as a standalone SVG (640 × 260):
 * values as a line with dots, the threshold dashed, `sans objet` months as gaps marked "s. o.".
 * Null when the indicator has no numeric value in the history.
 */
export function renderIndicatorChart(report: ReportHead, indicatorId: string): string | null {
  return indicatorChart(report, indicatorId);
}
