/** The open data files (CSV and JSON) from the collections: one source for /du-lieu/ and each bulletin. */
import { dataFilePath, entryPath } from '../domain/routes.ts';
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
import { DIRECTIVE_KINDS } from '../content/schemas/directive.ts';
import { getBulletinSeries, getDirectives, type BulletinPoint } from './content.ts';
import { absolute } from './urls.ts';
import { getRegister } from './register.ts';
import { instantToIsoVN } from '../domain/vn-time.ts';
import { NOW } from './clock.ts';
import { dataResponse, jsonText, type DataFormat } from './data-files.ts';

export const DATA_FILES = {
  bulletins: { name: 'ban-tin', title: 'Chuỗi số liệu các bản tin', codebook: BULLETIN_CODEBOOK },
  districts: { name: 'huyen', title: 'Ca mắc tích lũy theo huyện, thành phố, theo từng bản tin', codebook: DISTRICT_CODEBOOK },
  directives: { name: 'van-ban', title: 'Danh mục văn bản chỉ đạo', codebook: DIRECTIVE_CODEBOOK },
} as const satisfies Record<string, { name: Parameters<typeof dataFilePath>[0]; title: string; codebook: readonly CodebookEntry[] }>;
type DataName = keyof typeof DATA_FILES;

async function dataRows(name: DataName): Promise<Record<string, Cell>[]> {
  if (name === 'bulletins') return (await getBulletinSeries()).map(bulletinRow);
  if (name === 'districts') return (await getBulletinSeries()).flatMap(districtRows);
  const { status } = await getRegister();
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
    inForce: status.get(doc.id)!.inForce,
    url: absolute(entryPath('directives', doc)),
  }));
}

/** One of the data files of /du-lieu/ (DATA_FILES), as CSV or JSON. */
export async function dataFileResponse(name: DataName, format: DataFormat): Promise<Response> {
  const { title, codebook } = DATA_FILES[name];
  const rows = await dataRows(name);
  if (format === 'csv') return dataResponse(toCsv(columnsOf(codebook), rows), 'csv');
  // The series say as of which bulletin they are; the register of directives has no such moment.
  const asOf = name === 'directives' ? undefined : asOfLatest(await getBulletinSeries());
  return dataResponse(jsonText({ title, codebook, rows, ...(asOf && { asOf }), generated: instantToIsoVN(NOW) }), 'json');
}

/** "As of" of the series: the time of the latest bulletin. */
function asOfLatest(points: readonly BulletinPoint[]): string | undefined {
  const last = points.at(-1);
  return last ? (bulletinRow(last).asOf as string) : undefined;
}
