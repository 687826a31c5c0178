/**
 * Each bulletin's own files (/ban-tin/YYYY-MM-DD/so-lieu.csv and .json), written once Astro
 * has built the pages: thousands of tiny files cost Astro about a millisecond each as routes,
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
import { PAGES, absoluteUrl, bulletinDataPath } from '../../domain/routes.ts';

/** Write `files` (site path → text) below `dir`, several at a time: each write mostly waits on the disk. */
async function writeFiles(dir: string, files: readonly [string, string][]): Promise<void> {
  for (const folder of new Set(files.map(([p]) => path.dirname(path.join(dir, p))))) await mkdir(folder, { recursive: true });
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const [p, text] = files[next++]!;
      await writeFile(path.join(dir, p), text);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

export function bulletinFiles(stageDir: string): AstroIntegration {
  return {
    name: 'sukien:bulletin-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const read = async <T>(file: string) => JSON.parse(await readFile(path.join(stageDir, file), 'utf8')) as T;
        const site = await read<Site>('site.json');
        const bulletins = await read<StagedEntry[]>('bulletins.json');
        const publisher = { agency: site.agency, source: absoluteUrl(site, PAGES.openData), license: site.license };
        const points = seriesWithAlerts(
          bulletins.map((b) => b.data as unknown as BulletinFigures & { title: string }),
          site.alertThresholds,
        );
        const files = points.flatMap((point): [string, string][] => {
          const { csv, json } = bulletinDataFiles(point, publisher);
          return [
            [bulletinDataPath(point.bulletin.date, 'csv'), csv],
            [bulletinDataPath(point.bulletin.date, 'json'), json],
          ];
        });
        await writeFiles(fileURLToPath(dir), files);
        logger.info(`Đã ghi ${files.length} tệp số liệu của từng bản tin.`);
      },
    },
  };
}
