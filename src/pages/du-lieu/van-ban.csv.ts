import type { APIRoute } from 'astro';
import { DATA_FILES, csvResponse, dataRows } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => csvResponse(DATA_FILES.directives.codebook, await dataRows('directives'));
