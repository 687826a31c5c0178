/**
 * What must hold before the editor and the content schemas are loaded (imported first by
 * ./admin.ts, so it runs first):
 * - the editor never runs inside another site's frame: it holds a token that writes to the
 *   repository, and GitHub Pages sends no header that could forbid framing (a `<meta>` policy
 *   cannot carry frame-ancestors);
 * - the interface in Vietnamese whatever the browser's language, unless a staff member chose
 *   another in the editor's settings (the editor reads this preference as soon as it loads);
 * - zod told not to compile its checks with `Function`: the editor's policy allows no eval,
 *   and zod's first attempt alone would be reported as a policy violation.
 */
import { z } from 'astro/zod';

if (window.top !== window.self) {
  document.body.replaceChildren('Trang biên tập không mở trong khung của trang khác.');
  throw new Error('framed');
}

z.config({ jitless: true });

const PREFS = 'sveltia-cms.prefs';
let prefs: { locale?: string } = {};
try {
  prefs = JSON.parse(localStorage.getItem(PREFS) ?? '{}') as { locale?: string };
} catch {
  // A preference the editor cannot read either: it starts afresh.
}
if (!prefs.locale || prefs.locale === 'auto') localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'vi' }));
