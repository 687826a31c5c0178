/** Page sizes of the archives and the static paths of their pages 2, 3 … */
import { paginate } from './content.ts';

export const PAGE_SIZE = { bulletins: 31, directives: 20, infographics: 24, news: 15, factchecks: 15 } as const;

/** getStaticPaths for `trang-[n].astro`: pages from 2 on (page 1 is the list's index). */
export function laterPages<T>(items: readonly T[], size: number) {
  const pages = paginate(items, size);
  return pages.slice(1).map((page, i) => ({ params: { n: String(i + 2) }, props: { items: page, current: i + 2, total: pages.length } }));
}
