/**
 * Chart geometry for SVG drawn at build time: no chart library and no JavaScript in the
 * reader's browser. Pure functions from values to coordinates, so they are tested directly.
 */
export interface Frame {
  width: number;
  height: number;
  /** Space for the axis labels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const PHONE_FRAME: Frame = { width: 360, height: 200, left: 44, right: 10, top: 12, bottom: 26 };

interface Tick {
  value: number;
  position: number;
}

/** A round step for about `count` ticks from 0 to max: 1, 2, 5, 10, 20, 50 … */
export function niceStep(max: number, count = 4): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  return Math.max(1, step);
}

interface Scale {
  max: number;
  y: (value: number) => number;
  x: (index: number) => number;
  ticks: Tick[];
}

/** Maps point index and value to SVG coordinates; the y axis starts at 0 and ends on a round number. */
export function scale(count: number, maxValue: number, frame: Frame = PHONE_FRAME): Scale {
  const step = niceStep(maxValue);
  const max = Math.max(step, Math.ceil(maxValue / step) * step);
  const plotW = frame.width - frame.left - frame.right;
  const plotH = frame.height - frame.top - frame.bottom;
  const y = (value: number) => round(frame.top + plotH - (value / max) * plotH);
  const x = (index: number) => round(count <= 1 ? frame.left + plotW / 2 : frame.left + (index / (count - 1)) * plotW);
  const ticks: Tick[] = [];
  for (let v = 0; v <= max; v += step) ticks.push({ value: v, position: y(v) });
  return { max, y, x, ticks };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An SVG path through the known values; unknown ones break the line rather than drop to 0. */
export function linePath(values: readonly (number | undefined)[], s: Scale): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === undefined) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${s.x(i)} ${s.y(v)}`;
    pen = true;
  });
  return d;
}

interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
}

/** Vertical bars, one per value, filling the plot width. */
export function bars(values: readonly (number | undefined)[], s: Scale, frame: Frame = PHONE_FRAME): Bar[] {
  const plotW = frame.width - frame.left - frame.right;
  const slot = plotW / Math.max(1, values.length);
  const width = Math.max(1, round(slot * 0.8));
  const base = s.y(0);
  return values.flatMap((v, i) =>
    v === undefined
      ? []
      : [{ x: round(frame.left + i * slot + (slot - width) / 2), y: s.y(v), width, height: round(base - s.y(v)), value: v }],
  );
}

/**
 * At most `max` points for a long series, so a chart of ten years stays small: consecutive
 * values are grouped; a group shows its last value (cumulative figures) or its sum (daily ones).
 */
export function downsample<T>(items: readonly T[], max: number, pick: (group: readonly T[]) => T): T[] {
  if (items.length <= max) return [...items];
  const size = Math.ceil(items.length / max);
  const out: T[] = [];
  for (let i = 0; i < items.length; i += size) out.push(pick(items.slice(i, i + size)));
  return out;
}
