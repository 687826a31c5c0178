import type { APIRoute } from 'astro';
import { DATA_FILES, dataRows, jsonResponse } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  jsonResponse(DATA_FILES.directives.title, DATA_FILES.directives.codebook, await dataRows('directives'));
