// Sanity checks of the demo content folder, independent of the generator's own validator:
// bulletin series (no gap, cumulative figures, confirmedNew, district sums), referenced files,
// safe SVGs, text hygiene (UTF-8, NFC, LF, no BOM, no level-1 heading, no raw HTML), sizes.
// Usage (from the repository root): node scripts/demo-assets/check-demo.mjs [content-dir]
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

const ROOT = path.resolve(process.argv[2] ?? 'content');
const errors = [];
const err = (file, msg) => errors.push(`${path.relative(ROOT, file)}: ${msg}`);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}
const all = walk(ROOT);

// ---- text hygiene ----------------------------------------------------------------------------
for (const f of all.filter((f) => /\.(md|ya?ml|svg)$/.test(f))) {
  const buf = readFileSync(f);
  const s = buf.toString('utf8');
  if (Buffer.compare(Buffer.from(s, 'utf8'), buf) !== 0) err(f, 'not valid UTF-8');
  if (s.charCodeAt(0) === 0xfeff) err(f, 'has a BOM');
  if (s.includes('\r')) err(f, 'has CR line endings');
  if (s !== s.normalize('NFC')) err(f, 'not NFC');
  if (!s.endsWith('\n')) err(f, 'no final newline');
}

function readMd(f) {
  const s = readFileSync(f, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(s);
  if (!m) {
    err(f, 'no front matter');
    return { data: {}, body: '' };
  }
  const data = yaml.load(m[1]);
  const body = m[2];
  if (/^#\s/m.test(body.replace(/```[\s\S]*?```/g, ''))) err(f, 'level-1 heading in body');
  if (/<\/?[a-zA-Z][^>]*>/.test(body)) err(f, 'raw HTML in body');
  if (body.trim() === '') err(f, 'empty body');
  return { data, body };
}
const dateStr = (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
const kindFiles = (k) => all.filter((f) => path.dirname(f) === path.join(ROOT, k) && f.endsWith('.md')).sort();

// ---- bulletins -------------------------------------------------------------------------------
const bulletins = kindFiles('bulletins').map((f) => ({ f, ...readMd(f) }));
{
  const dates = bulletins.map((b) => dateStr(b.data.date));
  const expected = [];
  for (let t = Date.UTC(2020, 1, 5); t <= Date.UTC(2020, 3, 10); t += 86400000) expected.push(new Date(t).toISOString().slice(0, 10));
  if (bulletins.length !== 66) err(path.join(ROOT, 'bulletins'), `${bulletins.length} bulletins, expected 66`);
  if (JSON.stringify(dates) !== JSON.stringify(expected)) err(path.join(ROOT, 'bulletins'), 'dates do not cover 2020-02-05..2020-04-10 without gap');
  bulletins.forEach((b) => {
    if (path.basename(b.f, '.md') !== dateStr(b.data.date)) err(b.f, 'file name differs from date');
  });
  const CUM = ['confirmed', 'recovered', 'deaths', 'tested'];
  let corrections = 0;
  let levels = 0;
  bulletins.forEach((b, i) => {
    const s = b.data.stats;
    for (const [k, v] of Object.entries(s)) if (!Number.isInteger(v) || v < 0) err(b.f, `${k} not a non-negative integer`);
    if (s.recovered + s.deaths > s.confirmed) err(b.f, 'recovered + deaths > confirmed');
    const dsum = b.data.districts.reduce((a, d) => a + d.confirmed, 0);
    if (dsum !== s.confirmed) err(b.f, `districts sum ${dsum} != confirmed ${s.confirmed}`);
    if (b.data.correction) corrections += 1;
    if (b.data.alertLevel !== undefined) levels += 1;
    if (b.data.time !== undefined && !/^\d{2}:\d{2}$/.test(b.data.time)) err(b.f, `time ${b.data.time} is not a quoted HH:MM`);
    const paras = b.body.trim().split(/\n\n+/).length;
    if (paras < 2 || paras > 4) err(b.f, `${paras} paragraphs`);
    if (i === 0) {
      if (s.confirmedNew !== s.confirmed) err(b.f, 'confirmedNew of the first bulletin');
      return;
    }
    const p = bulletins[i - 1].data;
    if (s.confirmedNew !== s.confirmed - p.stats.confirmed) err(b.f, `confirmedNew ${s.confirmedNew} != ${s.confirmed - p.stats.confirmed}`);
    for (const k of CUM) {
      if (s[k] < p.stats[k]) {
        if (!b.data.correction) err(b.f, `${k} decreases without correction`);
        else if (k !== 'tested') err(b.f, `${k} decreases`);
      }
    }
    if (b.data.correction && !(s.tested < p.stats.tested)) err(b.f, 'correction on a day where nothing decreases');
    const pd = Object.fromEntries(p.districts.map((d) => [d.name, d.confirmed]));
    for (const d of b.data.districts) if (d.confirmed < (pd[d.name] ?? 0)) err(b.f, `district ${d.name} decreases`);
  });
  if (corrections !== 1) err(path.join(ROOT, 'bulletins'), `${corrections} corrections, expected 1`);
  if (levels !== 1) err(path.join(ROOT, 'bulletins'), `${levels} alertLevel declarations, expected 1`);
  const bodies = bulletins.map((b) => b.body);
  if (new Set(bodies).size !== bodies.length) err(path.join(ROOT, 'bulletins'), 'two bulletins have the same text');
  const last = bulletins.at(-1).data.stats;
  console.log(`bulletins: ${bulletins.length}, last: confirmed ${last.confirmed}, recovered ${last.recovered}, deaths ${last.deaths}, tested ${last.tested}`);
}

// ---- referenced files -----------------------------------------------------------------------------
const referenced = new Set();
function ref(f, written, exts) {
  if (typeof written !== 'string' || !written.startsWith('./')) return err(f, `path ${written} is not ./relative`);
  const abs = path.resolve(path.dirname(f), written);
  if (path.relative(ROOT, abs).startsWith('..')) return err(f, `${written} leaves the content folder`);
  if (!existsSync(abs)) return err(f, `${written} does not exist`);
  if (exts && !exts.includes(path.extname(abs).toLowerCase())) err(f, `${written} has a wrong extension`);
  referenced.add(abs);
  if (abs.endsWith('.svg')) {
    const s = readFileSync(abs, 'utf8');
    for (const re of [/<script[\s>/]/i, /\son[a-z]+\s*=/i, /javascript\s*:/i, /<foreignObject[\s>/]/i, /(?:href|src)\s*=\s*["'](?!#)/i, /url\(\s*["']?(?!#)/i, /@import/i]) {
      if (re.test(s)) err(abs, `SVG matches ${re}`);
    }
  }
}
const IMG = ['.png', '.jpg', '.jpeg', '.webp', '.svg'];
const directives = kindFiles('directives').map((f) => ({ f, ...readMd(f) }));
const numbers = new Set(directives.map((d) => d.data.number));
const kinds = new Set();
for (const d of directives) {
  for (const k of ['number', 'kind', 'title', 'issuer', 'issued']) if (!d.data[k]) err(d.f, `missing ${k}`);
  kinds.add(d.data.kind);
  const slug = d.data.number.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/[^a-z0-9]+/g, '-');
  if (path.basename(d.f, '.md') !== slug) err(d.f, `slug differs from number (${slug})`);
  for (const r of [...(d.data.replaces ?? []), ...(d.data.amends ?? [])]) if (!numbers.has(r)) err(d.f, `replaces/amends unknown ${r}`);
  for (const a of d.data.attachments ?? []) ref(d.f, a.file);
  const words = d.body.split(/\s+/).filter(Boolean).length;
  if (words < 150 || words > 500) err(d.f, `${words} words`);
}
if (numbers.size !== directives.length) err(path.join(ROOT, 'directives'), 'duplicate numbers');
const infographics = kindFiles('infographics').map((f) => ({ f, ...readMd(f) }));
for (const it of infographics) {
  for (const k of ['title', 'date', 'image', 'alt']) if (!it.data[k]) err(it.f, `missing ${k}`);
  ref(it.f, it.data.image, IMG);
  if (it.data.video) ref(it.f, it.data.video, ['.mp4', '.webm']);
}
const news = kindFiles('news').map((f) => ({ f, ...readMd(f) }));
for (const n of news) {
  if (n.data.image) {
    ref(n.f, n.data.image, IMG.filter((e) => e !== '.svg'));
    if (!n.data.imageAlt) err(n.f, 'image without imageAlt');
  }
}
const factchecks = kindFiles('factchecks').map((f) => ({ f, ...readMd(f) }));
for (const fc of factchecks) for (const k of ['title', 'date', 'claim', 'verdict']) if (!fc.data[k]) err(fc.f, `missing ${k}`);
const pages = kindFiles('pages').map((f) => ({ f, ...readMd(f) }));

// every media file next to the content is referenced by something
for (const f of all) {
  if (/\.(png|jpe?g|webp|svg|mp4|webm|pdf|docx)$/i.test(f) && !referenced.has(f)) err(f, 'file not referenced by any content');
}

// ---- site, hotlines, internal links ---------------------------------------------------------------
const site = yaml.load(readFileSync(path.join(ROOT, 'site.yaml'), 'utf8'));
if (typeof site.contact.phone !== 'string') err(path.join(ROOT, 'site.yaml'), 'contact.phone not quoted');
const hotlines = yaml.load(readFileSync(path.join(ROOT, 'hotlines.yaml'), 'utf8'));
for (const h of hotlines) if (typeof h.phone !== 'string') err(path.join(ROOT, 'hotlines.yaml'), `${h.name}: phone not quoted`);
const routes = new Set(['/duong-day-nong/', '/ban-tin/', '/van-ban/', '/tin-tuc/', '/infographic/', '/cai-chinh/']);
for (const n of news) routes.add(`/tin-tuc/${path.basename(n.f, '.md')}/`);
for (const p of pages) routes.add(`/thong-tin/${path.basename(p.f, '.md')}/`);
for (const d of directives) routes.add(`/van-ban/${path.basename(d.f, '.md')}/`);
if (!routes.has(site.notice.link)) err(path.join(ROOT, 'site.yaml'), `notice link ${site.notice.link} has no page`);
for (const x of [...bulletins, ...directives, ...infographics, ...news, ...factchecks, ...pages]) {
  for (const m of x.body.matchAll(/\]\((\/[^)\s]*)\)/g)) if (!routes.has(m[1])) err(x.f, `link ${m[1]} has no page`);
}

// ---- sizes --------------------------------------------------------------------------------------------
let total = 0;
for (const f of all) {
  const size = statSync(f).size;
  total += size;
  if (/\.(png|jpe?g)$/i.test(f) && size > 200 * 1024) err(f, `${size} bytes > 200 KB`);
  if (/\.mp4$/i.test(f) && size > 300 * 1024) err(f, `${size} bytes > 300 KB`);
}
if (total > 3 * 1024 * 1024) err(ROOT, `content is ${total} bytes > 3 MB`);

console.log(`directives: ${directives.length} (${[...kinds].join(', ')}), infographics: ${infographics.length}, news: ${news.length}, factchecks: ${factchecks.length}, pages: ${pages.length}`);
console.log(`files: ${all.length}, total ${(total / 1024).toFixed(0)} KB`);
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log('OK');
