import type { APIRoute } from 'astro';
import { dataFileResponse } from '../../lib/open-data.ts';

export const GET: APIRoute = () => dataFileResponse('directives', 'csv');
