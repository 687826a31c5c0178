/**
 * Issue "Ten years of daily bulletins build in minutes": a rebuild copies the pages that did
 * not change from Astro's cache (src/build/page-keys.ts), and says how many it copied, read
 * from Astro's log (src/build/astro-internals.ts): this test fails loudly should an update of
 * Astro stop saying so. What it publishes must be exactly what a build from scratch
 * publishes: a stale page on an official channel is worse than a slow build
 * (tests/build/differential.test.ts proves it over a long sequence of changes).
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROADCAST_BULLETINS } from '../../src/domain/routes.ts';
import { ROOT, runBuild } from '../helpers/build.ts';
import { makeContent, md } from '../helpers/content.ts';
import { differences, fragments, published } from '../helpers/published.ts';
import { page } from '../helpers/site.ts';
import { tempFolders } from '../helpers/temp.ts';

const temp = tempFolders('incremental');

const indexedPages = (dist: string) => fragments(dist).map((f) => String(f.url));
const contentOf = (dist: string, url: string) => String(fragments(dist).find((f) => f.url === url)?.content);

function build(content: string, workDir: string, outDir: string): string {
  const run = runBuild({ contentDir: content, outDir, workDir });
  expect(run.status, run.output).toBe(0);
  return run.output;
}

const reused = (output: string) => Number(/dùng lại (\d+) không đổi/.exec(output)?.[1]);

/** A rebuild with the caches in `work`, and a build of the same content from scratch: the two sites, and the rebuild's log. */
function rebuildBesideFresh(content: string, work: string, name: string) {
  const rebuilt = path.join(temp(`${name}-rebuilt`), 'dist');
  const output = build(content, work, rebuilt);
  const fresh = path.join(temp(`${name}-fresh`), 'dist');
  build(content, temp(`${name}-fresh-work`), fresh);
  return { rebuilt, fresh, output };
}

describe('a rebuild with the caches of the last build', () => {
  test('a new bulletin takes the oldest broadcast one off the radio, the messages and the notice boards, as a fresh build does', () => {
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const bulletin = (i: number) => md(`date: ${day(i)}\nstats: { confirmed: ${10 + i}, confirmedNew: 1, recovered: ${i} }`);
    const content = makeContent(
      Object.fromEntries(Array.from({ length: BROADCAST_BULLETINS + 1 }, (_, i) => [`bulletins/${day(i)}.md`, bulletin(i)])),
    );
    const work = temp('window-work');
    build(content, work, path.join(temp('window-a'), 'dist'));
    const leaving = `/ban-tin/${day(1)}/`;
    writeFileSync(path.join(content, `bulletins/${day(BROADCAST_BULLETINS + 1)}.md`), bulletin(BROADCAST_BULLETINS + 1));
    const { rebuilt, fresh, output } = rebuildBesideFresh(content, work, 'window');

    expect(reused(output)).toBeGreaterThan(0);
    expect(differences(published(rebuilt), published(fresh))).toEqual([]);
    // What the comparison stands on: the bulletin that left the newest has lost its files and its section.
    for (const file of ['phat-thanh.txt', 'tin-nhan.txt', 'in/index.html'])
      expect(existsSync(path.join(rebuilt, leaving, file)), file).toBe(false);
    expect(page(rebuilt, leaving)('.channels').text()).toContain(`chỉ có cho ${BROADCAST_BULLETINS} bản tin mới nhất`);
    expect(existsSync(path.join(rebuilt, `/ban-tin/${day(2)}/phat-thanh.txt`))).toBe(true);
  });

  test('publishes exactly what a build from scratch publishes, having rendered only what changed', () => {
    const content = path.join(temp('incr-content'), 'content');
    cpSync(path.join(ROOT, 'tests/fixtures/minimal'), content, { recursive: true });
    const work = temp('incr-work');
    const first = build(content, work, path.join(temp('incr-a'), 'dist'));
    expect(reused(first)).toBe(0);

    // The next day's bulletin, which cites the directive; and a correction to a news item.
    writeFileSync(
      path.join(content, 'bulletins/2020-02-07.md'),
      '---\ndate: 2020-02-07\ntime: 15:00\nstats: { confirmed: 4, recovered: 1 }\n---\nThực hiện Chỉ thị số 03/CT-UBND ngày 31/01/2020, tỉnh kiểm soát chặt chẽ cửa khẩu.\n',
    );
    const news = path.join(content, 'news/da-dang.md');
    writeFileSync(news, readFileSync(news, 'utf8').replace('Đã đăng.', 'Đã đăng, đính chính quầy tiêm chủng lưu động.'));

    const { rebuilt, fresh, output } = rebuildBesideFresh(content, work, 'incr');

    expect(reused(output)).toBeGreaterThan(0);
    expect(differences(published(rebuilt), published(fresh))).toEqual([]);
    // What the comparison stands on: the neighbour, the cited directive and the search index changed.
    expect(page(rebuilt, '/ban-tin/2020-02-06/')('a[rel="next"]').attr('href')).toBe('/ban-tin/2020-02-07/');
    expect(page(rebuilt, '/van-ban/03-ct-ubnd/')('.related').text()).toContain('07/02/2020');
    expect(indexedPages(rebuilt)).toContain('/ban-tin/2020-02-07/');
    expect(contentOf(rebuilt, '/tin-tuc/da-dang/')).toContain('quầy tiêm chủng lưu động');

    // A page taken away leaves the site and its search index.
    rmSync(path.join(content, 'infographics/5k.md'));
    const { rebuilt: third, fresh: freshThird } = rebuildBesideFresh(content, work, 'incr-removed');
    expect(differences(published(third), published(freshThird))).toEqual([]);
    expect(existsSync(path.join(third, 'infographic/5k/index.html'))).toBe(false);
    expect(indexedPages(third)).toEqual(indexedPages(rebuilt).filter((url) => url !== '/infographic/5k/'));
  }, 600_000);
});
