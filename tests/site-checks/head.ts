/** Every page has exactly one h1, a title, a description and a canonical address. */
import { htmlPages, page } from '../helpers/site.ts';

export interface PageProblem {
  page: string;
  reason: string;
}

export function checkPageBasics(dist: string): PageProblem[] {
  const problems: PageProblem[] = [];
  for (const p of htmlPages(dist)) {
    const $ = page(dist, p);
    const h1 = $('h1').length;
    if (h1 !== 1) problems.push({ page: p, reason: `${h1} h1 elements` });
    if (!$('head > title').text().trim()) problems.push({ page: p, reason: 'no title' });
    if (!$('meta[name="description"]').attr('content')?.trim()) problems.push({ page: p, reason: 'no description' });
    if (!/^https?:\/\//.test($('link[rel="canonical"]').attr('href') ?? '')) problems.push({ page: p, reason: 'no canonical address' });
    if (!$('html').attr('lang')) problems.push({ page: p, reason: 'no lang' });
  }
  return problems;
}
