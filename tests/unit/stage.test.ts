/**
 * Staging (src/content-folder/stage.ts, prepare.ts): what Astro reads, and the record of what
 * renders Markdown that is part of every entry's digest (src/content/staged.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { markdownRendererDigest, prepareContent } from '../../src/content-folder/prepare.ts';
import type { Paths } from '../../src/content-folder/paths.ts';
import { BODY_FILES, RENDERER_FILE } from '../../src/content-folder/stage.ts';
import type { StagedEntry } from '../../src/content/staged.ts';
import { makeContent, md } from '../helpers/content.ts';

const NOW = new Date('2020-03-01T08:00:00Z');
const quiet = { log: () => {} };

function workPaths(contentDir: string): Paths {
  const workDir = mkdtempSync(path.join(tmpdir(), 'sukien-stage-'));
  return { contentDir, workDir, stageDir: path.join(workDir, 'content'), cacheDir: path.join(workDir, 'cache') };
}

const DIRECTIVE = md('number: 03/CT-UBND\nkind: chi-thi\ntitle: Về việc phòng, chống dịch\nissuer: UBND tỉnh\nissued: 2020-01-31');

describe('staging', () => {
  test('each kind becomes one JSON file of its published entries, pointing at the original files', async () => {
    const content = makeContent({
      'bulletins/2020-02-05.md': md('date: 2020-02-05\nstats: { confirmed: 1 }', 'Diễn biến.'),
      'news/ban-nhap.md': md('title: Bản nháp\ndate: 2020-02-05\ndraft: true'),
      'news/a.md': md('title: Tin\ndate: 2020-02-05', '[Tải kế hoạch](./tai-lieu/ke-hoach.pdf)'),
      'news/tai-lieu/ke-hoach.pdf': '%PDF-1.4\n%%EOF\n',
    });
    const paths = workPaths(content);
    await prepareContent(paths, NOW, quiet);
    const bulletins = JSON.parse(readFileSync(path.join(paths.stageDir, 'bulletins.json'), 'utf8')) as StagedEntry[];
    expect(bulletins).toHaveLength(1);
    expect(bulletins[0]).toMatchObject({ id: '2020-02-05', file: path.join(content, 'bulletins/2020-02-05.md') });
    expect(bulletins[0]!.body.trim()).toBe('Diễn biến.');
    const news = JSON.parse(readFileSync(path.join(paths.stageDir, 'news.json'), 'utf8')) as StagedEntry[];
    expect(news.map((n) => n.id)).toEqual(['a']);
    expect(news[0]!.data).not.toHaveProperty('draft');
    expect(JSON.parse(readFileSync(path.join(paths.stageDir, 'factchecks.json'), 'utf8'))).toEqual([]);
    // What the body links to is published where the link leads from the entry's page.
    expect(JSON.parse(readFileSync(path.join(paths.stageDir, BODY_FILES), 'utf8'))).toEqual([
      { from: path.join(content, 'news/tai-lieu/ke-hoach.pdf'), to: '/tin-tuc/a/tai-lieu/ke-hoach.pdf' },
    ]);
  });

  test('the renderer record changes with the register of directives and with the code that renders Markdown, and only then', async () => {
    const content = makeContent({ 'directives/03-ct-ubnd.md': DIRECTIVE });
    const paths = workPaths(content);
    const record = () => readFileSync(path.join(paths.stageDir, RENDERER_FILE), 'utf8');
    await prepareContent(paths, NOW, { ...quiet, renderer: 'plugins v1' });
    const first = record();
    expect(first.startsWith('plugins v1\n')).toBe(true);
    await prepareContent(paths, NOW, { ...quiet, renderer: 'plugins v1' });
    expect(record()).toBe(first);
    writeFileSync(path.join(content, 'directives/03-ct-ubnd.md'), DIRECTIVE.replace('Về việc phòng, chống dịch', 'Về việc tiêm vắc xin'));
    await prepareContent(paths, NOW, { ...quiet, renderer: 'plugins v1' });
    const second = record();
    expect(second).not.toBe(first);
    await prepareContent(paths, NOW, { ...quiet, renderer: 'plugins v2' });
    expect(record()).not.toBe(second);
  });

  test('the renderer digest follows the Markdown plugins and the installed packages', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sukien-renderer-'));
    mkdirSync(path.join(root, 'src/markdown'), { recursive: true });
    writeFileSync(path.join(root, 'src/markdown/plugins.ts'), 'export const a = 1;');
    writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    const first = markdownRendererDigest(root);
    expect(markdownRendererDigest(root)).toBe(first);
    writeFileSync(path.join(root, 'src/markdown/plugins.ts'), 'export const a = 2;');
    const second = markdownRendererDigest(root);
    expect(second).not.toBe(first);
    writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    expect(markdownRendererDigest(root)).not.toBe(second);
  });
});
