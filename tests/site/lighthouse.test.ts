import { expect, inject, test } from 'vitest';
import { htmlPages } from '../helpers/site.ts';
import { runLighthouse, scoreTable } from '../site-checks/lighthouse.ts';

const dist = inject('demoDist');
const origin = inject('demoOrigin');

// Lighthouse simulates a slow phone from how fast the page ran here, so its performance score
// moves with this machine's load (83 to 100 for the same search page): up to three runs, as the
// benchmark takes the best of three. Accessibility, best practices and SEO do not move.
test(
  'home, a bulletin, a directive and search score 100 for accessibility, best practices and SEO, and 95+ for performance',
  { timeout: 300_000, retry: 2 },
  async () => {
    const pages = htmlPages(dist);
    const urls = [
      '/',
      pages.find((p) => /^\/ban-tin\/\d{4}-\d{2}-\d{2}\/$/.test(p))!,
      pages.find((p) => /^\/van-ban\/(?!trang-)[^/]+\/$/.test(p))!,
      '/tim-kiem/?q=cach+ly',
    ].map((p) => `${origin}${p}`);
    const runs = await runLighthouse(urls);
    console.log(`\nLighthouse (mobile):\n${scoreTable(runs)}\n`);
    for (const run of runs) {
      expect({
        url: run.url,
        ...run.scores,
        failed: run.failed.filter(
          (f) => !f.startsWith('largest-contentful') && !f.startsWith('first-contentful') && !f.startsWith('speed-index'),
        ),
      }).toMatchObject({
        url: run.url,
        accessibility: 100,
        'best-practices': 100,
        seo: 100,
      });
      expect(run.scores.performance, run.url).toBeGreaterThanOrEqual(95);
    }
  },
);
