import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runBuild } from '../helpers/build.ts';
import { checkLinks, checkSitemap } from '../site-checks/links.ts';
import { parseFeed } from '../helpers/feedparser.ts';
import { tempFolders } from '../helpers/temp.ts';

const temp = tempFolders('build');

/** Rewrites every text file the way Notepad on Windows saves it: BOM, CRLF; and in NFD, as macOS may. */
function asNotepadWouldSave(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const abs = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || !/\.(md|yaml)$/.test(entry.name)) continue;
    const text = readFileSync(abs, 'utf8').replace(/\n/g, '\r\n').normalize('NFD');
    writeFileSync(abs, `\uFEFF${text}`);
  }
}

describe('building a content folder', () => {
  test("another province's folder saved by Notepad (BOM, CRLF, NFD, unquoted time) builds with no code change", () => {
    const content = temp('notepad');
    cpSync(path.join(ROOT, 'tests/fixtures/minimal'), content, { recursive: true });
    // A picture in the body, found beside the file that points at it.
    const news = path.join(content, 'news/da-dang.md');
    writeFileSync(
      news,
      `${readFileSync(news, 'utf8')}\n![Ảnh trong bài](./anh.png)\n\n![Bản đồ chung](../chung/ban-do.png)\n\n[Tải kế hoạch](./tai-lieu/ke-hoach.pdf)\n`,
    );
    mkdirSync(path.join(content, 'chung'));
    cpSync(path.join(content, 'news/anh.png'), path.join(content, 'chung/ban-do.png'));
    mkdirSync(path.join(content, 'news/tai-lieu'));
    writeFileSync(path.join(content, 'news/tai-lieu/ke-hoach.pdf'), '%PDF-1.4\n%%EOF\n');
    // An attachment whose name holds what an address cannot carry as is.
    const directive = path.join(content, 'directives/03-ct-ubnd.md');
    writeFileSync(
      directive,
      readFileSync(directive, 'utf8').replace(
        'issued: 2020-01-31\n',
        'issued: 2020-01-31\nattachments:\n  - { file: "./qđ #2 50%.pdf" }\n',
      ),
    );
    writeFileSync(path.join(content, 'directives/qđ #2 50%.pdf'), '%PDF-1.4 đính kèm\n');
    asNotepadWouldSave(content);
    const out = path.join(temp('notepad-out'), 'dist');
    const build = runBuild({ contentDir: content, outDir: out, workDir: temp('notepad-work') });
    expect(build.status, build.output).toBe(0);

    const bulletin = readFileSync(path.join(out, 'ban-tin/2020-02-06/index.html'), 'utf8');
    expect(bulletin).toContain('16h30 ngày 06/02/2020');
    expect(bulletin).toContain('Lộc Bình'.normalize('NFC'));
    expect(bulletin).not.toContain('Lộc Bình'.normalize('NFD'));
    expect(bulletin).toContain('<html lang="vi">');
    const home = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(home).toContain('Thông tin dịch bệnh tỉnh Thử Nghiệm');
    expect(existsSync(path.join(out, 'van-ban/03-ct-ubnd/index.html'))).toBe(true);
    expect(readFileSync(path.join(out, 'infographic/5k/5k.svg'), 'utf8')).toContain('<svg');
    const picture = /<img alt="Ảnh trong bài"[^>]* src="([^"]+)"/.exec(readFileSync(path.join(out, 'tin-tuc/da-dang/index.html'), 'utf8'));
    expect(picture?.[1]).toMatch(/^\/_astro\/anh\..+\.webp$/);
    expect(existsSync(path.join(out, picture![1]!))).toBe(true);
    // A picture shared from a folder above is served optimised too, and nothing is published outside the entry's page.
    const shared = /<img alt="Bản đồ chung"[^>]* src="([^"]+)"/.exec(readFileSync(path.join(out, 'tin-tuc/da-dang/index.html'), 'utf8'));
    expect(shared?.[1]).toMatch(/^\/_astro\/.+\.webp$/);
    expect(existsSync(path.join(out, shared![1]!))).toBe(true);
    expect(existsSync(path.join(out, 'tin-tuc/chung'))).toBe(false);
    // A file the body links to is published where the link leads from the page.
    expect(readFileSync(path.join(out, 'tin-tuc/da-dang/index.html'), 'utf8')).toContain('href="./tai-lieu/ke-hoach.pdf"');
    expect(readFileSync(path.join(out, 'tin-tuc/da-dang/tai-lieu/ke-hoach.pdf'), 'utf8')).toBe('%PDF-1.4\n%%EOF\n');
    // The attachment's link leads to its file, as a browser reads the address.
    const download = /<a href="([^"]+)" download>/.exec(readFileSync(path.join(out, 'van-ban/03-ct-ubnd/index.html'), 'utf8'))?.[1];
    const url = new URL(download!, 'https://example.org/van-ban/03-ct-ubnd/');
    expect(url.hash + url.search).toBe('');
    expect(readFileSync(path.join(out, decodeURIComponent(url.pathname)), 'utf8')).toBe('%PDF-1.4 đính kèm\n');
  });

  test('drafts and entries scheduled for later are published nowhere; an alias redirects to its page', () => {
    const out = path.join(temp('drafts-out'), 'dist');
    const build = runBuild({ contentDir: path.join(ROOT, 'tests/fixtures/minimal'), outDir: out, workDir: temp('drafts-work') });
    expect(build.status, build.output).toBe(0);
    expect(existsSync(path.join(out, 'tin-tuc/da-dang/index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'tin-tuc/nhap/index.html'))).toBe(false);
    expect(existsSync(path.join(out, 'tin-tuc/hen-gio/index.html'))).toBe(false);
    expect(existsSync(path.join(out, 'tin-tuc/ban-nhap-cu/index.html'))).toBe(false);
    const everything = readdirSync(out, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(html|xml)$/.test(f))
      .map((f) => readFileSync(path.join(out, f), 'utf8'))
      .join('\n');
    expect(everything).not.toContain('Bản nháp');
    expect(everything).not.toContain('Tin hẹn giờ đăng');
    const redirect = readFileSync(path.join(out, 'tin-cu/da-dang/index.html'), 'utf8');
    expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=/tin-tuc/da-dang/">');
    expect(redirect).toContain('<html lang="vi">');
    expect(build.output).toContain('sẽ đăng lúc 08h00 ngày 01/01/2099');
  });

  test('bad content stops the build with every file and field named, and the previous site stays as it was', () => {
    const out = path.join(temp('bad-out'), 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'index.html'), 'previous site');
    const before = statSync(path.join(out, 'index.html')).mtimeMs;

    // What the last good build kept for the next one: a content mistake must not throw it away.
    const work = temp('bad-work');
    mkdirSync(path.join(work, 'cache'), { recursive: true });
    writeFileSync(path.join(work, 'cache/incremental-build.json'), '{"version":1,"routes":{}}');

    const build = runBuild({ contentDir: path.join(ROOT, 'tests/fixtures/bad'), outDir: out, workDir: work });
    expect(build.status).toBe(1);
    const lines = build.stderr;
    expect(lines).toContain('hotlines.yaml:2 trường "[0].phone" (Số điện thoại): số điện thoại phải đặt trong dấu ngoặc kép');
    expect(lines).toContain('bulletins/2020-02-07.md:3 trường "time"');
    expect(lines).toContain('bulletins/2020-02-06.md:4 trường "stats.confirmed"');
    expect(lines).toContain('directives/a.md:3 trường "kind"');
    expect(lines).toContain('directives/a.md:8 trường "attachments[0].file"');
    expect(lines).toContain('news/b.md trường "date" (Ngày đăng): thiếu trường bắt buộc');
    expect(lines).toContain('6 lỗi');
    expect(lines).not.toMatch(/\n\s+at .*\.ts:\d+/); // no stack trace for a content mistake
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous site');
    expect(statSync(path.join(out, 'index.html')).mtimeMs).toBe(before);
    expect(existsSync(path.join(work, 'cache/incremental-build.json'))).toBe(true);
  });

  test('a site served below a sub-path links every page, asset and redirect below it', () => {
    const out = path.join(temp('base-out'), 'dist');
    const build = runBuild({
      contentDir: path.join(ROOT, 'tests/fixtures/minimal'),
      outDir: out,
      workDir: temp('base-work'),
      env: { SITE_BASE: '/covid/' },
    });
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(path.join(out, 'ban-tin/2020-02-06/index.html'), 'utf8');
    const urls = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u!.startsWith('/covid/'))).toEqual([]);
    expect(html).toContain('action="/covid/tim-kiem/"');
    expect(html).toContain('<link rel="canonical" href="https://example.org/covid/ban-tin/2020-02-06/">');
    expect(checkLinks(out, 'https://example.org', '/covid/')).toEqual([]);
    expect(checkSitemap(out, 'https://example.org', '/covid/')).toEqual([]);
    expect(readFileSync(path.join(out, '_headers'), 'utf8')).toMatch(/^\/covid\/\n/);
    expect(readFileSync(path.join(out, '_headers'), 'utf8')).toContain('\n/covid/admin/*\n');
    // The editor below the base: its page, its configuration and its code.
    expect(readFileSync(path.join(out, 'admin/config.json'), 'utf8')).toContain('"site_url":"https://example.org/covid/"');
    expect(readFileSync(path.join(out, 'admin/index.html'), 'utf8')).toContain('src="editor.js"');
    expect(readFileSync(path.join(out, 'admin/editor.js'), 'utf8').length).toBeGreaterThan(100_000);
    const feed = parseFeed(readFileSync(path.join(out, 'ban-tin/rss.xml')));
    expect(feed.bozo).toBe(false);
    expect(feed.entries.map((e) => e.link)).toEqual([
      'https://example.org/covid/ban-tin/2020-02-06/',
      'https://example.org/covid/ban-tin/2020-02-05/',
    ]);
  });
});
