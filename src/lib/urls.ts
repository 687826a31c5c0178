/** The site's addresses: a path below the site's base, for links, and absolute, for feeds and shares. */
import { absoluteUrl } from '../domain/routes.ts';
import { getSite } from './site.ts';

/** A path below the site's base: href('/ban-tin/') → '/covid/ban-tin/' when base is /covid/. */
export function href(p: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${p}`;
}

/** Absolute address of a path of the site: https://sukien.example.gov.vn/covid/ban-tin/. */
export const absolute = (sitePath: string): string => absoluteUrl(getSite(), sitePath);
