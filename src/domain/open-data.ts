/**
 * The open data files: one row per published bulletin, per district and per directive, and
 * the codebook that says what each column means. Built from the same series as the pages.
 */
import type { AlertState } from './alert-level.ts';
import { CUMULATIVE_KEYS, STAT_KEYS, STAT_LABELS, type BulletinFigures, type SeriesPoint, type StatKey } from './figures.ts';
import { toIsoVN } from './vn-time.ts';
import { toCsv, type Cell } from './csv.ts';

export interface CodebookEntry {
  column: string;
  /** What it means, in Vietnamese. */
  meaning: string;
  unit: string;
  cumulative: boolean;
}

const STAT_UNITS: Record<StatKey, string> = {
  confirmed: 'người',
  confirmedNew: 'người',
  recovered: 'người',
  deaths: 'người',
  suspected: 'người',
  quarantinedFacility: 'người',
  quarantinedHome: 'người',
  tested: 'mẫu',
  vaccinated: 'mũi',
};

export const BULLETIN_CODEBOOK: CodebookEntry[] = [
  { column: 'date', meaning: 'Ngày của bản tin (YYYY-MM-DD, giờ Việt Nam)', unit: 'ngày', cumulative: false },
  { column: 'time', meaning: 'Giờ chốt số liệu (HH:MM, giờ Việt Nam, UTC+07:00)', unit: 'giờ', cumulative: false },
  { column: 'asOf', meaning: 'Thời điểm số liệu, ISO 8601 có múi giờ +07:00', unit: 'thời điểm', cumulative: false },
  ...STAT_KEYS.map((k) => ({
    column: k,
    meaning: `${STAT_LABELS[k]}${k === 'confirmedNew' ? ' (theo bản tin; khi bản tin không ghi: mức tăng của ca mắc tích lũy so với bản tin trước)' : ''}; để trống khi bản tin không công bố`,
    unit: STAT_UNITS[k],
    cumulative: (CUMULATIVE_KEYS as readonly string[]).includes(k),
  })),
  { column: 'alertLevel', meaning: 'Cấp độ dịch áp dụng trong ngày (1 đến 5)', unit: 'cấp', cumulative: false },
  {
    column: 'alertLevelDeclared',
    meaning: 'true: cấp độ do cơ quan có thẩm quyền công bố; false: ước tính theo số ca đang điều trị',
    unit: '',
    cumulative: false,
  },
  {
    column: 'correction',
    meaning: 'Lý do đính chính khi một số tích lũy giảm so với bản tin trước; trống nếu không có',
    unit: '',
    cumulative: false,
  },
];

export const DISTRICT_CODEBOOK: CodebookEntry[] = [
  { column: 'date', meaning: 'Ngày của bản tin', unit: 'ngày', cumulative: false },
  { column: 'district', meaning: 'Huyện, thành phố', unit: '', cumulative: false },
  { column: 'confirmed', meaning: 'Ca mắc tích lũy của huyện, thành phố đến thời điểm của bản tin', unit: 'người', cumulative: true },
];

export const DIRECTIVE_CODEBOOK: CodebookEntry[] = [
  { column: 'number', meaning: 'Số hiệu văn bản', unit: '', cumulative: false },
  { column: 'kind', meaning: 'Loại văn bản', unit: '', cumulative: false },
  { column: 'title', meaning: 'Trích yếu', unit: '', cumulative: false },
  { column: 'issuer', meaning: 'Cơ quan ban hành', unit: '', cumulative: false },
  { column: 'issued', meaning: 'Ngày ban hành', unit: 'ngày', cumulative: false },
  { column: 'signer', meaning: 'Người ký', unit: '', cumulative: false },
  { column: 'urgent', meaning: 'Văn bản khẩn', unit: '', cumulative: false },
  { column: 'effective', meaning: 'Ngày có hiệu lực', unit: 'ngày', cumulative: false },
  { column: 'expires', meaning: 'Ngày hết hiệu lực', unit: 'ngày', cumulative: false },
  { column: 'inForce', meaning: 'Còn hiệu lực tại thời điểm tạo tệp', unit: '', cumulative: false },
  { column: 'url', meaning: 'Địa chỉ trang văn bản', unit: '', cumulative: false },
];

export const columnsOf = (codebook: readonly CodebookEntry[]) => codebook.map((c) => c.column);

export function bulletinRow(point: SeriesPoint<BulletinFigures> & { alert: AlertState }): Record<string, Cell> {
  const b = point.bulletin;
  return {
    date: b.date,
    time: b.time,
    asOf: toIsoVN(b.date, b.time),
    ...Object.fromEntries(STAT_KEYS.map((k) => [k, k === 'confirmedNew' ? point.confirmedNew : b.stats[k]])),
    alertLevel: point.alert.level,
    alertLevelDeclared: point.alert.declared,
    correction: b.correction,
  };
}

export function districtRows(point: SeriesPoint<BulletinFigures>): Record<string, Cell>[] {
  return (point.bulletin.districts ?? []).map((d) => ({ date: point.bulletin.date, district: d.name, confirmed: d.confirmed }));
}

/** Who publishes the data and under which licence, as every JSON file says. */
export interface Publisher {
  agency: string;
  /** Absolute address of the open data page. */
  source: string;
  license: { name: string; url: string };
}

/** A JSON data file: publisher, licence, the moment the figures describe, when it was made (left out of a file that changes only with its content), the codebook and the rows. */
export function jsonDocument(
  publisher: Publisher,
  file: {
    title: string;
    codebook: readonly CodebookEntry[];
    rows: readonly Record<string, Cell>[];
    asOf?: string;
    generated?: string;
    extra?: Record<string, unknown>;
  },
): string {
  const body = {
    title: file.title,
    publisher: publisher.agency,
    source: publisher.source,
    license: publisher.license,
    ...(file.asOf ? { asOf: file.asOf } : {}),
    ...(file.generated ? { generated: file.generated } : {}),
    timeZone: 'Asia/Ho_Chi_Minh (UTC+07:00)',
    codebook: file.codebook,
    data: file.rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== null))),
    ...file.extra,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/**
 * One bulletin's own figures, /ban-tin/YYYY-MM-DD/so-lieu.csv and .json (with its districts):
 * made of the bulletin alone, without the time of the build, so that they change only when
 * the bulletin does.
 */
export function bulletinDataFiles(
  point: SeriesPoint<BulletinFigures & { title: string }> & { alert: AlertState },
  publisher: Publisher,
): { csv: string; json: string } {
  const row = bulletinRow(point);
  return {
    csv: toCsv(columnsOf(BULLETIN_CODEBOOK), [row]),
    json: jsonDocument(publisher, {
      title: point.bulletin.title,
      codebook: BULLETIN_CODEBOOK,
      rows: [row],
      asOf: row.asOf as string,
      extra: { districts: districtRows(point) },
    }),
  };
}
