/**
 * The search page: Pagefind, loaded on demand, with Vietnamese as citizens type it.
 * - A date in the query ("20/3/2020", "ngày 2/4", "tháng 3/2020", "hôm qua": ../domain/search-dates.ts)
 *   puts that date's bulletins first, newest first, then its other pages; a date without a
 *   bulletin links the nearest ones before and after.
 * - Spellings of one term are searched as one word (../domain/search-terms.ts), each d/đ
 *   spelling of the query is searched (../domain/vn-fold.ts), and each page keeps its best score.
 * - Pages are ranked as ../domain/search-rank.ts says: title or summary first, then phrase, then score.
 * - A query that finds nothing offers a shorter one, the hotlines and, for a document number,
 *   the register.
 * - The index is in two parts (../domain/search-parts.ts). A search reads the current one; the
 *   archive of earlier years is merged in (Pagefind's `mergeIndex`) when the reader asks for
 *   it (`luu-tru=1` in the address), when the query's date is earlier, or when the current
 *   part finds nothing. Once merged, it stays for the searches that follow.
 */
import type { QueryDate } from '../domain/search-dates.ts';
import { excerpt, tier, weigh, type PageText } from '../domain/search-rank.ts';
import { canonicalQuery, variants, words } from '../domain/search-terms.ts';
import { findCitations, numberKey } from '../domain/doc-number.ts';
import { foldVietnamese, queryVariants } from '../domain/vn-fold.ts';

interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface Result {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
type Filters = Record<string, string | { any: string[] }>;
interface Pagefind {
  options: (o: { baseUrl?: string }) => Promise<void>;
  mergeIndex: (url: string) => Promise<void>;
  search: (
    q: string | null,
    o?: { filters?: Filters; sort?: Record<string, string> },
  ) => Promise<{ results: Result[]; filters: Record<string, Record<string, number>> }>;
}
interface Found {
  id: string;
  data: ResultData;
  page: PageText;
}

const SHOWN = 20;
/** The pages Pagefind scores highest that are ranked again (their fragments are fetched). */
const CANDIDATES = 30;

/** A document number in a query (03/CT-UBND, 09/2017/NĐ-CP), read as the build reads citations. */
const numberIn = (query: string) => findCitations(query.replace(/\s*\/\s*/g, '/'))[0]?.number;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const section = form.querySelector<HTMLSelectElement>('select[name="muc"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const note = document.querySelector<HTMLElement>('#search-note')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const help = document.querySelector<HTMLElement>('#search-help')!;
const suggest = document.querySelector<HTMLUListElement>('#search-suggest')!;
const archiveOffer = document.querySelector<HTMLElement>('#search-archive');
const base = import.meta.env.BASE_URL;
// What the page tells: the spelling groups, the bulletins' section, and addresses with site.base.
const {
  variants: groups = '[]',
  bulletins: BULLETINS = '',
  bulletinList = '',
  register = '',
  archive = '',
  archiveYears = '',
  currentFrom = '',
} = form.dataset;
const spellings = variants(JSON.parse(groups) as string[][]);

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(
    async (p) => {
      await p.options({ baseUrl: base });
      return p;
    },
    (error: unknown) => {
      pagefind = undefined; // the next search tries again
      throw error;
    },
  );
  return pagefind;
}

/** Whether the reader asked for the archive: kept in the address, for the back button and a shared link. */
let wantArchive = new URLSearchParams(location.search).get('luu-tru') === '1';
let archiveMerged: Promise<void> | undefined;
let archiveIn = false;

/** Reads the archive too, from now on. */
function mergeArchive(pf: Pagefind): Promise<void> {
  archiveMerged ??= pf.mergeIndex(archive).then(() => {
    archiveIn = true;
  });
  return archiveMerged;
}

/** A page's title, summary and text, without the words the build added for the index (SearchFacts). */
async function open(r: Result): Promise<Found> {
  const data = await r.data();
  const added = data.meta.words;
  const content = added && data.content.startsWith(added) ? data.content.slice(added.length).replace(/^[.\s]+/, '') : data.content;
  return { id: r.id, data, page: { title: data.meta.title ?? '', summary: data.meta.summary ?? '', content } };
}

/**
 * Every page Pagefind finds for `text` in any of its spellings, best score first: as the
 * group's canonical word (on every page that holds a spelling) and as typed (where Pagefind
 * weighs it by its place, in a title above all).
 */
async function find(pf: Pagefind, text: string, filters: Filters): Promise<Result[]> {
  const canonical = canonicalQuery(text, spellings);
  const queries = new Set([...queryVariants(canonical), ...(canonical === text ? [] : queryVariants(text))]);
  const runs = await Promise.all([...queries].map((q) => pf.search(q, { filters })));
  const best = new Map<string, Result>();
  for (const run of runs) for (const r of run.results) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** The pages for `text`, ranked (../domain/search-rank.ts), leaving out those already shown. */
async function ranked(pf: Pagefind, text: string, filters: Filters, shown: Set<string>): Promise<Found[]> {
  const top = (await find(pf, text, filters)).filter((r) => !shown.has(r.id)).slice(0, CANDIDATES);
  const scored = await Promise.all(
    top.map(async (r) => {
      const found = await open(r);
      return { found, tier: tier(text, found.page, spellings), rank: weigh(text, found.page, r.score) };
    }),
  );
  return scored.sort((a, b) => b.tier - a.tier || b.rank - a.rank).map((s) => s.found);
}

/**
 * The pages of the query's date: its bulletins newest first, then its other pages. With more
 * words, the pages of that date that hold them come first (its bulletins first among them).
 * `bulletins` is how many bulletins the date has, unless another section is chosen.
 */
async function datePages(pf: Pagefind, date: QueryDate, filters: Filters): Promise<{ pages: Found[]; bulletins?: number }> {
  const when: Filters = date.days.length > 0 ? { day: { any: date.days } } : { month: { any: date.months } };
  const newest = { date: 'desc' };
  const wanted = !filters.section || filters.section === BULLETINS;
  const bulletins = wanted ? (await pf.search(null, { filters: { ...when, section: BULLETINS }, sort: newest })).results : [];
  const isBulletin = new Set(bulletins.map((r) => r.id));
  const matching = date.rest ? await ranked(pf, date.rest, { ...filters, ...when }, new Set()) : [];
  matching.sort((a, b) => Number(isBulletin.has(b.id)) - Number(isBulletin.has(a.id)));
  const shown = new Set(matching.map((f) => f.id));
  const all = (await pf.search(null, { filters: { ...filters, ...when }, sort: newest })).results;
  const others = [...bulletins, ...all.filter((r) => !isBulletin.has(r.id))].filter((r) => !shown.has(r.id));
  const more = await Promise.all(others.slice(0, Math.max(0, SHOWN - matching.length)).map(open));
  return { pages: [...matching, ...more], bulletins: wanted ? bulletins.length : undefined };
}

/** The bulletins nearest before and after a date that has none. */
async function nearest(pf: Pagefind, date: QueryDate): Promise<{ before?: string; after?: string }> {
  const { filters } = await pf.search(null, { filters: { section: BULLETINS, day: { any: [] } } });
  const days = Object.entries(filters.day ?? {})
    .filter(([, n]) => n > 0)
    .map(([d]) => d)
    .sort();
  return { before: days.filter((d) => d < date.from).at(-1), after: days.find((d) => d > date.to) };
}

function anchor(address: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = address;
  a.textContent = text;
  return a;
}

function showNote(date: QueryDate, near: { before?: string; after?: string }) {
  const p = document.createElement('p');
  p.append(`Không có bản tin ${date.label}.`);
  const bulletin = (d: string) => anchor(`${bulletinList}${d}/`, `bản tin ngày ${d.split('-').reverse().join('/')}`);
  if (near.before) p.append(' Gần nhất trước đó: ', bulletin(near.before), near.after ? '; ' : '.');
  if (near.after) p.append(`${near.before ? 'sau' : ' Gần nhất sau'} đó: `, bulletin(near.after), '.');
  note.replaceChildren(p);
}

/** Offers for a query that found nothing: the query without its least common word, the register for a number. */
async function helpItems(pf: Pagefind, text: string, query: string, filters: Filters): Promise<HTMLLIElement[]> {
  const items: HTMLLIElement[] = [];
  const item = (a: HTMLAnchorElement, before: string) => {
    const li = document.createElement('li');
    li.append(before, a);
    items.push(li);
  };
  const typed = text.split(/\s+/).filter((w) => words(w).length > 0);
  if (typed.length > 1) {
    const counts = await Promise.all(typed.map(async (w) => (await find(pf, w, filters)).length));
    const rarest = counts.indexOf(Math.min(...counts));
    const shorter = typed.filter((_, i) => i !== rarest).join(' ');
    if ((await find(pf, shorter, filters)).length > 0)
      item(
        anchor(`${form.action}?${new URLSearchParams({ q: shorter, ...(section.value ? { muc: section.value } : {}) })}`, `“${shorter}”`),
        'Thử tìm ',
      );
  }
  const number = numberIn(query);
  if (number) item(anchor(`${register}?so=${encodeURIComponent(number)}`, 'danh mục văn bản'), `Tra số hiệu ${number} trong `);
  return items;
}

function render(results: Found[], query: string) {
  list.replaceChildren(
    ...results.map(({ data, page }) => {
      const item = document.createElement('li');
      const heading = document.createElement('h2');
      heading.append(anchor(data.url, page.title || data.url));
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [data.meta.section, data.meta.date].filter(Boolean).join(' · ');
      const text = document.createElement('p');
      for (const part of excerpt(page.content, query, spellings)) {
        if (!part.mark) text.append(part.text);
        else text.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
      }
      item.append(heading, meta, text);
      return item;
    }),
  );
}

interface Answer {
  date: QueryDate | undefined;
  text: string;
  results: Found[];
  near: { before?: string; after?: string } | undefined;
  offers: HTMLLIElement[] | undefined;
}

/** What the index holds for the query, in the parts merged so far. */
async function answer(pf: Pagefind, query: string, filters: Filters, date: QueryDate | undefined): Promise<Answer> {
  const text = date ? date.rest : query;
  const byDate = date ? await datePages(pf, date, filters) : { pages: [], bulletins: 0 };
  const shown = new Set(byDate.pages.map((f) => f.id));
  const results = [...byDate.pages, ...(text ? await ranked(pf, text, filters, shown) : [])].slice(0, SHOWN);
  const near = date && byDate.bulletins === 0 ? await nearest(pf, date) : undefined;
  const number = numberIn(query);
  // A document number that no page holds as typed: the pages found only share its parts ("QĐ", "UBND").
  const missing = number !== undefined && !results.some((r) => numberKey(`${r.page.title} ${r.page.content}`).includes(numberKey(number)));
  const offers = results.length === 0 || missing ? await helpItems(pf, text, query, filters) : undefined;
  return { date, text, results, near, offers };
}

async function search(query: string, muc: string, isCurrent: () => boolean) {
  const pf = await loadPagefind();
  const filters: Filters = muc ? { section: muc } : {};
  // The date reader is fetched only for a query that may hold a date (a digit, "hôm nay").
  const date = /\d|hom /.test(`${foldVietnamese(query)} `) ? (await import('../domain/search-dates.ts')).findDateToday(query) : undefined;
  if (archive && (wantArchive || (date && date.from < `${currentFrom}-01-01`))) await mergeArchive(pf);
  let found = await answer(pf, query, filters, date);
  if (archive && !archiveIn && (found.results.length === 0 || (date && found.near && !found.near.before))) {
    await mergeArchive(pf);
    found = await answer(pf, query, filters, date);
  }
  const { text, results, near, offers } = found;
  // Everything is shown at once, so that nothing moves once it is on the screen.
  if (!isCurrent()) return;
  note.hidden = !near;
  if (date && near) showNote(date, near);
  help.hidden = !offers;
  suggest.replaceChildren(...(offers ?? []));
  render(results, text);
  if (archiveOffer) archiveOffer.hidden = archiveIn;
  const where = archiveIn ? `, kể cả trong lưu trữ ${archiveYears}` : '';
  status.textContent =
    results.length === 0
      ? `Không tìm thấy kết quả cho “${query}”${where}.`
      : `${results.length === SHOWN ? `${SHOWN} kết quả đầu tiên` : `${results.length} kết quả`} cho “${query}”${where}.`;
}

let latest = 0;
async function run() {
  const query = input.value.trim();
  const muc = section.value;
  const url = new URL(location.href);
  url.searchParams.set('q', query);
  if (muc) url.searchParams.set('muc', muc);
  else url.searchParams.delete('muc');
  if (wantArchive) url.searchParams.set('luu-tru', '1');
  history.replaceState(null, '', url);
  const ticket = ++latest;
  if (query === '') {
    note.hidden = true;
    help.hidden = true;
    if (archiveOffer) archiveOffer.hidden = true;
    list.replaceChildren();
    status.textContent = 'Nhập từ khóa để tìm, có dấu hoặc không dấu, hoặc một ngày như 20/3/2020.';
    return;
  }
  status.textContent = 'Đang tìm…';
  try {
    await search(query, muc, () => ticket === latest);
  } catch {
    if (ticket === latest) status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang hoặc tra cứu theo chuyên mục ở trên.';
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 200);
});
section.addEventListener('change', () => void run());
archiveOffer?.querySelector('button')?.addEventListener('click', () => {
  wantArchive = true;
  void run();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
section.value = params.get('muc') ?? '';
void run();
