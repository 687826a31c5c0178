/**
 * A date in a search query, written the Vietnamese way: "20/3/2020", "2/4", "20-3-2020",
 * "20.3.2020", "ngày 2 tháng 4", "tháng 3/2020", "hôm nay", "hôm qua" (in Vietnam time), with
 * or without tone marks. The search page puts the pages of that date first (src/scripts/search.ts).
 *
 * A day without a year means that day in every year, a month without a year that month in
 * every year. Numbers that belong to something else are left alone: "09/2017/NĐ-CP" is a
 * document number, "5-7 ngày" a range, "3,5%" a figure.
 */
import { foldVietnamese } from './vn-fold.ts';
import { parseLocalDate, toInstant, toLocal, type LocalDate } from './vn-time.ts';

export interface QueryDate {
  /** The calendar days meant, `YYYY-MM-DD` (a day), or the months, `YYYY-MM`. */
  days: LocalDate[];
  months: string[];
  /** How the page names it: "ngày 20/03/2020", "ngày 2/4", "tháng 3/2020". */
  label: string;
  /** The first and last day it covers, for the nearest bulletins before and after. */
  from: LocalDate;
  to: LocalDate;
  /** The query without the date. */
  rest: string;
}

/** Years a date without one can mean: this many back from today's. */
const YEARS_BACK = 30;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Lower case without tone marks, đ as d, one character for one: positions match the query's. */
function foldKeepingPositions(text: string): string {
  return [...text]
    .map((c) => {
      const folded = foldVietnamese(c);
      return folded.length === 1 ? folded : c;
    })
    .join('');
}

// Before a date: the start or a space; after it: the end, a space, or a closing mark then the end or a space.
const START = String.raw`(?<=^|[\s(])`;
const END = String.raw`(?=$|\s|[,;?!)](?:\s|$)|\.(?:\s|$))`;
const FORMS: { re: RegExp; read: (m: RegExpMatchArray, today: LocalDate) => Omit<QueryDate, 'rest'> | undefined }[] = [
  { re: new RegExp(`${START}hom (nay|qua)${END}`, 'g'), read: (m, today) => day(relative(today, m[1] === 'qua' ? -1 : 0)) },
  {
    re: new RegExp(`${START}(?:ngay )?(\\d{4})-(\\d{2})-(\\d{2})${END}`, 'g'),
    read: (m) => day(parseLocalDate(`${m[1]}-${m[2]}-${m[3]}`)),
  },
  {
    re: new RegExp(`${START}(?:ngay )?(\\d{1,2}) thang (\\d{1,2})(?:(?: ?/ ?| nam )(\\d{4}))?${END}`, 'g'),
    read: (m, today) => dayOf(Number(m[1]), Number(m[2]), m[3], today),
  },
  {
    re: new RegExp(`${START}(ngay )?(\\d{1,2})([/.-])(\\d{1,2})(?:\\3(\\d{4}))?${END}`, 'g'),
    // Without a year only with "/": "5-7" is a range, "5.3" a decimal; and "24/7" is round the clock, unless "ngày 24/7".
    read: (m, today) =>
      m[5] || (m[3] === '/' && (m[1] || `${m[2]}/${m[4]}` !== '24/7')) ? dayOf(Number(m[2]), Number(m[4]), m[5], today) : undefined,
  },
  {
    re: new RegExp(`${START}(?:thang (\\d{1,2})(?:(?: ?/ ?| nam )(\\d{4}))?|(\\d{1,2})/(\\d{4}))${END}`, 'g'),
    read: (m, today) => monthOf(Number(m[1] ?? m[3]), m[2] ?? m[4], today),
  },
];

function relative(today: LocalDate, days: number): LocalDate {
  return toLocal(new Date(toInstant(today).getTime() + days * 86_400_000)).date;
}

function day(date: LocalDate | undefined): Omit<QueryDate, 'rest'> | undefined {
  if (!date) return undefined;
  const [y, m, d] = date.split('-');
  return { days: [date], months: [], label: `ngày ${d}/${m}/${y}`, from: date, to: date };
}

function yearsUpTo(today: LocalDate): number[] {
  const now = Number(today.slice(0, 4));
  return Array.from({ length: YEARS_BACK + 1 }, (_, i) => now - i);
}

function dayOf(d: number, m: number, year: string | undefined, today: LocalDate): Omit<QueryDate, 'rest'> | undefined {
  if (year) return day(parseLocalDate(`${year}-${pad(m)}-${pad(d)}`));
  const days = yearsUpTo(today)
    .map((y) => parseLocalDate(`${y}-${pad(m)}-${pad(d)}`))
    .filter((x): x is LocalDate => x !== undefined);
  if (days.length === 0) return undefined;
  const past = days.find((x) => x <= today) ?? days.at(-1)!;
  return { days, months: [], label: `ngày ${d}/${m}`, from: past, to: past };
}

function monthOf(m: number, year: string | undefined, today: LocalDate): Omit<QueryDate, 'rest'> | undefined {
  if (m < 1 || m > 12) return undefined;
  const years = year ? [Number(year)] : yearsUpTo(today);
  const months = years.map((y) => `${y}-${pad(m)}`);
  const y = years.find((x) => `${x}-${pad(m)}` <= today.slice(0, 7)) ?? years.at(-1)!;
  return {
    days: [],
    months,
    label: year ? `tháng ${m}/${year}` : `tháng ${m}`,
    from: `${y}-${pad(m)}-01`,
    to: `${y}-${pad(m)}-${pad(lastDay(y, m))}`,
  };
}

/** The first date the query holds, and the query without it; undefined when it holds none. */
export function findDate(query: string, today: LocalDate): QueryDate | undefined {
  const text = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  const folded = foldKeepingPositions(text);
  for (const { re, read } of FORMS) {
    for (const m of folded.matchAll(re)) {
      const found = read(m, today);
      if (!found) continue;
      const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
      // What is left may be only punctuation: "bản tin (20/3)" leaves "( )".
      return { ...found, rest: /[\p{L}\p{N}]/u.test(rest) ? rest : '' };
    }
  }
  return undefined;
}

/** The same, for a query typed now: "hôm nay" is today in Vietnam. */
export const findDateToday = (query: string): QueryDate | undefined => findDate(query, toLocal(new Date()).date);
