/** When Astro itself fails, staff read a Vietnamese message first, naming the content file, and no stack trace. */
import { expect, test } from 'vitest';
import { explainAstroFailure } from '../../src/build/astro-failure.ts';

/** What Astro 7 printed for a picture it could not read, before the validator read pictures' content. */
const REPORT = `20:14:59 [ERROR] [vite] \u001b[31m✗ Build failed in 455ms\u001b[39m
[NoImageMetadata] Could not process image metadata for \`/tmp/bad/c/news/anh.png\`.
  Hint:
    This is often caused by a corrupted or malformed image. Re-exporting the image from your image editor may fix this issue.
  Error reference:
    https://docs.astro.build/en/reference/errors/no-image-metadata/
  Location:
    /work/main/node_modules/astro/dist/assets/utils/metadata.js:8:11
  Stack trace:
    at imageMetadata (file:///work/main/node_modules/astro/dist/assets/utils/metadata.js:8:11)
    at async LoadPluginContextImpl.handler (file:///work/main/node_modules/astro/dist/assets/vite-plugin-assets.js:302:33)
`;

test('Astro’s report comes inside a Vietnamese message that names the content file, without the stack trace', () => {
  const text = explainAstroFailure(REPORT, '/tmp/bad/c');
  expect(text.split('\n')[0]).toBe('LỖI khi tạo trang: Astro dừng lại nên trang chưa được tạo.');
  expect(text).toContain('Tệp liên quan: news/anh.png');
  expect(text).toContain('[NoImageMetadata] Could not process image metadata');
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toContain('Stack trace');
  expect(text).not.toContain('\u001b[');
});

test('a report that names no content file still gets the Vietnamese message', () => {
  const text = explainAstroFailure('Cannot find module x\n    at y (z.js:1:1)\n', '/tmp/content');
  expect(text).toMatch(/^LỖI khi tạo trang/);
  expect(text).not.toContain('Tệp liên quan');
  expect(text).not.toMatch(/^\s+at /m);
});
