/**
 * The editor's configuration (src/editor/config.ts), made at build time: the new bulletin's
 * defaults are the figures of the latest bulletin published by this build.
 */
import type { APIRoute } from 'astro';
import options from 'virtual:sukien/options';
import { editorConfig } from '../../editor/config.ts';
import { getLatestBulletin } from '../../lib/content.ts';
import { getSite } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const site = getSite();
  const latest = await getLatestBulletin();
  const config = editorConfig({
    site,
    contentFolder: site.editor.folder,
    repository: site.editor.repository ?? options.editor.repository,
    latest: latest && { stats: latest.known, districts: latest.bulletin.districts },
  });
  return new Response(JSON.stringify(config), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
