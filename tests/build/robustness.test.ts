/**
 * Issue "Every page valid, accessible and safe": reproducible output, big and odd input, and
 * a corpus of XSS payloads in every kind of content and every rendered field.
 */
import * as cheerio from 'cheerio';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runBuild } from '../helpers/build.ts';
import { HOTLINES_YAML, makeContent, md } from '../helpers/content.ts';
import { htmlPages, page } from '../helpers/site.ts';
import { tempFolders } from '../helpers/temp.ts';

const temp = tempFolders('robustness');

function treeDigest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const abs = path.join(f.parentPath, f.name);
    out[path.relative(dir, abs)] = createHash('sha256').update(readFileSync(abs)).digest('hex');
  }
  return out;
}

describe('reproducible output', () => {
  test('two builds of the same content with SOURCE_DATE_EPOCH are byte-for-byte identical, in any time zone', () => {
    const content = path.join(ROOT, 'tests/fixtures/minimal');
    const builds = ['UTC', 'America/Los_Angeles'].map((tz) => {
      const out = path.join(temp(`repro-${tz.replace('/', '-')}`), 'dist');
      const build = runBuild({
        contentDir: content,
        outDir: out,
        workDir: temp('repro-work'),
        env: { TZ: tz, SOURCE_DATE_EPOCH: '1586512800' },
      });
      expect(build.status, build.output).toBe(0);
      return treeDigest(out);
    });
    expect(Object.keys(builds[0]!).length).toBeGreaterThan(15);
    expect(builds[1]).toEqual(builds[0]);
  });
});

describe('big and odd input', () => {
  test('a 2 MB body, 500 districts, a 1,000-character title, emoji, NFD text, an empty body and a Notepad file all build', () => {
    const paragraph = 'Sở Y tế khuyến cáo người dân thực hiện nghiêm khuyến cáo 5K, khai báo y tế trung thực. 😷🇻🇳\n\n';
    const districts = Array.from({ length: 500 }, (_, i) => `  - { name: "Xã số ${i + 1}", confirmed: 1 }`).join('\n');
    const longTitle = `Cập nhật ${'rất dài '.repeat(124)}`.slice(0, 1000);
    const content = makeContent({
      'bulletins/2020-02-05.md': md(
        `date: 2020-02-05\ntitle: "${longTitle}"\nstats: { confirmed: 500 }\ndistricts:\n${districts}`,
        paragraph.repeat(Math.ceil(2_000_000 / Buffer.byteLength(paragraph))),
      ),
      'bulletins/2020-02-06.md': md('date: 2020-02-06\nstats: { confirmed: 500 }', ''),
      'bulletins/2020-02-07.md': `\uFEFF${md('date: 2020-02-07\ntime: 15:00\ntitle: Bản tin có biểu tượng 😷 và chữ tổ hợp\nstats: { confirmed: 501 }', 'Nội dung tiếng Việt viết bằng Notepad. 🙏').normalize('NFD').replace(/\n/g, '\r\n')}`,
    });
    const out = path.join(temp('big-out'), 'dist');
    const build = runBuild({ contentDir: content, outDir: out, workDir: temp('big-work') });
    expect(build.status, build.output).toBe(0);
    const big = page(out, '/ban-tin/2020-02-05/');
    expect(big('h1').text()).toBe(longTitle);
    expect(big('table').last().find('tbody tr')).toHaveLength(500);
    expect(readFileSync(path.join(out, 'ban-tin/2020-02-05/index.html')).length).toBeGreaterThan(2_000_000);
    expect(page(out, '/ban-tin/2020-02-06/')('h1').text()).toContain('06/02/2020');
    const odd = page(out, '/ban-tin/2020-02-07/');
    expect(odd('h1').text()).toBe('Bản tin có biểu tượng 😷 và chữ tổ hợp');
    expect(odd('.prose').text()).toContain('Nội dung tiếng Việt viết bằng Notepad. 🙏');
  });
});

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="https://evil.example/"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(2)">x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<details open ontoggle=alert(1)>x</details>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<video src=x onerror=alert(1)></video><video><source onerror=alert(1)></video>',
  '<input autofocus onfocus=alert(1)>',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '[x](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
];

/** The payloads as one YAML-safe line of text. */
const inline = (p: string) => JSON.stringify(`Nội dung ${p}`);

describe('XSS payloads in every kind of content and every rendered field never reach a page', () => {
  test('the built site has no script, handler, javascript: URL, foreign frame or inline style of the content', () => {
    const body = PAYLOADS.join('\n\n');
    const files: Record<string, string | Buffer> = {
      'site.yaml': `name: ${inline(PAYLOADS[0]!)}\nagency: ${inline(PAYLOADS[2]!)}\nprovince: ${inline(PAYLOADS[1]!)}\nurl: https://example.org\ndescription: ${inline(PAYLOADS[3]!)}\nbulletinSource: ${inline(PAYLOADS[4]!)}\nembedHosts: [www.youtube-nocookie.com]\ncontact: { address: ${inline(PAYLOADS[5]!)}, email: a@example.org }\nnotice: { text: ${inline(PAYLOADS[0]!)}, link: /tin-tuc/a/ }\n`,
      'hotlines.yaml': `${HOTLINES_YAML}- name: ${inline(PAYLOADS[0]!)}\n  phone: "0205 3812 345"\n  area: ${inline(PAYLOADS[2]!)}\n  note: ${inline(PAYLOADS[3]!)}\n`,
      'infographics/a.png': readFileSync(path.join(ROOT, 'tests/fixtures/minimal/news/anh.png')),
      'news/a.png': readFileSync(path.join(ROOT, 'tests/fixtures/minimal/news/anh.png')),
      // `<img src=x …>` points at a file beside the entry: it is there, so that the page is built and read.
      ...Object.fromEntries(['bulletins', 'directives', 'infographics', 'news', 'factchecks', 'pages'].map((k) => [`${k}/x`, 'x\n'])),
    };
    PAYLOADS.forEach((p, i) => {
      const t = inline(p);
      // A district's name is at most 40 characters: a longer payload is refused there, so it goes in cut to its first 40.
      const district = JSON.stringify(p.slice(0, 40));
      files[`bulletins/2020-02-${String(i + 1).padStart(2, '0')}.md`] = md(
        `date: 2020-02-${String(i + 1).padStart(2, '0')}\ntitle: ${t}\nsource: ${t}\ncorrection: ${t}\nstats: { confirmed: 1 }\ndistricts:\n  - { name: ${district}, confirmed: 1 }`,
        body,
      );
    });
    files['directives/a.md'] = md(
      `number: 03/CT-UBND\nkind: chi-thi\ntitle: ${inline(PAYLOADS[1]!)}\nissuer: ${inline(PAYLOADS[2]!)}\nsigner: ${inline(PAYLOADS[3]!)}\nissued: 2020-01-31\nattachments:\n  - { file: ./a.pdf, label: ${inline(PAYLOADS[4]!)} }`,
      body,
    );
    files['directives/a.pdf'] = '%PDF-1.4\n%%EOF\n';
    files['infographics/a.md'] = md(
      `title: ${inline(PAYLOADS[1]!)}\ndate: 2020-02-03\nimage: ./a.png\nalt: ${inline(PAYLOADS[2]!)}\nsource: ${inline(PAYLOADS[3]!)}\ntags: [${inline(PAYLOADS[0]!)}]`,
      body,
    );
    files['news/a.md'] = md(
      `title: ${inline(PAYLOADS[1]!)}\ndate: 2020-02-03\nsummary: ${inline(PAYLOADS[2]!)}\nimage: ./a.png\nimageAlt: ${inline(PAYLOADS[3]!)}\nsource: { name: ${inline(PAYLOADS[0]!)}, url: "https://example.org/?q=\\"><script>alert(1)</script>" }`,
      body,
    );
    files['factchecks/a.md'] = md(
      `title: ${inline(PAYLOADS[1]!)}\ndate: 2020-02-03\nclaim: ${inline(PAYLOADS[0]!)}\nverdict: sai-su-that\nclaimSource: ${inline(PAYLOADS[2]!)}\naction: ${inline(PAYLOADS[3]!)}`,
      body,
    );
    files['pages/a.md'] = md(`title: ${inline(PAYLOADS[1]!)}\nsummary: ${inline(PAYLOADS[2]!)}\norder: 1`, body);
    const content = makeContent(files);
    const out = path.join(temp('xss-out'), 'dist');
    const build = runBuild({ contentDir: content, outDir: out, workDir: temp('xss-work') });
    expect(build.status, build.output).toBe(0);

    const problems: string[] = [];
    const pages = htmlPages(out);
    expect(pages.length).toBeGreaterThan(30);
    for (const p of pages) {
      const $ = cheerio.load(readFileSync(path.join(out, p.endsWith('/') ? `${p}index.html` : p), 'utf8'));
      $('*').each((_, el) => {
        if (!('attribs' in el)) return;
        const tag = el.tagName.toLowerCase();
        for (const [name, value] of Object.entries(el.attribs)) {
          if (/^on/i.test(name)) problems.push(`${p}: <${tag} ${name}>`);
          // The print sheets' QR code (src/lib/qr.ts): a picture of two paths, nothing else.
          const qrCode =
            tag === 'img' &&
            name === 'src' &&
            /^data:image\/svg\+xml,<svg [^<>]*><path [^<>]*\/><path [^<>]*\/><\/svg>\n?$/.test(decodeURIComponent(value));
          if (/^\s*(javascript|vbscript|data):/i.test(value) && name !== 'content' && !qrCode)
            problems.push(`${p}: <${tag} ${name}="${value}">`);
          if (name === 'style' || name === 'srcdoc' || name === 'formaction') problems.push(`${p}: <${tag} ${name}>`);
        }
        if (tag === 'script' && !(el.attribs.src?.startsWith('/_astro/') || el.attribs.type === 'application/ld+json'))
          problems.push(`${p}: <script>`);
        const inSearchForm = $(el).closest('form[role="search"]').length > 0;
        const taskListBox = tag === 'input' && el.attribs.type === 'checkbox' && 'disabled' in el.attribs;
        // The site's own: charts drawn at build time, the print button and the channel section's copy buttons.
        const ownButton =
          tag === 'button' &&
          (el.attribs.class === 'print-button' ||
            (el.attribs.class === 'copy-button' && $(el).closest('section.channels').parent().is('main')));
        const ours = (tag === 'svg' && el.attribs.class === 'chart__svg') || ownButton;
        if (['object', 'embed', 'base', 'style', 'math', 'svg', 'input', 'button'].includes(tag) && !inSearchForm && !taskListBox && !ours)
          problems.push(`${p}: <${tag}>`);
        if (tag === 'iframe' && !el.attribs.src?.startsWith('https://www.youtube-nocookie.com/'))
          problems.push(`${p}: <iframe src="${el.attribs.src}">`);
        const registerFilter = tag === 'form' && el.attribs.id === 'register-filter' && el.attribs.action === undefined;
        if (tag === 'form' && el.attribs.action !== '/tim-kiem/' && !registerFilter)
          problems.push(`${p}: <form action="${el.attribs.action}">`);
        if (tag === 'meta' && el.attribs['http-equiv'] === 'refresh') problems.push(`${p}: <meta refresh>`);
        if (tag === 'link' && el.attribs.href?.startsWith('https://evil')) problems.push(`${p}: <link ${el.attribs.href}>`);
      });
    }
    expect(problems).toEqual([]);
    // The text is shown as text, not dropped.
    expect(page(out, '/cai-chinh/a/')('.claim').text()).toContain('Nội dung <script>alert(1)</script>');
    expect(page(out, '/')('title').text()).toContain('<script>alert(1)</script>');
  });
});
