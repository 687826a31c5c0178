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
 *   part finds nothing, no page with the document number typed, or no bulletin before the
 *   date. Once merged, it stays for the searches that follow.
 */
import { excerpt, tier, weigh } from '../domain/search-rank.ts';
import type { Filters, Found, Pagefind, Result } from './search-types.ts';
import { canonicalQuery, variants, words } from '../domain/search-terms.ts';
import { findCitations, numberKey } from '../domain/doc-number.ts';
import { foldVietnamese, queryVariants } from '../domain/vn-fold.ts';

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
const archiveOffer = document.querySelector<HTMLElement>('#search-archive')!;
const base = import.meta.env.BASE_URL;
// What the page tells: the spelling groups, the bulletins' section, and addresses with site.base.
const {
  variants: groups = '[]',
  bulletins: BULLETINS = '',
  bulletinList = '',
  register = '',
  archive = '',
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

const params = new URLSearchParams(location.search);
/** Whether the reader asked for the archive: kept in the address, for the back button and a shared link. */
let wantArchive = params.get('luu-tru') === '1';
let archiveIn = false;
let merged: Promise<void> | undefined;
/** Reads the archive too, from now on. */
const mergeArchive = (pf: Pagefind) =>
  // An archived page's score counts for half: of pages that match alike, the newer information comes first.
  (merged ??= pf.mergeIndex(archive, { baseUrl: base, indexWeight: 0.5 }).then(
    () => void (archiveIn = true),
    // Pagefind keeps an index that failed to load, and every search would fail with it: the next search starts afresh.
    (error: unknown) => {
      merged = pagefind = undefined;
      void pf.destroy();
      throw error;
    },
  ));

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

function anchor(address: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = address;
  a.textContent = text;
  return a;
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

async function search(query: string, muc: string, isCurrent: () => boolean) {
  const pf = await loadPagefind();
  const filters: Filters = muc ? { section: muc } : {};
  // The date reader, and the answer to a date, are fetched only for a query that may hold a date (a digit, "hôm nay").
  const byDate = /\d|hom /.test(`${foldVietnamese(query)} `) ? await import('./search-by-date.ts') : undefined;
  const date = byDate?.findDateToday(query);
  const text = date ? date.rest : query;
  const page = {
    pf,
    ranked: (t: string, f: Filters, shown: Set<string>) => ranked(pf, t, f, shown),
    open,
    bulletins: BULLETINS,
    shown: SHOWN,
  };
  /** The pages for the query, and for a date without a bulletin the nearest ones, in the parts merged so far. */
  const answer = async () => {
    const dated = date && byDate ? await byDate.datePages(page, date, filters) : { pages: [], bulletins: 0 };
    const shown = new Set(dated.pages.map((f) => f.id));
    const results = [...dated.pages, ...(text ? await ranked(pf, text, filters, shown) : [])].slice(0, SHOWN);
    return { results, near: date && byDate && dated.bulletins === 0 ? await byDate.nearest(page, date) : undefined };
  };
  // "2018-03-02" < "2019": a date before the current part's first year.
  if (archive && (wantArchive || (date && date.from < currentFrom))) await mergeArchive(pf);
  let { results, near } = await answer();
  const number = numberIn(query);
  // A document number that no page holds as typed: the pages found only share its parts ("QĐ", "UBND").
  const missing = () =>
    number !== undefined && !results.some((r) => numberKey(`${r.page.title} ${r.page.content}`).includes(numberKey(number)));
  if (archive && !archiveIn && (results.length === 0 || missing() || (near && !near.before))) {
    await mergeArchive(pf);
    ({ results, near } = await answer());
  }
  const offers = results.length === 0 || missing() ? await helpItems(pf, text, query, filters) : undefined;
  // Everything is shown at once, so that nothing moves once it is on the screen.
  if (!isCurrent()) return;
  note.hidden = !near;
  if (date && near && byDate) note.replaceChildren(byDate.noteOf(date, near, bulletinList));
  help.hidden = !offers;
  suggest.replaceChildren(...(offers ?? []));
  render(results, text);
  archiveOffer.hidden = !archive || archiveIn;
  const count =
    results.length === 0 ? 'Không tìm thấy kết quả' : results.length === SHOWN ? `${SHOWN} kết quả đầu tiên` : `${results.length} kết quả`;
  status.textContent = `${count} cho “${query}”${archiveIn ? ', kể cả trong lưu trữ' : ''}.`;
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
    archiveOffer.hidden = true;
    list.replaceChildren();
    status.textContent = status.dataset.empty!;
    return;
  }
  status.textContent = 'Đang tìm…';
  try {
    await search(query, muc, () => ticket === latest);
  } catch {
    if (ticket === latest) status.textContent = status.dataset.failed!;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 200);
});
section.addEventListener('change', () => void run());
// Its button, the paragraph's one element (a click on its text targets the paragraph).
archiveOffer.addEventListener('click', (event) => {
  if (event.target === archiveOffer) return;
  wantArchive = true;
  // The button goes with its paragraph: the focus moves to what the search found.
  void run().then(() => status.focus());
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});

input.value = params.get('q') ?? '';
section.value = params.get('muc') ?? '';
void run();
