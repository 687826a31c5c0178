// @ts-check
import { defineConfig } from 'astro/config';
import { buildOptions } from './src/build/options.ts';
import { sukien } from './src/build/integrations/index.ts';

// The build's options come from the environment, read once (src/build/options.ts); the
// integrations get them explicitly. `site`, `base` and Markdown come from the staged content.
export default defineConfig({
  integrations: sukien(buildOptions()),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cached stylesheet for every page rather than CSS inlined into each page: smaller
    // pages on slow networks, and no inline styles for the Content-Security-Policy to allow.
    inlineStylesheets: 'never',
    // Writing a page mostly waits on the disk: render the next ones meanwhile (docs/performance.md).
    concurrency: 4,
  },
  // Scripts always as files, never inlined: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Pages with a cache key (src/build/page-keys.ts) are copied from the last build's cache when
  // nothing they show has changed: the daily bulletin does not render ten years of pages again.
  experimental: { incrementalBuild: true },
});
