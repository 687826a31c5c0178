/** Attachments of a directive, served as committed at /van-ban/<slug>/<file name>. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { getDirectives } from '../../../lib/content.ts';
import { downloadFile } from '../../../lib/downloads.ts';

export const getStaticPaths = (async () =>
  (await getDirectives()).flatMap((doc) =>
    doc.data.attachments.map((a) => {
      const file = downloadFile(doc, a.file);
      return { params: { slug: doc.id, file: file.name }, props: { source: file.source } };
    }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await readFile((props as { source: string }).source));
