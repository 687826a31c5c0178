/** Open data files as endpoints' responses, with the site as publisher (src/domain/open-data.ts writes them). */
import { PAGES } from '../domain/routes.ts';
import { jsonDocument, type Publisher } from '../domain/open-data.ts';
import { absolute } from './urls.ts';
import { getSite } from './site.ts';

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;
export type DataFormat = keyof typeof CONTENT_TYPES;

/** A data file as an endpoint's response. */
export const dataResponse = (text: string, format: DataFormat): Response =>
  new Response(text, { headers: { 'Content-Type': CONTENT_TYPES[format] } });

/** The site as the publisher of its data. */
export const publisher = (): Publisher => ({ agency: getSite().agency, source: absolute(PAGES.openData), license: getSite().license });

export const jsonText = (file: Parameters<typeof jsonDocument>[1]): string => jsonDocument(publisher(), file);
