/**
 * Issue "Nothing wrong is ever published": a rebuild publishes exactly what a fresh build of
 * the same content at the same clock publishes. A seeded, randomised sequence of edits and
 * clock moves over a small content folder; after each one, a rebuild with the caches of the
 * last build and a build from scratch run side by side, and their `dist/` must be the same,
 * folder for folder and byte for byte, and their search indexes must hold the same pages with
 * the same text (tests/helpers/published.ts says what is masked: the two readings of the
 * clock that a page copied from the cache keeps by design).
 *
 * DIFFERENTIAL_SEED=<n> runs another sequence, DIFFERENTIAL_EXTRAS=<n> adds that many random steps.
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT, copyCheckout, runBuildAsync } from '../helpers/build.ts';
import {
  addDays,
  dueMoments,
  initialModel,
  moment,
  preparePictures,
  random,
  vnDate,
  vnEpoch,
  writeModel,
  type Bulletin,
  type Model,
  type Random,
} from '../helpers/content-model.ts';
import { differences, fragments, published } from '../helpers/published.ts';
import { NEXT_DUE_FILE } from '../../src/build/next-due.ts';
import { tempFolders } from '../helpers/temp.ts';

// Inside the project: Astro keeps its intermediate server build in the output folder only when
// that is below the project (else in the project's .astro/, which two builds at once would share).
const temp = tempFolders('differential', path.join(ROOT, '.sukien/tmp'));

type Step = (m: Model, r: Random) => string | undefined;

const today = (m: Model) => vnDate(m.clock);
const sortedBulletins = (m: Model) => [...m.bulletins].sort(([a], [b]) => a.localeCompare(b));
const renameKey = <V>(map: Map<string, V>, from: string, to: string) => {
  const value = map.get(from)!;
  map.delete(from);
  map.set(to, value);
};
const others = <V>(map: Map<string, V>) => (map.size > 1 ? [...map.keys()] : []);

/** A bulletin for `date`, the day after the last one: scheduled at 15:00 when that day is still to come. */
function nextBulletin(m: Model, r: Random, date: string, last: Bulletin): Bulletin {
  const confirmed = last.stats.confirmed + r.int(0, 2);
  const directive = r.pick([...m.directives.values()]);
  return {
    stats: { confirmed, recovered: Math.min(last.stats.recovered + r.int(0, 1), confirmed - 1), suspected: r.int(5, 30) },
    districts: [
      { name: 'Cao Lộc', confirmed: confirmed - 1 },
      { name: 'TP Lạng Sơn', confirmed: 1 },
    ],
    ...(date > today(m) && { publishAt: `${date}T15:00` }),
    body:
      r.next() < 0.5
        ? `Thực hiện Chỉ thị số ${directive.number} ngày ${directive.issued.split('-').reverse().join('/')}.`
        : `Diễn biến ngày ${date}.`,
  };
}

const STEPS: Record<string, Step> = {
  'bulletin: add': (m, r) => {
    const [date, last] = sortedBulletins(m).at(-1)!;
    const next = addDays(date, 1);
    m.bulletins.set(next, nextBulletin(m, r, next, last));
    return next;
  },
  'bulletin: edit': (m, r) => {
    const [date, b] = r.pick(sortedBulletins(m));
    if (r.next() < 0.5) b.stats.suspected += 1;
    else b.body = `${b.body} Cập nhật thêm.`;
    return date;
  },
  'bulletin: delete': (m, r) => {
    const candidates = sortedBulletins(m)
      .slice(0, -1)
      .filter(([, b]) => !b.correction);
    if (candidates.length < 2) return undefined;
    const [date] = r.pick(candidates);
    m.bulletins.delete(date);
    return date;
  },
  'bulletin: rename': (m) => {
    const [date, b] = sortedBulletins(m).at(-1)!;
    const to = addDays(date, 1);
    m.bulletins.delete(date);
    m.bulletins.set(to, { ...b, ...(to > today(m) ? { publishAt: `${to}T15:00` } : {}) });
    return `${date} → ${to}`;
  },
  'bulletin: correction': (m) => {
    const [date, b] = sortedBulletins(m).at(-1)!;
    if (b.stats.confirmed - 2 < b.stats.recovered) return undefined;
    b.stats.confirmed -= 1;
    b.districts[0]!.confirmed -= 1;
    b.correction = 'Loại một ca trùng sau khi đối soát';
    return date;
  },
  'bulletin: alert level': (m) => {
    const [date, b] = sortedBulletins(m).at(-1)!;
    b.alertLevel = ((b.alertLevel ?? 1) % 5) + 1;
    return `${date}: ${b.alertLevel}`;
  },
  'directive: add': (m, r) => {
    const n = m.serial++;
    const slug = `${n}-ct-ubnd`;
    m.directives.set(slug, {
      number: `${n}/CT-UBND`,
      title: `Về việc tăng cường phòng dịch, đợt ${n}`,
      issued: today(m),
      ...(r.next() < 0.5 ? { expires: addDays(today(m), r.int(1, 3)) } : { effective: addDays(today(m), r.int(1, 2)) }),
      replaces: [],
      amends: [],
      body: `Nội dung chỉ thị số ${n}.`,
    });
    return slug;
  },
  'directive: edit': (m, r) => {
    const [slug, d] = r.pick([...m.directives]);
    d.title = `${d.title} (sửa)`;
    return slug;
  },
  'directive: delete': (m, r) => {
    const slug = r.pick(others(m.directives));
    if (!slug) return undefined;
    m.directives.delete(slug);
    return slug;
  },
  'directive: rename': (m, r) => {
    const [slug] = r.pick([...m.directives]);
    renameKey(m.directives, slug, `${slug}-moi`);
    return `${slug} → ${slug}-moi`;
  },
  'directive: replaced': (m, r) => {
    const keys = r.shuffle([...m.directives.keys()]);
    if (keys.length < 2) return undefined;
    const [by, old] = [m.directives.get(keys[0]!)!, m.directives.get(keys[1]!)!];
    by.replaces = [old.number];
    return `${keys[0]} replaces ${keys[1]}`;
  },
  'directive: amended': (m, r) => {
    const keys = r.shuffle([...m.directives.keys()]);
    if (keys.length < 2) return undefined;
    m.directives.get(keys[0]!)!.amends = [m.directives.get(keys[1]!)!.number];
    return `${keys[0]} amends ${keys[1]}`;
  },
  'directive: attachment replaced': (m) => {
    const found = [...m.directives].find(([, d]) => d.attachment);
    if (!found) return undefined;
    found[1].attachment!.version += 1;
    return found[0];
  },
  'infographic: add': (m, r) => {
    const slug = `infographic-${m.serial++}`;
    const kind = r.pick(['png', 'svg'] as const);
    m.infographics.set(slug, {
      title: `Infographic ${slug}`,
      date: today(m),
      image: { file: `${slug}.${kind}`, kind, colour: r.int(0, 5) },
      body: 'Mô tả.',
    });
    return slug;
  },
  'infographic: edit': (m, r) => {
    const [slug, g] = r.pick([...m.infographics]);
    g.title = `${g.title} (sửa)`;
    return slug;
  },
  'infographic: delete': (m, r) => {
    const slug = r.pick(others(m.infographics));
    if (!slug) return undefined;
    m.infographics.delete(slug);
    return slug;
  },
  'infographic: rename': (m, r) => {
    const [slug] = r.pick([...m.infographics]);
    renameKey(m.infographics, slug, `${slug}-moi`);
    return `${slug} → ${slug}-moi`;
  },
  'infographic: picture renamed': (m, r) => {
    const [slug, g] = r.pick([...m.infographics]);
    g.image.file = `moi-${g.image.file}`;
    return `${slug}: ${g.image.file}`;
  },
  'infographic: picture replaced': (m, r) => {
    const [slug, g] = r.pick([...m.infographics]);
    g.image.colour += 1;
    return slug;
  },
  'news: add': (m, r) => {
    const slug = `tin-${m.serial++}`;
    m.news.set(slug, {
      title: `Tin số ${slug}`,
      date: today(m),
      ...(r.next() < 0.4 && { image: { file: `${slug}.png`, kind: 'png', colour: r.int(0, 5) } }),
      body: r.next() < 0.5 ? 'Theo Chỉ thị số 01/CT-UBND ngày 01/03/2020.' : 'Tin mới.',
    });
    return slug;
  },
  'news: scheduled': (m) => {
    const slug = `hen-gio-${m.serial++}`;
    m.news.set(slug, { title: `Tin hẹn giờ ${slug}`, date: today(m), publishAt: moment(m.clock + 6 * 3600), body: 'Tin đăng sau.' });
    return slug;
  },
  'news: edit': (m, r) => {
    const [slug, n] = r.pick([...m.news]);
    n.body = `${n.body} Đính chính chi tiết.`;
    if (n.link) n.link.version += 1;
    return slug;
  },
  'news: delete': (m, r) => {
    const slug = r.pick(others(m.news));
    if (!slug) return undefined;
    m.news.delete(slug);
    return slug;
  },
  'news: rename': (m, r) => {
    const [slug] = r.pick([...m.news]);
    renameKey(m.news, slug, `${slug}-moi`);
    return `${slug} → ${slug}-moi`;
  },
  'factcheck: add': (m) => {
    const slug = `cai-chinh-${m.serial++}`;
    m.factchecks.set(slug, {
      title: `Cải chính ${slug}`,
      date: today(m),
      claim: 'Tin đồn thất thiệt',
      verdict: 'gay-hieu-lam',
      body: 'Thông tin chính thức.',
    });
    return slug;
  },
  'factcheck: edit': (m, r) => {
    const [slug, f] = r.pick([...m.factchecks]);
    f.verdict = f.verdict === 'sai-su-that' ? 'gay-hieu-lam' : 'sai-su-that';
    return slug;
  },
  'factcheck: delete': (m, r) => {
    const slug = r.pick(others(m.factchecks));
    if (!slug) return undefined;
    m.factchecks.delete(slug);
    return slug;
  },
  'factcheck: rename': (m, r) => {
    const [slug] = r.pick([...m.factchecks]);
    renameKey(m.factchecks, slug, `${slug}-moi`);
    return `${slug} → ${slug}-moi`;
  },
  'page: add': (m) => {
    const slug = `trang-${m.serial++}`;
    m.pages.set(slug, { title: `Trang ${slug}`, order: m.pages.size + 1, body: 'Nội dung.' });
    return slug;
  },
  'page: edit': (m, r) => {
    const [slug, p] = r.pick([...m.pages]);
    if (r.next() < 0.5) p.title = `${p.title} (sửa)`;
    else p.body = `${p.body} Thêm một đoạn.`;
    return slug;
  },
  'page: delete': (m, r) => {
    const slug = r.pick(others(m.pages));
    if (!slug) return undefined;
    m.pages.delete(slug);
    return slug;
  },
  'page: rename': (m, r) => {
    const [slug] = r.pick([...m.pages]);
    renameKey(m.pages, slug, `${slug}-moi`);
    return `${slug} → ${slug}-moi`;
  },
  'site: edit': (m) => {
    m.site.description = `${m.site.description} Cập nhật.`;
    return m.site.description;
  },
  // Every page's index words change: the canonical word of a group its text holds (SearchFacts).
  'site: search variants': (m) => {
    m.site.searchVariants = [m.site.searchVariants?.[0]?.startsWith('Nội') ? 'Diễn biến, dien-bien' : 'Nội dung, noi-dung'];
    return m.site.searchVariants[0]!;
  },
  // Every radio script, text on a bulletin's page and item of the radio feed is read in the new style.
  'site: speech': (m) => {
    m.site.speech = m.site.speech?.thousand === 'ngàn' ? { thousand: 'nghìn', five: 'lăm' } : { thousand: 'ngàn', five: 'nhăm' };
    return `${m.site.speech.thousand}, ${m.site.speech.five}`;
  },
  'hotlines: edit': (m, r) => {
    if (r.next() < 0.5) m.hotlines.unshift({ name: `Đường dây nóng ${m.serial++}`, phone: `0205 3870 ${r.int(100, 999)}` });
    else m.hotlines[0]!.phone = `0205 3871 ${r.int(100, 999)}`;
    return m.hotlines[0]!.phone;
  },
  'notice: edit': (m) => {
    m.site.notice = { text: `Thông báo khẩn số ${m.serial++}`, until: moment(m.clock + 12 * 3600) };
    return m.site.notice.text;
  },
};

/** What a clock move needs to come due, set up by a step of its own when nothing of that kind is still ahead. */
const SETUP: Record<string, Step> = {
  expires: (m, r) => {
    const [slug, d] = r.pick([...m.directives]);
    d.expires = addDays(today(m), 1);
    return `${slug} expires ${d.expires}`;
  },
  effective: (m, r) => {
    const [slug, d] = r.pick([...m.directives]);
    d.effective = addDays(today(m), 1);
    return `${slug} effective ${d.effective}`;
  },
  publishAt: STEPS['news: scheduled']!,
  until: STEPS['notice: edit']!,
};

const CLOCK_KINDS = ['expires', 'effective', 'publishAt', 'until'] as const;

/** Every kind of change the issue lists, each at least once: then random extras. */
const REQUIRED = [
  ...['bulletin', 'directive', 'infographic', 'news', 'factcheck', 'page'].flatMap((k) =>
    ['add', 'edit', 'delete', 'rename'].map((a) => `${k}: ${a}`),
  ),
  'site: edit',
  'site: search variants',
  'site: speech',
  'hotlines: edit',
  'notice: edit',
  'directive: replaced',
  'directive: amended',
  'bulletin: correction',
  'bulletin: alert level',
  ...CLOCK_KINDS.map((k) => `clock: ${k}`),
];
/** Random steps after those, for a longer run: DIFFERENTIAL_EXTRAS=<n>. */
const EXTRAS = Number(process.env.DIFFERENTIAL_EXTRAS ?? 0);

test('a seeded sequence of edits and clock moves: every rebuild publishes exactly what a build from scratch publishes', async () => {
  const seed = Number(process.env.DIFFERENTIAL_SEED ?? 2020);
  const r = random(seed);
  await preparePictures();
  const m = initialModel();
  const content = path.join(temp('content'), 'content');
  const work = temp('work');
  const dist = path.join(temp('dist'), 'dist');
  const freshCheckout = copyCheckout(temp('checkout'));
  const log: string[] = [`seed ${seed}`];
  let reusedSteps = 0;
  let archiveReused = 0;
  // The editor's bundle depends on the code alone (src/build/editor-bundle.ts), and the code is the
  // same at every step: the first fresh build bundles it afresh (the first comparison checks it
  // against the other side's own bundling), and later fresh builds start with that bundle, as a
  // checkout of the same code would. Content and every other cache start empty each time.
  let editorBundle: string | undefined;

  const check = async (what: string) => {
    writeModel(m, content);
    const env = { SOURCE_DATE_EPOCH: String(m.clock) };
    const fresh = path.join(temp('fresh'), 'dist');
    const freshWork = temp('fresh-work');
    if (editorBundle) cpSync(editorBundle, path.join(freshWork, 'cache/editor'), { recursive: true });
    // Side by side, one on each core: the fresh build from a copy of the checkout (see copyCheckout).
    const [rebuild, scratch] = await Promise.all([
      runBuildAsync({ contentDir: content, outDir: dist, workDir: work, env }),
      runBuildAsync({ contentDir: content, outDir: fresh, workDir: freshWork, env, root: freshCheckout }),
    ]);
    editorBundle ??= path.join(freshWork, 'cache/editor');
    log.push(`${log.length}. ${what} (clock ${moment(m.clock)})`);
    expect(rebuild.status, `${log.join('\n')}\n${rebuild.output}`).toBe(0);
    expect(scratch.status, `${log.join('\n')}\n${scratch.output}`).toBe(0);
    if (Number(/dùng lại (\d+) không đổi/.exec(rebuild.output)?.[1]) > 0) reusedSteps++;
    if (/lưu trữ [^:]*: \d+ trang, dùng lại/.test(rebuild.output)) archiveReused++;
    expect(differences(published(dist), published(fresh)), log.join('\n')).toEqual([]);
    // What both wrote down for the deploy workflow's schedule is the model's next moment due: the
    // schedule skips a run only until then (src/domain/next-due.ts).
    const expected = dueMoments(m)[0]?.at ?? null;
    for (const dir of [work, freshWork]) {
      const { nextDue } = JSON.parse(readFileSync(path.join(dir, NEXT_DUE_FILE), 'utf8')) as { nextDue: string | null };
      expect(nextDue === null ? null : Date.parse(nextDue) / 1000, `${log.join('\n')}\n${dir}`).toBe(expected);
    }
  };

  await check('the first build');
  // The search index's archive holds the year before last (src/domain/search-parts.ts): the comparison covers both parts.
  expect(fragments(dist, 'pagefind-archive').map((f) => f.url)).toContain('/tin-tuc/tin-nam-truoc/');
  // Last, a new year: every page that shows the year, and the search index, move with it.
  const plan = [...r.shuffle(REQUIRED), ...Array.from({ length: EXTRAS }, () => r.pick(Object.keys(STEPS))), 'clock: new year'];
  let steps = 0;
  for (const name of plan) {
    if (name === 'clock: new year') {
      m.clock = vnEpoch(`${Number(today(m).slice(0, 4)) + 1}-01-01`, '00:05');
      await check(name);
    } else if (name.startsWith('clock: ')) {
      const kind = name.slice('clock: '.length) as (typeof CLOCK_KINDS)[number];
      if (!dueMoments(m).some((d) => d.kind === kind)) {
        await check(`set up ${kind}: ${SETUP[kind]!(m, r)}`);
        steps++;
      }
      const due = dueMoments(m).find((d) => d.kind === kind)!;
      m.clock = due.at + 60;
      await check(`${name}: past ${moment(due.at)}`);
    } else {
      const done = STEPS[name]!(m, r) ?? STEPS[name.replace(/: .*/, ': add')]!(m, r);
      await check(`${name}: ${done}`);
    }
    steps++;
  }
  expect(steps).toBeGreaterThanOrEqual(30);
  // The comparison stands on rebuilds that did use the cache.
  expect(reusedSteps).toBeGreaterThan(steps / 2);
  // And on rebuilds that copied the archive from the last build.
  expect(archiveReused).toBeGreaterThan(steps / 2);
  // About 40 pairs of builds: 6 minutes here, more on a loaded machine.
}, 1_800_000);
