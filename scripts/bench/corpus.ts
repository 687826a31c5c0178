/**
 * A synthetic content folder of N years for the benchmark: one bulletin a day with
 * consistent figures and districts, and per year 200 directives, 100 news items, 50
 * infographics (real small PNG images) and 20 fact-checks, with Vietnamese text of realistic
 * length. The same seed always writes the same folder.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const PER_YEAR = { directives: 200, news: 100, infographics: 50, factchecks: 20 } as const;
const DISTRICTS = [
  'TP Lạng Sơn',
  'Cao Lộc',
  'Văn Lãng',
  'Tràng Định',
  'Bình Gia',
  'Văn Quan',
  'Bắc Sơn',
  'Hữu Lũng',
  'Chi Lăng',
  'Lộc Bình',
  'Đình Lập',
];
const KINDS = [
  ['chi-thi', 'CT'],
  ['quyet-dinh', 'QĐ'],
  ['cong-van', 'UBND-KGVX'],
  ['cong-dien', 'CĐ'],
  ['ke-hoach', 'KH'],
  ['thong-bao', 'TB'],
  ['huong-dan', 'HD'],
] as const;
const ISSUERS = [
  'UBND tỉnh Lạng Sơn',
  'Sở Y tế tỉnh Lạng Sơn',
  'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh',
  'Sở Thông tin và Truyền thông tỉnh Lạng Sơn',
];
const SENTENCES = [
  'Các lực lượng chức năng tiếp tục kiểm soát chặt chẽ người và phương tiện qua các cửa khẩu, lối mở trên địa bàn tỉnh.',
  'Sở Y tế đề nghị người dân thực hiện nghiêm khuyến cáo 5K, khai báo y tế trung thực khi có dấu hiệu sốt, ho, khó thở.',
  'Trung tâm Kiểm soát bệnh tật tỉnh đã lấy mẫu xét nghiệm cho những người tiếp xúc gần, kết quả đều âm tính.',
  'Ủy ban nhân dân các huyện, thành phố rà soát, lập danh sách người về từ vùng dịch để theo dõi sức khỏe tại nhà.',
  'Các cơ sở khám bệnh, chữa bệnh thực hiện phân luồng, sàng lọc người bệnh ngay từ khu vực tiếp đón.',
  'Lực lượng công an phối hợp với chính quyền cơ sở xử lý nghiêm các trường hợp đưa tin sai sự thật trên mạng xã hội.',
  'Nhà trường tổ chức khử khuẩn lớp học, bố trí nước sát khuẩn tay và theo dõi sức khỏe học sinh hằng ngày.',
  'Các chợ, siêu thị, cửa hàng bố trí người nhắc nhở khách đeo khẩu trang, giữ khoảng cách khi mua bán.',
  'Tỉnh duy trì hoạt động thông quan hàng hóa có kiểm soát, bảo đảm an toàn cho lái xe và người bốc xếp.',
  'Đường dây nóng của Sở Y tế hoạt động 24/7 để tiếp nhận phản ánh và tư vấn cho người dân.',
];

/** mulberry32: a small, fast, seeded generator. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dayAfter = (start: Date, days: number) => new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);

interface CorpusSummary {
  dir: string;
  years: number;
  bulletins: number;
  directives: number;
  news: number;
  infographics: number;
  factchecks: number;
  lastDate: string;
}

export async function writeCorpus(dir: string, { years = 10, seed = 2020 } = {}): Promise<CorpusSummary> {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const text = (sentences: number) => Array.from({ length: sentences }, () => pick(SENTENCES)).join(' ');
  const paragraphs = (count: number, each: number) => Array.from({ length: count }, () => text(each)).join('\n\n');
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['bulletins', 'directives', 'news', 'infographics', 'factchecks', 'pages'])
    mkdirSync(path.join(dir, folder), { recursive: true });
  writeFileSync(
    path.join(dir, 'site.yaml'),
    'name: Thông tin phòng, chống dịch tỉnh Mẫu\nshortName: Sự kiện tỉnh Mẫu\nagency: Sở Thông tin và Truyền thông tỉnh Mẫu\nprovince: Mẫu\nurl: https://sukien.example.gov.vn\nbulletinSource: Sở Y tế tỉnh Mẫu\ndemo: true\n',
  );
  writeFileSync(
    path.join(dir, 'hotlines.yaml'),
    '- name: Đường dây nóng Bộ Y tế\n  phone: "19009095"\n- name: Đường dây nóng Sở Y tế\n  phone: "0205 3 870 115"\n',
  );
  writeFileSync(path.join(dir, 'pages/gioi-thieu.md'), `---\ntitle: Giới thiệu\norder: 1\n---\n${paragraphs(4, 4)}\n`);

  const start = new Date('2020-01-01T00:00:00Z');
  const days = Math.round(years * 365);
  const byDistrict = DISTRICTS.map(() => 0);
  let recovered = 0;
  let deaths = 0;
  let tested = 0;
  let lastDate = '';
  for (let d = 0; d < days; d++) {
    const date = dayAfter(start, d);
    lastDate = date;
    const fresh = rnd() < 0.6 ? Math.floor(rnd() * 4) : 0;
    for (let i = 0; i < fresh; i++) byDistrict[Math.floor(rnd() * DISTRICTS.length)]! += 1;
    const confirmed = byDistrict.reduce((a, b) => a + b, 0);
    recovered = Math.min(confirmed - deaths, recovered + Math.floor(rnd() * 3));
    if (rnd() < 0.01 && confirmed - recovered - deaths > 0) deaths += 1;
    tested += 100 + Math.floor(rnd() * 200);
    const districts = DISTRICTS.map((name, i) => `  - { name: ${name}, confirmed: ${byDistrict[i]} }`).join('\n');
    writeFileSync(
      path.join(dir, 'bulletins', `${date}.md`),
      `---\ndate: ${date}\nstats:\n  confirmed: ${confirmed}\n  confirmedNew: ${fresh}\n  recovered: ${recovered}\n  deaths: ${deaths}\n  suspected: ${Math.floor(rnd() * 30)}\n  quarantinedFacility: ${100 + Math.floor(rnd() * 400)}\n  quarantinedHome: ${300 + Math.floor(rnd() * 900)}\n  tested: ${tested}\ndistricts:\n${districts}\n---\n${paragraphs(3, 3)}\n`,
    );
  }

  const image = async (file: string, hue: number) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="300"><rect width="240" height="300" fill="hsl(${hue},55%,35%)"/><rect x="20" y="40" width="200" height="60" fill="#fff"/><circle cx="120" cy="200" r="50" fill="hsl(${(hue + 180) % 360},60%,60%)"/></svg>`;
    await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile(file);
  };
  const counts = { directives: 0, news: 0, infographics: 0, factchecks: 0 };
  for (let y = 0; y < years; y++) {
    const year = 2020 + y;
    for (let i = 1; i <= PER_YEAR.directives; i++) {
      const [kind, code] = KINDS[i % KINDS.length]!;
      const number = `${i}/${code}${code.includes('-') ? '' : '-UBND'}`;
      const issued = dayAfter(new Date(`${year}-01-01T00:00:00Z`), Math.floor(((i - 1) * 364) / PER_YEAR.directives));
      const cite =
        i > 1
          ? `Căn cứ văn bản số ${i - 1}/${KINDS[(i - 1) % KINDS.length]![1]}${KINDS[(i - 1) % KINDS.length]![1].includes('-') ? '' : '-UBND'} ngày ${issued.slice(8)}/${issued.slice(5, 7)}/${year}.\n\n`
          : '';
      writeFileSync(
        path.join(dir, 'directives', `${year}-${i}-${kind}.md`),
        `---\nnumber: "${number}"\nkind: ${kind}\ntitle: "Về việc ${pick(['tăng cường', 'triển khai', 'thực hiện', 'điều chỉnh'])} các biện pháp phòng, chống dịch đợt ${i} năm ${year}"\nissuer: ${pick(ISSUERS)}\nissued: ${issued}\nurgent: ${rnd() < 0.1}\n---\n${cite}${paragraphs(4, 4)}\n`,
      );
      counts.directives++;
    }
    for (let i = 1; i <= PER_YEAR.news; i++) {
      const date = dayAfter(new Date(`${year}-01-01T00:00:00Z`), Math.floor(((i - 1) * 364) / PER_YEAR.news));
      writeFileSync(
        path.join(dir, 'news', `${year}-tin-${i}.md`),
        `---\ntitle: "Tin phòng, chống dịch số ${i} năm ${year}"\ndate: ${date}\nsummary: "${text(1)}"\n---\n${paragraphs(5, 3)}\n`,
      );
      counts.news++;
    }
    for (let i = 1; i <= PER_YEAR.infographics; i++) {
      const date = dayAfter(new Date(`${year}-01-01T00:00:00Z`), Math.floor(((i - 1) * 364) / PER_YEAR.infographics));
      const name = `${year}-infographic-${i}`;
      await image(path.join(dir, 'infographics', `${name}.png`), (i * 37 + y * 11) % 360);
      writeFileSync(
        path.join(dir, 'infographics', `${name}.md`),
        `---\ntitle: "Khuyến cáo phòng dịch số ${i} năm ${year}"\ndate: ${date}\nimage: ./${name}.png\nalt: "Hình minh họa khuyến cáo phòng dịch số ${i}"\n---\n${text(2)}\n`,
      );
      counts.infographics++;
    }
    for (let i = 1; i <= PER_YEAR.factchecks; i++) {
      const date = dayAfter(new Date(`${year}-01-01T00:00:00Z`), Math.floor(((i - 1) * 364) / PER_YEAR.factchecks));
      writeFileSync(
        path.join(dir, 'factchecks', `${year}-cai-chinh-${i}.md`),
        `---\ntitle: "Thông tin sai sự thật số ${i} năm ${year}"\ndate: ${date}\nclaim: "Tin đồn về dịch bệnh lan truyền trên mạng xã hội số ${i}"\nverdict: sai-su-that\nclaimSource: Facebook\n---\n${paragraphs(2, 3)}\n`,
      );
      counts.factchecks++;
    }
  }
  return { dir, years, bulletins: days, ...counts, lastDate };
}
