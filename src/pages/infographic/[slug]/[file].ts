/** Original image and video of an infographic, served as committed at /infographic/<slug>/<file name>. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { getInfographics } from '../../../lib/content.ts';
import { downloadFile, writtenPath } from '../../../lib/downloads.ts';

export const getStaticPaths = (async () =>
  (await getInfographics()).flatMap((item) =>
    [writtenPath(item, 'image'), item.data.video]
      .filter((p): p is string => p !== undefined)
      .map((written) => {
        const file = downloadFile(item, written);
        return { params: { slug: item.id, file: file.name }, props: { source: file.source } };
      }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await readFile((props as { source: string }).source));
