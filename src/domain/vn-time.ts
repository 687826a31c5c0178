/**
 * Vietnam local dates and times.
 *
 * Every date and time in the content is wall-clock time in Vietnam (UTC+07:00). Vietnam
 * has kept UTC+07:00 without daylight saving since 1975, so a fixed offset is exact for
 * every date this product can meet and, unlike `Intl` time zones, does not depend on the
 * ICU data or the time zone of the build machine.
 */

/** `YYYY-MM-DD`, a calendar day in Vietnam. */
export type LocalDate = string;
/** `HH:MM`, a wall-clock time in Vietnam. */
export type LocalTime = string;

const VN_OFFSET_MINUTES = 7 * 60;
const OFFSET_MS = VN_OFFSET_MINUTES * 60_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{1,2}):(\d{2})$/;
const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}:\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Returns the normalised `YYYY-MM-DD` when `text` is a real calendar date, else undefined. */
export function parseLocalDate(text: string): LocalDate | undefined {
  const m = DATE_RE.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    return undefined;
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Returns the normalised `HH:MM` (9:30 becomes 09:30), else undefined. */
export function parseLocalTime(text: string): LocalTime | undefined {
  const m = TIME_RE.exec(text.trim());
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return undefined;
  return `${pad(h)}:${pad(min)}`;
}

/**
 * Parses a moment written as `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, `YYYY-MM-DD HH:MM` (Vietnam
 * time) or with an explicit offset (`…+07:00`, `…Z`), and returns the instant.
 */
export function parseLocalDateTime(text: string): Date | undefined {
  const m = DATE_TIME_RE.exec(text.trim());
  if (!m) return undefined;
  const date = parseLocalDate(m[1]!);
  const time = m[2] === undefined ? '00:00' : parseLocalTime(m[2]);
  if (!date || !time) return undefined;
  const seconds = Number(m[3] ?? 0);
  const zone = m[4];
  if (!zone) return new Date(toInstant(date, time).getTime() + seconds * 1000);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  let offset = 0;
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  return new Date(Date.UTC(y, mo - 1, d, h, min, seconds) - offset * 60_000);
}

/** The instant of a Vietnam wall-clock date and time. */
export function toInstant(date: LocalDate, time: LocalTime = '00:00'): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, min) - OFFSET_MS);
}

/** The Vietnam wall-clock date and time of an instant. */
export function toLocal(instant: Date): { date: LocalDate; time: LocalTime; seconds: number } {
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  return {
    date: `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
    time: `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`,
    seconds: shifted.getUTCSeconds(),
  };
}

/** ISO 8601 with the Vietnam offset, for `<time datetime>` and data files: `2020-02-05T15:00:00+07:00`. */
export function toIsoVN(date: LocalDate, time: LocalTime = '00:00'): string {
  return `${date}T${time}:00+07:00`;
}

/** ISO 8601 with the Vietnam offset for an instant (seconds kept). */
export function instantToIsoVN(instant: Date): string {
  const { date, time, seconds } = toLocal(instant);
  return `${date}T${time}:${pad(seconds)}+07:00`;
}

/** "05/02/2020" */
export function formatDate(date: LocalDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** "15h00" */
function formatTime(time: LocalTime): string {
  return time.replace(':', 'h');
}

/** "15h00 ngày 05/02/2020", the way Vietnamese official texts write a moment. */
export function formatDateTime(date: LocalDate, time: LocalTime): string {
  return `${formatTime(time)} ngày ${formatDate(date)}`;
}

/** The same for an instant, in Vietnam time. */
export function formatInstant(instant: Date): string {
  const { date, time } = toLocal(instant);
  return formatDateTime(date, time);
}

/** "Tháng 2/2020", the heading of a month in archives. */
export function formatMonth(date: LocalDate): string {
  const [y, m] = date.split('-');
  return `Tháng ${Number(m)}/${y}`;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toInstant(b).getTime() - toInstant(a).getTime()) / 86_400_000);
}

/**
 * "Now" for the whole build: `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when set,
 * so that builds are reproducible and tests can pin the clock; else the real time.
 */
export function buildClock(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) {
      throw new Error(`SOURCE_DATE_EPOCH phải là số giây kể từ 1970 (UTC), nhận được "${epoch}"`);
    }
    return new Date(Number(epoch) * 1000);
  }
  return new Date();
}
