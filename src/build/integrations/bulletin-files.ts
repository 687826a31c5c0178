/**
 * Each bulletin's own files, written once Astro
 * has built the pages: its figures (/ban-tin/YYYY-MM-DD/so-lieu.csv and .json) and, for the
 * BROADCAST_BULLETINS newest, what it publishes for the other channels (phat-thanh.txt, the
 * radio script; tin-nhan.txt, the text message; tin-nhan-co-dau.txt, the same with tone marks
 * for LED screens). Thousands of tiny files cost Astro about a millisecond each as routes,
 * far more than writing them (docs/performance.md). They are made from the staged bulletins
 * with the functions the pages use (src/domain/); the dev server serves the same files
 * through their routes (src/pages/ban-tin/[date]/so-lieu.*).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Site } from '../../content/schemas/site.ts';
import type { StagedEntry } from '../../content/staged.ts';
import { seriesWithAlerts } from '../../domain/alert-level.ts';
import type { BulletinFigures } from '../../domain/figures.ts';
import { bulletinDataFiles } from '../../domain/open-data.ts';
import { channelTexts } from '../../domain/channels.ts';
import { gsmLength } from '../../domain/sms.ts';
import { BROADCAST_BULLETINS, PAGES, absoluteUrl, bulletinChannelPath, bulletinDataPath } from '../../domain/routes.ts';
import { eachOf } from '../each-of.ts';

/** Write `files` (site path → text) below `dir`, several at a time: each write mostly waits on the disk. */
async function writeFiles(dir: string, files: readonly [string, string][]): Promise<void> {
  for (const folder of new Set(files.map(([p]) => path.dirname(path.join(dir, p))))) await mkdir(folder, { recursive: true });
  await eachOf(files, ([p, text]) => writeFile(path.join(dir, p), text));
}

export function bulletinFiles(stageDir: string): AstroIntegration {
  return {
    name: 'sukien:bulletin-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const read = async <T>(file: string) => JSON.parse(await readFile(path.join(stageDir, file), 'utf8')) as T;
        const site = await read<Site>('site.json');
        const bulletins = await read<StagedEntry[]>('bulletins.json');
        const hotlines = (await read<{ name: string; phone: string }[]>('hotlines.json')).slice(0, 3);
        const publisher = { agency: site.agency, source: absoluteUrl(site, PAGES.openData), license: site.license };
        const points = seriesWithAlerts(
          bulletins.map((b) => ({ ...(b.data as unknown as BulletinFigures & { title: string; source?: string }), body: b.body })),
          site.alertThresholds,
        );
        const broadcastFrom = points.length - BROADCAST_BULLETINS;
        const files = points.flatMap((point, i): [string, string][] => {
          const { csv, json } = bulletinDataFiles(point, publisher);
          const b = point.bulletin;
          const data: [string, string][] = [
            [bulletinDataPath(b.date, 'csv'), csv],
            [bulletinDataPath(b.date, 'json'), json],
          ];
          if (i < broadcastFrom) return data;
          const { script, sms, led } = channelTexts(point, site, hotlines);
          // A message over one SMS would go out in parts, or cut: the build stops instead (tests/unit/sms.test.ts).
          if ((gsmLength(sms) ?? Infinity) > 160 || [...led].length > 160)
            throw new Error(`Tin nhắn của bản tin ${b.date} dài quá 160 ký tự: ${sms}`);
          return [
            ...data,
            [bulletinChannelPath(b.date, 'phat-thanh.txt'), script],
            [bulletinChannelPath(b.date, 'tin-nhan.txt'), `${sms}\n`],
            [bulletinChannelPath(b.date, 'tin-nhan-co-dau.txt'), `${led}\n`],
          ];
        });
        await writeFiles(fileURLToPath(dir), files);
        logger.info(
          `Đã ghi ${files.length} tệp: số liệu của từng bản tin, kịch bản phát thanh và tin nhắn của ${Math.min(points.length, BROADCAST_BULLETINS)} bản tin mới nhất.`,
        );
      },
    },
  };
}
