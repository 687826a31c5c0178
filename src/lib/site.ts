/** Site settings, read once from the staged site.json (validated and defaults filled in). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import options from 'virtual:sukien/options';
import type { Site } from '../content/schemas/site.ts';

let cached: Site | undefined;

export function getSite(): Site {
  cached ??= JSON.parse(readFileSync(path.join(options.stageDir, 'site.json'), 'utf8')) as Site;
  return cached;
}

/** The site's facts for structured data (src/domain/structured-data.ts). */
export function siteFacts() {
  const site = getSite();
  return {
    name: site.name,
    agency: site.agency,
    province: site.province,
    home: `${site.url}${site.base}`,
    phone: site.contact?.phone,
    email: site.contact?.email,
  };
}
