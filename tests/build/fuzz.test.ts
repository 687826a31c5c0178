/**
 * Issue "Nothing wrong is ever published": the project's own fuzz test. Each mutation breaks a
 * copy of a valid content folder the way staff, a word processor or a contributor could. For
 * each one, `npm run check` and `npm run build` must agree, and the outcome must be one of two:
 * - a Vietnamese error naming the file, with nothing published (the last site stays as it was);
 * - a clean build with nothing from outside the folder and every feed well-formed.
 * Never a stack trace, never an English-only message.
 *
 * A fixed sample runs with the suite; FUZZ_ALL=1 runs every mutation.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runBuildAsync } from '../helpers/build.ts';
import { parseFeed } from '../helpers/feedparser.ts';
import { runTool } from '../helpers/tools.ts';
import { tempFolders } from '../helpers/temp.ts';

/** Written outside every content folder: no published file may ever contain it. */
const SECRET = 'BÍ-MẬT-NGOÀI-THƯ-MỤC-7f3a9c';
// Inside the project, so that two builds at once keep Astro's intermediate output apart (see differential.test.ts).
const temp = tempFolders('fuzz', path.join(ROOT, '.sukien/tmp'));
const secretDir = temp('secret');
writeFileSync(path.join(secretDir, 'passwd'), `root:x:0:0:${SECRET}:/root:/bin/bash\n`);
writeFileSync(path.join(secretDir, 'tin.md'), `---\ntitle: ${SECRET}\ndate: 2020-02-06\n---\n${SECRET}\n`);
mkdirSync(path.join(secretDir, 'folder'));
writeFileSync(path.join(secretDir, 'folder/a.md'), `---\ntitle: ${SECRET}\n---\n`);

const edit = (file: string, change: (text: string) => string) => (dir: string) =>
  writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));
const write = (file: string, text: string | Buffer) => (dir: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const link = (file: string, target: string) => (dir: string) => {
  rmSync(path.join(dir, file), { force: true, recursive: true });
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  symlinkSync(target, path.join(dir, file));
};
const B5 = 'bulletins/2020-02-05.md';
const B6 = 'bulletins/2020-02-06.md';
const DIRECTIVE = 'directives/03-ct-ubnd.md';
const NEWS = 'news/da-dang.md';

interface Mutation {
  name: string;
  apply: (dir: string) => void;
  /** What must come of it: an error naming this file, or a clean build. */
  expect: { error: string } | 'clean';
  /** In the fixed sample that runs with the suite. */
  sample?: true;
}

const MUTATIONS: Mutation[] = [
  { name: 'a required field removed', apply: edit(B6, (t) => t.replace('date: 2020-02-06\n', '')), expect: { error: B6 }, sample: true },
  { name: 'a wrong type', apply: edit(B5, (t) => t.replace('confirmed: 1,', 'confirmed: nhiều,')), expect: { error: B5 } },
  { name: 'an impossible date', apply: edit(NEWS, (t) => t.replace('2020-02-06', '2020-02-30')), expect: { error: NEWS } },
  { name: 'a huge number', apply: edit(B6, (t) => t.replace('confirmed: 3,', 'confirmed: 1e20,')), expect: { error: B6 }, sample: true },
  { name: 'a negative number', apply: edit(B6, (t) => t.replace('recovered: 1,', 'recovered: -1,')), expect: { error: B6 } },
  { name: 'an infinite number', apply: edit(B6, (t) => t.replace('recovered: 1,', 'recovered: .inf,')), expect: { error: B6 } },
  { name: 'invalid YAML', apply: edit(B5, (t) => t.replace('stats: {', 'stats: {{')), expect: { error: B5 } },
  {
    name: 'an unclosed quote',
    apply: edit(NEWS, (t) => t.replace('title: Tin đã đăng', 'title: "Tin đã đăng')),
    expect: { error: NEWS },
    sample: true,
  },
  { name: 'a tab in indentation', apply: edit(B6, (t) => t.replace('  - { name: Lộc', '\t- { name: Lộc')), expect: { error: B6 } },
  {
    name: 'a duplicated key',
    apply: edit(NEWS, (t) => t.replace('date: 2020-02-06', 'date: 2020-02-06\ndate: 2020-02-07')),
    expect: { error: NEWS },
  },
  { name: 'site.yaml missing', apply: (dir) => rmSync(path.join(dir, 'site.yaml')), expect: { error: 'site.yaml' } },
  { name: 'site.yaml not YAML', apply: write('site.yaml', 'name: [A\n'), expect: { error: 'site.yaml' } },
  { name: 'an empty Markdown file', apply: write('news/trong.md', ''), expect: { error: 'news/trong.md' } },
  {
    name: 'binary garbage as Markdown',
    apply: write('news/rac.md', Buffer.from([0, 159, 146, 150, 255, 0, 1, 2])),
    expect: { error: 'news/rac.md' },
  },
  { name: 'a BOM', apply: edit(B6, (t) => `\uFEFF${t}`), expect: 'clean' },
  { name: 'Windows line endings', apply: edit(NEWS, (t) => t.replace(/\n/g, '\r\n')), expect: 'clean', sample: true },
  { name: 'NFD text', apply: edit(NEWS, (t) => t.normalize('NFD')), expect: 'clean' },
  {
    name: 'a control character pasted into a body and a title',
    apply: edit(NEWS, (t) => t.replace('Đã đăng.', 'Đã\u000B đăng\u000C.').replace('Tin đã đăng', 'Tin\u0007 đã đăng')),
    expect: 'clean',
    sample: true,
  },
  {
    name: 'a YAML escape that makes a control character',
    apply: edit(NEWS, (t) => t.replace('title: Tin đã đăng', 'title: "Tin \\e đã \\x0B đăng"')),
    expect: 'clean',
    sample: true,
  },
  {
    name: 'a character reference to a control character',
    apply: edit(DIRECTIVE, (t) => t.replace('Toàn văn.', 'Toàn&#11; văn&#x0C;.')),
    expect: 'clean',
  },
  {
    name: 'a lone surrogate and a line separator',
    apply: edit(NEWS, (t) => t.replace('title: Tin đã đăng', 'title: "Tin \\uD800 đã\\u2028 đăng"')),
    expect: 'clean',
  },
  { name: 'a zero-width space in a figure', apply: edit(B6, (t) => t.replace('confirmed: 3,', 'confirmed: 3\u200B,')), expect: 'clean' },
  {
    name: 'markup and a CDATA end in a title and a body',
    apply: edit(NEWS, (t) =>
      t
        .replace('title: Tin đã đăng', 'title: "Tin ]]> <script>alert(1)</script> & đăng"')
        .replace('Đã đăng.', 'Đã ]]> đăng <b>x</b> & <script>alert(1)</script>.'),
    ),
    expect: 'clean',
    sample: true,
  },
  { name: 'a CDATA end in the agency', apply: edit('site.yaml', (t) => `${t}bulletinSource: "Sở ]]> Y tế"\n`), expect: 'clean' },
  { name: 'an unknown field in site.yaml', apply: edit('site.yaml', (t) => `${t}descripton: Kênh thông tin\n`), expect: 'clean' },
  {
    name: 'an attachment that links to /etc/passwd',
    apply: (dir) => {
      edit(DIRECTIVE, (t) => t.replace('issued: 2020-01-31', 'issued: 2020-01-31\nattachments:\n  - { file: ./phu-luc.pdf }'))(dir);
      link('directives/phu-luc.pdf', path.join(secretDir, 'passwd'))(dir);
    },
    expect: { error: DIRECTIVE },
    sample: true,
  },
  { name: 'a picture that links out of the folder', apply: link('news/anh.png', path.join(secretDir, 'passwd')), expect: { error: NEWS } },
  {
    name: 'a body link to a file that links out',
    apply: (dir) => {
      edit(NEWS, (t) => t.replace('Đã đăng.', 'Đã đăng. [Tải](./ke-hoach.pdf)'))(dir);
      link('news/ke-hoach.pdf', path.join(secretDir, 'passwd'))(dir);
    },
    expect: { error: NEWS },
  },
  {
    name: 'a Markdown file that links out',
    apply: link('news/ngoai.md', path.join(secretDir, 'tin.md')),
    expect: { error: 'news/ngoai.md' },
    sample: true,
  },
  { name: 'a kind folder that links out', apply: link('pages', path.join(secretDir, 'folder')), expect: { error: 'pages' } },
  {
    name: 'an attachment path that climbs out',
    apply: edit(DIRECTIVE, (t) => t.replace('issued: 2020-01-31', 'issued: 2020-01-31\nattachments:\n  - { file: ../../../etc/passwd }')),
    expect: { error: DIRECTIVE },
  },
  {
    name: 'a missing attachment',
    apply: edit(DIRECTIVE, (t) => t.replace('issued: 2020-01-31', 'issued: 2020-01-31\nattachments:\n  - { file: ./khong-co.pdf }')),
    expect: { error: DIRECTIVE },
  },
  { name: 'a text file named .png', apply: write('news/anh.png', 'không phải ảnh'), expect: { error: NEWS }, sample: true },
  {
    name: 'an SVG with an entity-encoded javascript: link',
    apply: write(
      'infographics/5k.svg',
      '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript&#58;alert(1)"><text>x</text></a></svg>',
    ),
    expect: { error: 'infographics/5k.md' },
  },
  {
    name: 'an SVG with a DOCTYPE',
    apply: write(
      'infographics/5k.svg',
      '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
    ),
    expect: { error: 'infographics/5k.md' },
  },
  {
    name: 'a duplicate bulletin date',
    apply: write('bulletins/2020-02-06-ban-sao.md', '---\ndate: 2020-02-06\nstats: { confirmed: 3 }\n---\nBản sao.\n'),
    expect: { error: 'bulletins/2020-02-06-ban-sao.md' },
  },
  {
    name: 'a duplicate document number',
    apply: write(
      'directives/03-ct-ubnd-ban-sao.md',
      '---\nnumber: 03/CT-UBND\nkind: chi-thi\ntitle: Bản sao\nissuer: UBND\nissued: 2020-05-01\n---\n',
    ),
    expect: { error: 'directives/03-ct-ubnd-ban-sao.md' },
  },
  {
    name: 'a directive that replaces itself',
    apply: edit(DIRECTIVE, (t) => t.replace('issued: 2020-01-31', 'issued: 2020-01-31\nreplaces: [03/CT-UBND]')),
    expect: { error: DIRECTIVE },
    sample: true,
  },
  {
    name: 'a cumulative figure that falls without a correction',
    apply: edit(B6, (t) => t.replace('confirmed: 3,', 'confirmed: 0,').replace(/districts:[\s\S]*?---/, '---')),
    expect: { error: B6 },
  },
  {
    name: 'a bulletin dated after today',
    apply: write('bulletins/2099-01-01.md', '---\ndate: 2099-01-01\nstats: { confirmed: 3 }\n---\n'),
    expect: { error: 'bulletins/2099-01-01.md' },
    sample: true,
  },
  {
    name: 'an alias onto a page the site builds',
    apply: edit(NEWS, (t) => t.replace('aliases: [/tin-cu/da-dang/]', 'aliases: [/ban-tin/]')),
    expect: { error: NEWS },
  },
  {
    name: 'a raw script in a body',
    apply: edit(DIRECTIVE, (t) => t.replace('Toàn văn.', 'Toàn văn. <script>alert(1)</script><img src=x onerror=alert(1)>')),
    expect: 'clean',
  },
];

const ALL = process.env.FUZZ_ALL === '1';
const chosen = MUTATIONS.filter((m) => ALL || m.sample);

/** A Vietnamese message: tone marks a message in English would not have. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;
const ENGLISH_ERROR =
  /\b(TypeError|ReferenceError|SyntaxError|ENOENT|EACCES|Cannot find|Invalid input|is not defined|undefined is not|NoImageMetadata)\b/;

/** Every file below a folder, with its contents. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => path.join(f.parentPath, f.name));
}

async function run(m: Mutation) {
  const content = path.join(temp('content'), 'content');
  cpSync(path.join(ROOT, 'tests/fixtures/minimal'), content, { recursive: true, verbatimSymlinks: true });
  m.apply(content);
  const check = runTool('check', [], { contentDir: content, env: { SOURCE_DATE_EPOCH: '1586512800' } });
  // The last published site, which a failed build must leave exactly as it was.
  const out = path.join(temp('out'), 'dist');
  mkdirSync(out);
  writeFileSync(path.join(out, 'index.html'), 'trang cũ');
  const build = await runBuildAsync({ contentDir: content, outDir: out, workDir: temp('work') });
  return { check, build, out };
}

describe.each(chosen.map((m) => [m.name, m] as const))('%s', (_name, m) => {
  test('check and build agree, and the outcome is a Vietnamese error naming the file or a clean, safe build', async () => {
    const { check, build, out } = await run(m);
    const outputs = `--- check ---\n${check.output}\n--- build ---\n${build.output}`;
    for (const output of [check.output, build.output]) {
      expect(output, outputs).not.toMatch(STACK);
      expect(output, outputs).not.toMatch(ENGLISH_ERROR);
    }
    expect(build.status === 0, outputs).toBe(check.status === 0);
    if (m.expect === 'clean') {
      expect(build.status, outputs).toBe(0);
      for (const file of allFiles(out)) expect(readFileSync(file).includes(SECRET), file).toBe(false);
      const feeds = allFiles(out).filter((f) => f.endsWith('.xml') && !f.includes('sitemap'));
      expect(feeds.length).toBeGreaterThanOrEqual(6);
      for (const feed of feeds) {
        const parsed = parseFeed(readFileSync(feed));
        expect(parsed.bozo, `${feed}: ${parsed.bozoException}`).toBe(false);
      }
      for (const page of allFiles(out).filter((f) => f.endsWith('.html'))) {
        // eslint-disable-next-line no-control-regex -- control characters are what this looks for
        expect(readFileSync(page, 'utf8'), page).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      }
    } else {
      expect(check.status, outputs).toBe(1);
      expect(build.status, outputs).not.toBe(0);
      const named = (output: string) => output.split('\n').filter((l) => /LỖI|- dòng|^\s+- /.test(l));
      expect(check.output, outputs).toContain(m.expect.error);
      expect(build.output, outputs).toContain(m.expect.error);
      for (const line of [...named(check.output), ...named(build.output)]) expect(line, outputs).toMatch(VIETNAMESE);
      expect(build.output).toContain('Không tạo trang');
      // Nothing published: the last site is exactly as it was.
      expect(readdirSync(out)).toEqual(['index.html']);
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('trang cũ');
    }
  });
});
