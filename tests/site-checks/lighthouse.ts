/** Lighthouse (mobile settings, simulated slow network) driving Debian's Chromium. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../helpers/browser.ts';

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

export interface LighthouseRun {
  url: string;
  scores: Scores;
  /** Audits that did not pass, for a readable failure message. */
  failed: string[];
}

export async function runLighthouse(urls: string[]): Promise<LighthouseRun[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const runs: LighthouseRun[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      runs.push({
        url,
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        },
        failed: Object.values(audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
          .map((a) => `${a.id} (${a.score})`),
      });
    }
    return runs;
  } finally {
    chrome.kill();
  }
}

export function scoreTable(runs: LighthouseRun[]): string {
  const header = '| page | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|';
  const rows = runs.map(
    (r) =>
      `| ${new URL(r.url).pathname} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} |`,
  );
  return [header, ...rows].join('\n');
}
