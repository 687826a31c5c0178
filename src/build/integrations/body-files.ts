/**
 * Files a Markdown body points at by a relative path (`[tải kế hoạch](./ke-hoach.pdf)`) are
 * published where that link leads from the entry's page, as committed: `./ke-hoach.pdf` in
 * news/tam-dung-cho.md becomes /tin-tuc/tam-dung-cho/ke-hoach.pdf. So are the files an entry
 * offers for download (an infographic's original, a directive's attachments), under its page.
 * Staging lists them, by the real paths the validator checked (src/content-folder/stage.ts);
 * this copies them, every build: copying is cheaper than rendering them as routes.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BODY_FILES, type BodyFile } from '../../content-folder/stage.ts';

export function bodyFiles(stageDir: string): AstroIntegration {
  return {
    name: 'sukien:body-files',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const files = JSON.parse(await readFile(path.join(stageDir, BODY_FILES), 'utf8')) as BodyFile[];
        for (const { from, to } of files) {
          const target = path.join(fileURLToPath(dir), ...to.split('/'));
          await mkdir(path.dirname(target), { recursive: true });
          // Never over a page or a file the build wrote: the validator refuses such paths, and this stops the build if one got through.
          await copyFile(from, target, constants.COPYFILE_EXCL).catch((error: NodeJS.ErrnoException) => {
            throw error.code === 'EEXIST'
              ? new Error(`tệp ${to} trùng đường dẫn với một trang hoặc tệp trang web tự tạo; không đăng đè lên.`)
              : error;
          });
        }
      },
    },
  };
}
