/** The open data files (CSV and JSON) from the collections: one source for /du-lieu/ and each bulletin. */
import { toCsv, type Cell } from '../domain/csv.ts';
import {
  BULLETIN_CODEBOOK,
  DIRECTIVE_CODEBOOK,
  DISTRICT_CODEBOOK,
  bulletinRow,
  columnsOf,
  districtRows,
  type CodebookEntry,
} from '../domain/open-data.ts';
import { instantToIsoVN } from '../domain/vn-time.ts';
import { DIRECTIVE_KINDS } from '../content/schemas/directive.ts';
import { directiveStatus, getBulletinSeries, getDirectives, type BulletinPoint } from './content.ts';
import { absolute } from './urls.ts';
import { getRegister } from './register.ts';
import { getSite } from './site.ts';
import { NOW } from './clock.ts';

export const DATA_FILES = {
  bulletins: { path: '/du-lieu/ban-tin', title: 'Chuỗi số liệu các bản tin', codebook: BULLETIN_CODEBOOK },
  districts: { path: '/du-lieu/huyen', title: 'Ca mắc tích lũy theo huyện, thành phố, theo từng bản tin', codebook: DISTRICT_CODEBOOK },
  directives: { path: '/du-lieu/van-ban', title: 'Danh mục văn bản chỉ đạo', codebook: DIRECTIVE_CODEBOOK },
} as const;
export type DataName = keyof typeof DATA_FILES;

export async function dataRows(name: DataName): Promise<Record<string, Cell>[]> {
  if (name === 'bulletins') return (await getBulletinSeries()).map(bulletinRow);
  if (name === 'districts') return (await getBulletinSeries()).flatMap(districtRows);
  const { relations } = await getRegister();
  return (await getDirectives()).map((doc) => ({
    number: doc.data.number,
    kind: DIRECTIVE_KINDS[doc.data.kind],
    title: doc.data.title,
    issuer: doc.data.issuer,
    issued: doc.data.issued,
    signer: doc.data.signer,
    urgent: doc.data.urgent,
    effective: doc.data.effective,
    expires: doc.data.expires,
    inForce: directiveStatus(doc.data, relations.get(doc.id)?.replacedBy).inForce,
    url: absolute(`/van-ban/${doc.id}/`),
  }));
}

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' } as const;
export type DataFormat = keyof typeof CONTENT_TYPES;

/** A data file as an endpoint's response. */
export const dataResponse = (text: string, format: DataFormat): Response =>
  new Response(text, { headers: { 'Content-Type': CONTENT_TYPES[format] } });

/** One of the data files of /du-lieu/ (DATA_FILES), as CSV or JSON. */
export async function dataFileResponse(name: DataName, format: DataFormat): Promise<Response> {
  const { title, codebook } = DATA_FILES[name];
  const rows = await dataRows(name);
  if (format === 'csv') return dataResponse(toCsv(columnsOf(codebook), rows), 'csv');
  // The series say as of which bulletin they are; the register of directives has no such moment.
  const asOf = name === 'directives' ? undefined : asOfLatest(await getBulletinSeries());
  return dataResponse(jsonText(title, codebook, rows, asOf), 'json');
}

function jsonText(
  title: string,
  codebook: readonly CodebookEntry[],
  rows: Record<string, Cell>[],
  asOf?: string,
  extra: Record<string, unknown> = {},
): string {
  const site = getSite();
  const body = {
    title,
    publisher: site.agency,
    source: absolute('/du-lieu/'),
    license: site.license,
    ...(asOf ? { asOf } : {}),
    generated: instantToIsoVN(NOW),
    timeZone: 'Asia/Ho_Chi_Minh (UTC+07:00)',
    codebook,
    data: rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== null))),
    ...extra,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** One bulletin's own figures: the row of the series for that day, as CSV and as JSON with its districts. */
export function bulletinDataFiles(point: BulletinPoint): { csv: string; json: string } {
  const row = bulletinRow(point);
  return {
    csv: toCsv(columnsOf(BULLETIN_CODEBOOK), [row]),
    json: jsonText(point.bulletin.title, BULLETIN_CODEBOOK, [row], row.asOf as string, { districts: districtRows(point) }),
  };
}

/**
 * The days whose own data files the dev server serves (src/pages/ban-tin/[date]/so-lieu.*).
 * A build writes them all in one go instead (src/pages/sukien-files.json.ts).
 */
export async function bulletinDataPaths() {
  if (!import.meta.env.DEV) return [];
  return (await getBulletinSeries()).map((point) => ({ params: { date: point.bulletin.date }, props: { point } }));
}

/** "As of" of the series: the time of the latest bulletin. */
function asOfLatest(points: readonly BulletinPoint[]): string | undefined {
  const last = points.at(-1);
  return last ? (bulletinRow(last).asOf as string) : undefined;
}
