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

const utf8 = new TextDecoder();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!context.isPrerendered || !feedsSearchIndex()) return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Read once as bytes: the page goes on to Astro as they are, without encoding it again.
  const body = await response.arrayBuffer();
  const part = searchablePart(utf8.decode(body));
  sendSearchPage(`/${context.url.pathname.slice(import.meta.env.BASE_URL.length)}`, part ?? null);
  return new Response(body, response);
});
