// @ts-check
import { defineConfig } from 'astro/config';
import { sukien } from './src/integration/index.ts';

// `site`, `base`, the sitemap and Markdown safety come from src/integration and site.yaml.
export default defineConfig({
  integrations: [sukien()],
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cached stylesheet for every page rather than CSS inlined into each page: smaller
    // pages on slow networks, and no inline styles for the Content-Security-Policy to allow.
    inlineStylesheets: 'never',
    // Pages are small and quick to render; writing each one waits on the disk. Rendering the
    // next pages meanwhile keeps the build busy (measured by npm run bench, docs/performance.md).
    concurrency: 4,
  },
  // Scripts always as files, never inlined: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Pages with a cache key (src/lib/page-keys.ts) are copied from the last build's cache when
  // nothing they show has changed: the daily bulletin does not render ten years of pages again.
  experimental: { incrementalBuild: true },
});
