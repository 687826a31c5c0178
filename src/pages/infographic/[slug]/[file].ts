/** Original image and video of an infographic, served as committed at /infographic/<slug>/<file name>. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { downloadFile, getInfographics } from '../../../lib/content.ts';
import { originalPath } from '../../../lib/originals.ts';

export const getStaticPaths = (async () =>
  (await getInfographics()).flatMap((item) =>
    [originalPath(item, 'image'), item.data.video]
      .filter((p): p is string => p !== undefined)
      .map((written) => {
        const file = downloadFile('infographics', written);
        return { params: { slug: item.id, file: file.name }, props: { source: file.source } };
      }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await readFile((props as { source: string }).source));
