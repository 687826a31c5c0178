/**
 * The search page: Pagefind, loaded on demand, with Vietnamese typed without tone marks.
 * Runs the query as typed and its other d/đ spellings (src/domain/vn-fold.ts), keeps each
 * page's best score, then ranks pages that hold the query as a phrase (and as typed) first.
 */
import { foldVietnamese, queryVariants } from '../domain/vn-fold.ts';

interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface Result {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface Pagefind {
  options: (o: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: Result[] }>;
}

const SHOWN = 20;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const section = form.querySelector<HTMLSelectElement>('select[name="muc"]')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const base = import.meta.env.BASE_URL;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (p) => {
    await p.options({ baseUrl: base, excerptLength: 24 });
    return p;
  });
  return pagefind;
}

/** Pagefind's excerpt as DOM: its text and <mark> only, nothing else. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/**
 * How much a page's text holds the query as a phrase: Pagefind scores words one by one, and
 * folding makes "Đồng Đăng" and "đang … đồng" look alike, so a page with the whole phrase (in
 * its title above all), and with it spelled exactly as typed, comes first.
 */
function phraseBoost(query: string, data: ResultData): number {
  const lower = (t: string) => t.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  const typed = lower(query);
  const folded = foldVietnamese(typed);
  const title = data.meta.title ?? '';
  let boost = 1;
  if (foldVietnamese(lower(title)).includes(folded)) boost += 3;
  if (foldVietnamese(lower(data.content)).includes(folded)) boost += 2;
  if (typed !== folded && lower(`${title} ${data.content}`).includes(typed)) boost += 2;
  return boost;
}

async function search(query: string, muc: string): Promise<{ data: ResultData; rank: number }[]> {
  const pf = await loadPagefind();
  const filters = muc ? { section: muc } : undefined;
  const runs = await Promise.all(queryVariants(query).map((v) => pf.search(v, { filters })));
  const best = new Map<string, Result>();
  for (const run of runs) for (const r of run.results) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
  const top = [...best.values()].sort((a, b) => b.score - a.score).slice(0, SHOWN * 2);
  const scored = await Promise.all(
    top.map(async (r) => {
      const data = await r.data();
      return { data, rank: r.score * phraseBoost(query, data) };
    }),
  );
  return scored.sort((a, b) => b.rank - a.rank).slice(0, SHOWN);
}

function render(query: string, results: { data: ResultData }[]) {
  list.replaceChildren(
    ...results.map(({ data }) => {
      const item = document.createElement('li');
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = data.url;
      link.textContent = data.meta.title ?? data.url;
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [data.meta.section, data.meta.date].filter(Boolean).join(' · ');
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(data.excerpt));
      item.append(heading, meta, excerpt);
      return item;
    }),
  );
  status.textContent =
    results.length === 0
      ? `Không tìm thấy kết quả cho “${query}”. Hãy thử từ khóa khác, ngắn hơn.`
      : `${results.length === SHOWN ? `${SHOWN} kết quả đầu tiên` : `${results.length} kết quả`} cho “${query}”.`;
}

let latest = 0;
async function run() {
  const query = input.value.trim();
  const muc = section.value;
  const url = new URL(location.href);
  url.searchParams.set('q', query);
  if (muc) url.searchParams.set('muc', muc);
  else url.searchParams.delete('muc');
  history.replaceState(null, '', url);
  const ticket = ++latest;
  if (query === '') {
    list.replaceChildren();
    status.textContent = 'Nhập từ khóa để tìm, có dấu hoặc không dấu.';
    return;
  }
  status.textContent = 'Đang tìm…';
  try {
    const results = await search(query, muc);
    if (ticket === latest) render(query, results);
  } catch {
    if (ticket === latest) status.textContent = 'Không tải được chỉ mục tìm kiếm. Hãy tải lại trang hoặc tra cứu theo chuyên mục bên dưới.';
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 200);
});
section.addEventListener('change', () => void run());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
section.value = params.get('muc') ?? '';
document.documentElement.classList.add('search-ready');
void run();
