/**
 * Instant filtering of the register and a quick find by document number: the small index
 * (/van-ban/chi-muc.json) is fetched on first use only, so the list page itself stays light.
 */
import { foldVietnamese } from '../domain/vn-fold.ts';

interface Row {
  number: string;
  kind: string;
  loai: string;
  nam: string;
  'co-quan': string;
  'hieu-luc': string;
  issuer: string;
  issued: string;
  title: string;
  url: string;
  status: string;
}

const form = document.querySelector<HTMLFormElement>('#register-filter');
const status = document.querySelector<HTMLElement>('#register-status');
const results = document.querySelector<HTMLOListElement>('#register-results');
const list = document.querySelector<HTMLElement>('#danh-sach');

if (form && status && results) {
  form.hidden = false;
  let index: Promise<Row[]> | undefined;
  const load = () => (index ??= fetch(`${import.meta.env.BASE_URL}van-ban/chi-muc.json`).then((r) => r.json() as Promise<Row[]>));
  const fold = (t: string) => foldVietnamese(t).replace(/\s+/g, ' ').trim();

  const run = async () => {
    const data = new FormData(form);
    const so = data.get('so');
    const query = fold(typeof so === 'string' ? so : '');
    const chosen = (['loai', 'nam', 'co-quan', 'hieu-luc'] as const).filter((f) => data.get(f));
    if (!query && chosen.length === 0) {
      results.hidden = true;
      if (list) list.hidden = false;
      status.textContent = '';
      return;
    }
    const rows = (await load()).filter(
      (r) => chosen.every((f) => r[f] === data.get(f)) && (!query || fold(r.number).includes(query) || fold(r.title).includes(query)),
    );
    results.replaceChildren(
      ...rows.map((r) => {
        const li = document.createElement('li');
        const h = document.createElement('h2');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = `${r.kind} số ${r.number}`;
        h.append(a);
        const title = document.createElement('p');
        title.textContent = r.title;
        const meta = document.createElement('p');
        meta.className = 'meta';
        meta.textContent = `${r.issuer} · ban hành ${r.issued} · ${r.status}`;
        li.append(h, title, meta);
        return li;
      }),
    );
    results.hidden = false;
    if (list) list.hidden = true;
    status.textContent = rows.length === 0 ? 'Không có văn bản phù hợp.' : `${rows.length} văn bản phù hợp.`;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  // /van-ban/?so=03/CT-UBND: the search page's link for a number it did not find.
  const asked = new URLSearchParams(location.search).get('so');
  const box = form.querySelector<HTMLInputElement>('input[name="so"]');
  if (asked && box) {
    box.value = asked;
    void run();
  }
}
