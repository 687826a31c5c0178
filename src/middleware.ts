/**
 * Search indexing as pages are built. Under `npm run build` (scripts/build.ts), each page
 * Astro renders is handed to the build process as soon as it is rendered, and Pagefind
 * indexes it there while Astro goes on rendering the next pages: the indexing runs on the
 * second core instead of after the build. Only the part a page marks for search is sent,
 * the `<article data-pagefind-body>` with its language, or null when it has none
 * (scripts/search-index.ts). Pages that Astro's incremental build copies from its cache do
 * not pass here; the build process has their parts from the build that rendered them.
 * Outside that build (the dev server, a bare `astro build`) this does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { feedsSearchIndex, searchablePart, sendSearchPage } from './lib/search-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!context.isPrerendered || !feedsSearchIndex()) return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  sendSearchPage(`/${context.url.pathname.slice(import.meta.env.BASE_URL.length)}`, searchablePart(html) ?? null);
  return new Response(html, response);
});
