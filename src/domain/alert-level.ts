/**
 * Alert level (cấp độ dịch), 1 to 5.
 *
 * A level declared in a bulletin (`alertLevel`) holds from that bulletin on, until a later
 * bulletin declares another. Before any declaration the level is estimated from the cases
 * under treatment with the thresholds [t2, t3, t4, t5]. Default thresholds: the level plan
 * of the Gia Lai Department of Information and Communications (no case; under 20; 20 to
 * under 80; 80 to under 400; 400 and more).
 */
import { buildSeries, type BulletinFigures, type SeriesPoint } from './figures.ts';
import { formatCount } from './vn-number.ts';

export type AlertLevel = 1 | 2 | 3 | 4 | 5;
export type Thresholds = readonly [number, number, number, number];

export const DEFAULT_THRESHOLDS: Thresholds = [1, 20, 80, 400];

export interface AlertState {
  level: AlertLevel;
  /** true when a bulletin declared it; false when estimated from the cases under treatment. */
  declared: boolean;
}

export function levelFromCases(underTreatment: number, thresholds: Thresholds = DEFAULT_THRESHOLDS): AlertLevel {
  let level: AlertLevel = 1;
  thresholds.forEach((t, i) => {
    if (underTreatment >= t) level = (i + 2) as AlertLevel;
  });
  return level;
}

/** The alert state at each point, in the series' order (one pass). */
export function alertStates(
  points: readonly { declared?: number | undefined; underTreatment: number }[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): AlertState[] {
  let declared: AlertLevel | undefined;
  return points.map((p) => {
    if (p.declared !== undefined) declared = p.declared as AlertLevel;
    return declared !== undefined
      ? { level: declared, declared: true }
      : { level: levelFromCases(p.underTreatment, thresholds), declared: false };
  });
}

/** "chưa có ca bệnh", "từ 20 đến dưới 80 ca đang điều trị" … from the thresholds. */
export function levelRange(level: AlertLevel, thresholds: Thresholds = DEFAULT_THRESHOLDS): string {
  const n = formatCount;
  if (level === 1) return thresholds[0] <= 1 ? 'chưa có ca bệnh đang điều trị' : `dưới ${n(thresholds[0])} ca đang điều trị`;
  const from = thresholds[level - 2]!;
  const to = thresholds[level - 1];
  if (to === undefined) return `từ ${n(from)} ca đang điều trị trở lên`;
  return from <= 1 ? `dưới ${n(to)} ca đang điều trị` : `từ ${n(from)} đến dưới ${n(to)} ca đang điều trị`;
}

export const LEVEL_NAMES: Record<AlertLevel, string> = {
  1: 'Nguy cơ thấp',
  2: 'Nguy cơ trung bình',
  3: 'Nguy cơ cao',
  4: 'Nguy cơ rất cao',
  5: 'Dịch bùng phát',
};

/** What the authorities communicate at each level; `site.alertGuidance` overrides any of them. */
export const DEFAULT_GUIDANCE: Record<AlertLevel, string> = {
  1: 'Chưa có ca bệnh trên địa bàn. Tăng cường tuyên truyền, giám sát chặt chẽ người nhập cảnh và người về từ vùng dịch; người dân chủ động theo dõi sức khỏe, thực hiện khuyến cáo 5K.',
  2: 'Đã có ca bệnh trên địa bàn. Khoanh vùng, cách ly, truy vết người tiếp xúc; cung cấp thông tin chính thống hằng ngày; người dân đeo khẩu trang nơi công cộng, khai báo y tế trung thực.',
  3: 'Dịch có nguy cơ lây lan trong cộng đồng. Hạn chế tụ tập đông người, tạm dừng lễ hội và sự kiện không cần thiết; chỉ ra khỏi nhà khi cần thiết và thực hiện nghiêm các biện pháp phòng dịch.',
  4: 'Dịch lây lan rộng. Thực hiện giãn cách xã hội theo chỉ đạo của UBND tỉnh; chỉ ra khỏi nhà khi thật cần thiết; các cơ sở kinh doanh dịch vụ không thiết yếu tạm dừng hoạt động.',
  5: 'Dịch bùng phát trên diện rộng. Thực hiện phong tỏa, cách ly xã hội theo chỉ đạo của Ban Chỉ đạo tỉnh; người dân ở tại nhà và theo dõi thông tin trên kênh chính thống này.',
};

/** The series of src/domain/figures.ts with the alert level at each point: the one way pages and data files get it. */
export function seriesWithAlerts<B extends BulletinFigures>(
  bulletins: readonly B[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): (SeriesPoint<B> & { alert: AlertState })[] {
  const points = buildSeries(bulletins);
  const states = alertStates(
    points.map((p) => ({ declared: p.bulletin.alertLevel, underTreatment: p.underTreatment })),
    thresholds,
  );
  return points.map((p, i) => ({ ...p, alert: states[i]! }));
}
