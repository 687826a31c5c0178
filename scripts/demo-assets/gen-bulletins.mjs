// Writes the demo province's daily bulletins (content/bulletins/2020-02-05.md … 2020-04-10.md).
// Fictional data ("dữ liệu minh họa"), deterministic: running it again gives the same files.
// Usage (from the repository root): node scripts/demo-assets/gen-bulletins.mjs [content-dir]
import { mkdirSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const OUT = path.resolve(process.argv[2] ?? 'content', 'bulletins');

const DISTRICTS = [
  'TP Lạng Sơn', 'Cao Lộc', 'Văn Lãng', 'Tràng Định', 'Bình Gia', 'Văn Quan',
  'Bắc Sơn', 'Hữu Lũng', 'Chi Lăng', 'Lộc Bình', 'Đình Lập',
];

// ---- days -------------------------------------------------------------------------------
const days = [];
for (let t = Date.UTC(2020, 1, 5); t <= Date.UTC(2020, 3, 10); t += 86400000) {
  days.push(new Date(t).toISOString().slice(0, 10));
}
const md = (iso) => iso.slice(5); // "02-16"
const vnDate = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const fmt = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const two = (n) => String(n).padStart(2, '0');

// ---- epidemiology (fictional) ---------------------------------------------------------------
/** New confirmed cases, by day, as the districts of residence. */
const NEW_CASES = {
  '02-16': ['Cao Lộc'],
  '02-20': ['Cao Lộc'],
  '02-27': ['TP Lạng Sơn'],
  '03-08': ['Văn Lãng'],
  '03-12': ['TP Lạng Sơn'],
  '03-16': ['Hữu Lũng', 'Hữu Lũng'],
  '03-19': ['Chi Lăng'],
  '03-21': ['TP Lạng Sơn', 'TP Lạng Sơn'],
  '03-23': ['Lộc Bình'],
  '03-25': ['Cao Lộc', 'Cao Lộc'],
  '03-27': ['Đình Lập'],
  '03-30': ['TP Lạng Sơn', 'TP Lạng Sơn'],
  '04-01': ['Tràng Định'],
  '04-03': ['Bắc Sơn'],
  '04-06': ['TP Lạng Sơn'],
  '04-09': ['Cao Lộc'],
};
/** Patients discharged (khỏi bệnh, ra viện), by day. */
const RECOVERIES = {
  '03-05': 1, '03-10': 1, '03-18': 1, '03-26': 1, '03-29': 1,
  '04-02': 2, '04-05': 1, '04-08': 2,
};
const LATE = { '03-16': true, '03-31': true }; // bulletins issued at 17:00
const DECLARED_LEVEL = { '03-28': 2 };
const CORRECTION_DAY = '03-20';
const DUPLICATES_REMOVED = 214;

// deterministic noise
let seed = 20200205;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const dayIndex = (mmdd) => days.indexOf(`2020-${mmdd}`);
function curve(points) {
  const keys = Object.keys(points).map((k) => [dayIndex(k), points[k]]);
  return (i) => {
    for (let k = 0; k < keys.length - 1; k++) {
      const [i0, v0] = keys[k];
      const [i1, v1] = keys[k + 1];
      if (i >= i0 && i <= i1) return v0 + ((v1 - v0) * (i - i0)) / (i1 - i0);
    }
    return keys[keys.length - 1][1];
  };
}
const facilityCurve = curve({
  '02-05': 186, '02-10': 452, '02-14': 638, '02-20': 510, '02-26': 284, '03-05': 118,
  '03-10': 164, '03-15': 236, '03-21': 612, '03-26': 948, '03-31': 1126, '04-05': 1034, '04-10': 782,
});
const homeCurve = curve({
  '02-05': 1240, '02-09': 2310, '02-13': 2864, '02-20': 1930, '02-28': 760, '03-05': 412,
  '03-12': 688, '03-18': 1046, '03-25': 1880, '03-30': 3150, '04-03': 3420, '04-10': 2080,
});
const suspectedCurve = curve({
  '02-05': 6, '02-12': 14, '02-20': 9, '03-01': 3, '03-10': 7, '03-18': 12, '03-25': 21, '04-01': 26, '04-10': 15,
});
function testsToday(mmdd) {
  const [m, d] = mmdd.split('-').map(Number);
  let lo, hi;
  if (m === 2) [lo, hi] = [9, 23];
  else if (m === 3 && d <= 10) [lo, hi] = [22, 41];
  else if (m === 3 && d <= 20) [lo, hi] = [46, 92];
  else if (m === 3) [lo, hi] = [112, 224];
  else [lo, hi] = [186, 318];
  let n = Math.round(lo + rand() * (hi - lo));
  if (NEW_CASES[mmdd]) n += 18 * NEW_CASES[mmdd].length; // contacts of the new cases
  return n;
}

const rows = [];
{
  let confirmed = 0, recovered = 0, tested = 64 - 15;
  const byDistrict = Object.fromEntries(DISTRICTS.map((d) => [d, 0]));
  days.forEach((iso, i) => {
    const k = md(iso);
    const newCases = NEW_CASES[k] ?? [];
    for (const d of newCases) byDistrict[d] += 1;
    confirmed += newCases.length;
    recovered += RECOVERIES[k] ?? 0;
    const today = i === 0 ? 15 : testsToday(k);
    tested += today;
    if (k === CORRECTION_DAY) tested -= DUPLICATES_REMOVED;
    const noise = (v, spread) => Math.max(0, Math.round(v * (1 + (rand() - 0.5) * spread)));
    rows.push({
      iso, k, i,
      confirmed, confirmedNew: newCases.length, recovered, deaths: 0,
      suspected: Math.max(1, Math.round(suspectedCurve(i) + (rand() - 0.5) * 6)),
      quarantinedFacility: noise(facilityCurve(i), 0.12),
      quarantinedHome: noise(homeCurve(i), 0.1),
      tested, testedToday: today,
      districts: { ...byDistrict },
    });
  });
}

// ---- the words ------------------------------------------------------------------------------
const ORD = ['', 'đầu tiên', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'thứ tám', 'thứ chín', 'thứ mười',
  'thứ mười một', 'thứ mười hai', 'thứ mười ba', 'thứ mười bốn', 'thứ mười lăm', 'thứ mười sáu', 'thứ mười bảy',
  'thứ mười tám', 'thứ mười chín', 'thứ hai mươi'];

/** What happened on the day that is not a figure: one paragraph each, written by hand. */
const HIGHLIGHT = {
  '02-05': 'Đây là bản tin đầu tiên của Sở Y tế được đăng trên trang thông tin này. Từ hôm nay, tình hình dịch bệnh trên địa bàn tỉnh được cập nhật vào 15h00 hằng ngày; số liệu được tổng hợp từ Trung tâm Kiểm soát bệnh tật tỉnh và trung tâm y tế 11 huyện, thành phố.',
  '02-06': 'Tại các cửa khẩu Hữu Nghị, Tân Thanh, Chi Ma và Cốc Nam, lực lượng kiểm dịch y tế quốc tế đo thân nhiệt, yêu cầu khai báo y tế đối với 100% người nhập cảnh. Công dân Việt Nam trở về từ Trung Quốc được đưa thẳng đến khu cách ly tập trung để theo dõi sức khỏe trong 14 ngày.',
  '02-07': 'Ủy ban nhân dân tỉnh quyết định cho học sinh mầm non, phổ thông, học viên giáo dục thường xuyên trên địa bàn tỉnh tiếp tục nghỉ học đến hết ngày 16/02/2020. Các trường tổ chức tổng vệ sinh, khử khuẩn lớp học, bếp ăn và khu nội trú.',
  '02-08': 'Sở Thông tin và Truyền thông đề nghị các cơ quan báo chí, cổng thông tin điện tử và đài truyền thanh cấp huyện tiếp tục thực hiện Công văn số 106/STTTT-TTBCXB ngày 30/01/2020, tăng thời lượng tuyên truyền phòng bệnh. Hệ thống loa truyền thanh cơ sở phát thông tin phòng dịch bằng tiếng Việt, tiếng Tày và tiếng Nùng hai lần mỗi ngày.',
  '02-09': 'Trong ngày, đoàn công tác của Sở Y tế kiểm tra các khu cách ly tập trung tại huyện Cao Lộc và huyện Văn Lãng. Người cách ly được bố trí ăn, ở riêng, được đo thân nhiệt hai lần mỗi ngày; các khu cách ly được phun khử khuẩn định kỳ.',
  '02-10': 'Hoạt động thông quan hàng hóa qua cửa khẩu Tân Thanh được nối lại có kiểm soát. Lái xe chở hàng phải đeo khẩu trang, khai báo y tế và không rời khỏi khu vực quy định; phương tiện được phun khử khuẩn trước khi vào bãi.',
  '02-11': 'Các lễ hội đầu xuân trên địa bàn tỉnh, trong đó có Lễ hội đền Kỳ Cùng – Tả Phủ, tạm dừng tổ chức phần hội. Các đền, chùa chỉ duy trì nghi lễ thờ tự, không đón khách tham quan, dâng hương đông người.',
  '02-12': 'Tổ chức Y tế Thế giới (WHO) đã đặt tên chính thức cho bệnh do chủng mới của vi rút Corona gây ra là COVID-19. Từ bản tin này, Sở Y tế sử dụng tên gọi COVID-19 trong các thông tin, số liệu gửi đến người dân.',
  '02-13': 'Đoàn kiểm tra liên ngành của tỉnh kiểm tra việc kinh doanh khẩu trang, nước sát khuẩn tại các nhà thuốc trên địa bàn thành phố. Phần lớn các cơ sở niêm yết giá và bán đúng giá niêm yết; các trường hợp bán cao hơn giá niêm yết đã bị lập biên bản, xử lý theo quy định.',
  '02-14': 'Ủy ban nhân dân tỉnh ban hành Kế hoạch số 545/KH-UBND ngày 14/02/2020 về ứng phó với dịch COVID-19 theo các cấp độ trên địa bàn tỉnh. Kế hoạch phân công nhiệm vụ cụ thể cho từng sở, ngành, địa phương trong từng tình huống, từ khi chưa có ca bệnh đến khi dịch lây lan trong cộng đồng.',
  '02-15': 'Nhiều công dân đã hoàn thành 14 ngày cách ly tập trung, được cấp giấy xác nhận và trở về địa phương. Những người này tiếp tục tự theo dõi sức khỏe tại nhà và báo ngay cho trạm y tế xã, phường khi có biểu hiện bất thường.',
  '02-16': 'Ngay sau khi có kết quả, Ban Chỉ đạo phòng, chống dịch tỉnh họp khẩn, kích hoạt các biện pháp theo Kế hoạch số 545/KH-UBND ngày 14/02/2020. Bệnh nhân được chuyển đến khu điều trị cách ly của Bệnh viện Đa khoa tỉnh, hiện sốt nhẹ, sức khỏe ổn định. Do bệnh nhân được cách ly từ khi nhập cảnh, 12 người ở cùng phòng, đi cùng chuyến xe đã được xác định là người tiếp xúc gần và được lấy mẫu xét nghiệm.',
  '02-17': 'Kết quả xét nghiệm lần 1 của 12 người tiếp xúc gần với ca bệnh đầu tiên đều âm tính; những người này tiếp tục được cách ly riêng tại khu cách ly tập trung. Khu vực nơi phát hiện ca bệnh đã được phun khử khuẩn toàn bộ.',
  '02-18': 'Bệnh nhân đang điều trị tại Bệnh viện Đa khoa tỉnh đã hết sốt, ăn uống được, các chỉ số sức khỏe ổn định. Sở Y tế đề nghị người dân bình tĩnh, không hoang mang và không chia sẻ những thông tin chưa được kiểm chứng về ca bệnh; thông tin chính thức được công bố trên trang này và trên Báo Lạng Sơn.',
  '02-19': 'Học sinh trên địa bàn tỉnh tiếp tục nghỉ học đến hết tháng 02/2020. Nhiều trường phổ thông ở thành phố giao bài tập, ôn tập cho học sinh qua mạng internet và nhóm Zalo của lớp.',
  '02-20': 'Vì bệnh nhân đã ở trong khu cách ly từ khi nhập cảnh nên không phát sinh người tiếp xúc trong cộng đồng. Thời gian cách ly của những người còn lại trong nhóm được tính lại từ ngày tiếp xúc cuối cùng với bệnh nhân.',
  '02-21': 'Sở Y tế tập huấn trực tuyến cho cán bộ y tế tuyến huyện, xã về hướng dẫn chẩn đoán, điều trị COVID-19 của Bộ Y tế, cách lấy mẫu bệnh phẩm và sử dụng trang phục phòng hộ cá nhân.',
  '02-22': 'Trong ngày cuối tuần, các lực lượng vẫn trực 24/24 giờ tại cửa khẩu và các khu cách ly. Đoàn viên thanh niên tình nguyện phối hợp với trạm y tế phát tờ rơi, hướng dẫn người dân rửa tay đúng cách tại chợ Đông Kinh và chợ Giếng Vuông.',
  '02-23': 'Ca bệnh đầu tiên của tỉnh đã có kết quả xét nghiệm lần 1 âm tính. Bệnh nhân tiếp tục được điều trị, theo dõi và sẽ được xét nghiệm lại theo quy định trước khi xem xét cho ra viện.',
  '02-24': 'Ủy ban nhân dân tỉnh yêu cầu các huyện biên giới tăng cường tuần tra, kiểm soát đường mòn, lối mở, không để xảy ra xuất cảnh, nhập cảnh trái phép. Bộ đội Biên phòng tỉnh duy trì các tổ công tác tại những điểm xung yếu trên tuyến biên giới.',
  '02-25': 'Học sinh trên địa bàn tỉnh tiếp tục nghỉ học đến hết ngày 08/3/2020. Trong thời gian nghỉ, các trường tiếp tục khử khuẩn lớp học, kiểm tra nguồn nước, nhà vệ sinh để sẵn sàng đón học sinh trở lại.',
  '02-26': 'Số người đang cách ly tập trung giảm dần do nhiều công dân đã hoàn thành đủ 14 ngày cách ly. Từ hôm nay, người nhập cảnh đến từ vùng có dịch của Hàn Quốc cũng thuộc diện cách ly tập trung; các khu cách ly của tỉnh vẫn được duy trì để sẵn sàng tiếp nhận.',
  '02-27': 'Trung tâm Kiểm soát bệnh tật tỉnh đã xác định 27 người tiếp xúc gần với bệnh nhân, gồm người nhà và đồng nghiệp; tất cả đã được đưa đi cách ly tập trung và lấy mẫu xét nghiệm. Khu dân cư nơi bệnh nhân sinh sống đã được phun khử khuẩn. Ai từng tiếp xúc với bệnh nhân từ ngày 20/02/2020 đề nghị liên hệ ngay trạm y tế phường hoặc đường dây nóng của Sở Y tế.',
  '02-28': 'Ủy ban nhân dân tỉnh ban hành Quyết định số 237/QĐ-UBND ngày 28/02/2020 sửa đổi, bổ sung một số nội dung của Kế hoạch số 545/KH-UBND ngày 14/02/2020: bổ sung phương án mở thêm khu cách ly tập trung khi số người cần cách ly vượt quá năng lực hiện có và cơ chế bảo đảm kinh phí cho công tác phòng, chống dịch.',
  '02-29': 'Toàn bộ 27 người tiếp xúc gần với ca bệnh thứ ba có kết quả xét nghiệm lần 1 âm tính. Lực lượng y tế tiếp tục truy vết những người đã tiếp xúc với bệnh nhân tại bãi xe và nơi làm việc.',
  '03-01': 'Lạng Sơn bước sang tháng thứ hai triển khai các biện pháp phòng, chống dịch. Ban Chỉ đạo tỉnh đánh giá các ca bệnh đều được phát hiện sớm, cách ly kịp thời, chưa có dấu hiệu lây lan trong cộng đồng, đồng thời yêu cầu các ngành, các cấp không được chủ quan, lơ là.',
  '03-02': 'Sở Y tế phối hợp với Sở Giáo dục và Đào tạo kiểm tra công tác vệ sinh, khử khuẩn tại một số trường học ở huyện Chi Lăng và huyện Hữu Lũng. Các trường đã bố trí nơi rửa tay, xà phòng và phòng cách ly tạm thời để sẵn sàng khi học sinh đi học trở lại.',
  '03-03': 'Các cửa khẩu của tỉnh tiếp tục thông quan hàng hóa; lái xe, phụ xe được kiểm tra thân nhiệt trước khi vào khu vực giao nhận hàng. Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn bố trí khu nghỉ riêng cho lái xe, hạn chế tiếp xúc với người dân.',
  '03-04': 'Kết quả xét nghiệm lần 2 của ca bệnh đầu tiên tiếp tục âm tính. Hội đồng chuyên môn của Bệnh viện Đa khoa tỉnh đang xem xét các tiêu chuẩn ra viện theo hướng dẫn của Bộ Y tế.',
  '03-05': 'Sáng 05/3/2020, Bệnh viện Đa khoa tỉnh công bố ca bệnh đầu tiên của tỉnh đã khỏi bệnh và cho ra viện sau 18 ngày điều trị, với hai lần xét nghiệm liên tiếp âm tính. Người bệnh tiếp tục tự cách ly, theo dõi sức khỏe tại nhà 14 ngày dưới sự giám sát của trạm y tế xã.',
  '03-06': 'Ban Chỉ đạo tỉnh yêu cầu rà soát toàn bộ người đến từ Hàn Quốc, Ý, Iran và các quốc gia có dịch đang có mặt trên địa bàn để tổ chức khai báo y tế, theo dõi sức khỏe. Các khu cách ly tập trung đã được bổ sung giường, chăn màn và nhu yếu phẩm.',
  '03-07': 'Để giảm tải cho tuyến tỉnh, trung tâm y tế các huyện Cao Lộc, Văn Lãng và Hữu Lũng đã bố trí khu vực tiếp nhận, sàng lọc riêng cho người bệnh có triệu chứng hô hấp, tách hẳn khỏi khu khám bệnh thông thường.',
  '03-08': 'Ban Chỉ đạo tỉnh yêu cầu tăng tần suất xét nghiệm cho lái xe, người bốc xếp tại khu vực cửa khẩu; 19 người tiếp xúc gần với bệnh nhân đã được đưa đi cách ly tập trung. Bãi xe nơi bệnh nhân thường dừng nghỉ đã được phun khử khuẩn và tạm thời phong tỏa.',
  '03-09': 'Kết quả xét nghiệm của 19 người tiếp xúc gần với ca bệnh thứ tư đều âm tính. Trong ngày, huyện Văn Lãng tổ chức phun khử khuẩn khu vực chợ Na Sầm và bến xe huyện.',
  '03-10': 'Ca bệnh thứ hai của tỉnh đã khỏi bệnh và ra viện trong ngày. Cũng từ hôm nay, Bộ Y tế triển khai khai báo y tế toàn dân qua ứng dụng NCOVI và trang tokhaiyte.vn; Sở Y tế đề nghị mọi người dân trên địa bàn tỉnh thực hiện khai báo và cập nhật tình trạng sức khỏe hằng ngày.',
  '03-11': 'Tổ chức Y tế Thế giới công bố COVID-19 là đại dịch toàn cầu. Ban Chỉ đạo tỉnh yêu cầu các sở, ngành, địa phương rà soát lại phương án theo Kế hoạch số 545/KH-UBND ngày 14/02/2020, sẵn sàng cho tình huống có nhiều ca bệnh cùng lúc.',
  '03-12': 'Cùng ngày, Sở Y tế ban hành Hướng dẫn số 1102/SYT-NVY ngày 12/3/2020 về cách ly y tế tại nhà, nơi lưu trú, quy định rõ đối tượng, thời gian cách ly và trách nhiệm của người được cách ly, gia đình và trạm y tế xã, phường.',
  '03-13': 'Trạm y tế các xã, phường tổ chức hướng dẫn người dân khai báo y tế tại nhà văn hóa thôn, khối phố; đoàn viên thanh niên hỗ trợ người cao tuổi cài đặt ứng dụng NCOVI trên điện thoại.',
  '03-14': 'Lực lượng chức năng tăng cường kiểm tra các khách sạn, nhà nghỉ trên địa bàn thành phố, yêu cầu khai báo tạm trú và khai báo y tế đối với khách đến từ nước ngoài và từ các địa phương đã có ca bệnh.',
  '03-15': 'Từ ngày mai (16/3/2020), người dân bắt buộc phải đeo khẩu trang khi đến nơi công cộng, siêu thị, bến xe, nhà ga và trên các phương tiện giao thông công cộng. Các cơ sở kinh doanh được đề nghị nhắc nhở, từ chối phục vụ khách không đeo khẩu trang.',
  '03-16': 'Do hai bệnh nhân được cách ly ngay từ sân bay, nguy cơ lây nhiễm ra cộng đồng được đánh giá là thấp. Những người đi cùng chuyến xe từ sân bay về Lạng Sơn đều đã được lấy mẫu xét nghiệm.',
  '03-17': 'Ủy ban nhân dân tỉnh ban hành Công điện số 02/CĐ-UBND ngày 17/3/2020, yêu cầu tạm dừng các lễ hội, sự kiện văn hóa, thể thao tập trung đông người; tạm dừng hoạt động quán bar, vũ trường, karaoke, mát-xa; cách ly tập trung 14 ngày đối với tất cả người nhập cảnh từ các quốc gia có dịch.',
  '03-18': 'Ca bệnh thứ ba (nam, 52 tuổi, TP Lạng Sơn) đã khỏi bệnh và được ra viện sau 20 ngày điều trị. Người bệnh tiếp tục tự theo dõi sức khỏe tại nhà 14 ngày dưới sự giám sát của trạm y tế phường.',
  '03-19': 'Sở Y tế đã lấy mẫu xét nghiệm cho 36 người ở cùng khu cách ly với bệnh nhân; khu vực này được tách riêng và phun khử khuẩn.',
  '03-20': `Trong ngày, Sở Y tế và Trung tâm Kiểm soát bệnh tật tỉnh rà soát, đối chiếu số liệu xét nghiệm của các đơn vị lấy mẫu. Kết quả cho thấy ${DUPLICATES_REMOVED} mẫu đã bị thống kê trùng (mẫu của cùng một người được hai đơn vị cùng báo cáo), vì vậy số mẫu xét nghiệm lũy kế trong bản tin này thấp hơn bản tin ngày 19/03/2020. Việc điều chỉnh không làm thay đổi số ca mắc và các số liệu khác.`,
  '03-21': 'Từ 0h ngày 21/3/2020, toàn bộ người nhập cảnh vào Việt Nam đều được cách ly tập trung 14 ngày. Các khu cách ly của tỉnh đã chuẩn bị thêm chỗ ở để tiếp nhận công dân được Ban Chỉ đạo quốc gia điều chuyển từ các sân bay.',
  '03-22': 'Ban Chỉ đạo tỉnh kiểm tra khu cách ly tập trung của Bộ Chỉ huy Quân sự tỉnh và khu ký túc xá của một trường cao đẳng trên địa bàn thành phố; yêu cầu bảo đảm giãn cách giữa các phòng, không để người cách ly tiếp xúc chéo, thu gom và xử lý rác thải đúng quy định.',
  '03-23': 'Trung tâm Kiểm soát bệnh tật tỉnh đang rà soát danh sách hành khách đi cùng chuyến bay có địa chỉ tại Lạng Sơn để thông báo cho các địa phương tiếp tục theo dõi.',
  '03-24': 'Tại các chốt kiểm soát dịch bệnh trên Quốc lộ 1A (huyện Hữu Lũng), Quốc lộ 1B (huyện Bắc Sơn) và Quốc lộ 4B (huyện Đình Lập), lực lượng y tế, công an và quân sự trực 24/24 giờ, đo thân nhiệt và hướng dẫn người đến tỉnh khai báo y tế.',
  '03-25': 'Số người cách ly tập trung tăng mạnh do các khu cách ly của tỉnh tiếp nhận thêm công dân nhập cảnh. Các tỉnh, thành phố có người đi cùng chuyến bay với bệnh nhân đã được thông báo để phối hợp truy vết.',
  '03-26': 'Ca bệnh thứ tư (lái xe, huyện Văn Lãng) đã khỏi bệnh, ra viện. Ngành y tế tiếp tục theo dõi sức khỏe người bệnh tại nhà trong 14 ngày.',
  '03-27': 'Chiều cùng ngày, Ban Chỉ đạo tỉnh họp khẩn và ban hành Thông báo số 15/TB-BCĐ ngày 27/3/2020 kết luận các biện pháp cấp bách: truy vết toàn bộ người tiếp xúc với bệnh nhân, rà soát người đã đến Bệnh viện Bạch Mai và triển khai Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ về đợt cao điểm phòng, chống dịch.',
  '03-28': 'Căn cứ Thông báo số 15/TB-BCĐ ngày 27/3/2020 của Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh, từ hôm nay tỉnh Lạng Sơn chính thức công bố áp dụng các biện pháp phòng, chống dịch ở cấp độ 2. Các cơ sở kinh doanh dịch vụ không thiết yếu tạm dừng hoạt động; nhà hàng, quán ăn chỉ bán mang về; không tập trung trên 10 người ngoài phạm vi công sở, trường học, bệnh viện. 37 người tiếp xúc gần với ca bệnh thứ mười bốn đã được cách ly tập trung.',
  '03-29': 'Ca bệnh thứ năm đã khỏi bệnh, ra viện. Trong ngày, ngành y tế lấy mẫu xét nghiệm cho 143 người từng đến Bệnh viện Bạch Mai từ ngày 12/3/2020 đã khai báo với trạm y tế xã, phường.',
  '03-30': 'Khu dân cư nơi hai bệnh nhân sinh sống đã được phun khử khuẩn; 22 người tiếp xúc gần được đưa đi cách ly tập trung, những người tiếp xúc với các trường hợp này được yêu cầu cách ly tại nhà.',
  '03-31': 'Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Chỉ thị số 03/CT-UBND ngày 31/3/2020 về thực hiện cách ly toàn xã hội trên địa bàn tỉnh trong 15 ngày, từ 0h ngày 01/4/2020 đến hết ngày 15/4/2020. Chỉ thị này thay thế Công điện số 02/CĐ-UBND ngày 17/3/2020.',
  '04-01': 'Ngày đầu thực hiện cách ly xã hội, đường phố TP Lạng Sơn và các thị trấn vắng người; phần lớn cửa hàng kinh doanh hàng hóa, dịch vụ không thiết yếu đã đóng cửa. Từ 12h00 hôm nay, chợ Đông Kinh, chợ Giếng Vuông và chợ Kỳ Lừa tạm dừng hoạt động. Thủ tướng Chính phủ đã ban hành Quyết định số 447/QĐ-TTg ngày 01/4/2020 công bố dịch COVID-19.',
  '04-02': 'Hai ca bệnh thứ sáu và thứ bảy (du học sinh trở về từ Anh, trú tại huyện Hữu Lũng) đã khỏi bệnh, ra viện. Tổ công tác liên ngành tiếp tục kiểm tra, nhắc nhở các cửa hàng thực hiện đóng cửa theo Chỉ thị số 03/CT-UBND ngày 31/3/2020.',
  '04-03': 'Chốt kiểm soát trên Quốc lộ 1B tiếp tục hướng dẫn người từ các tỉnh, thành phố khác về huyện Bắc Sơn khai báo y tế; người về từ địa phương có ca bệnh được cách ly theo quy định.',
  '04-04': 'Hoạt động vận tải hành khách liên tỉnh và xe buýt nội tỉnh tạm dừng trong thời gian cách ly xã hội; chỉ các phương tiện chở hàng hóa thiết yếu, xe công vụ và trường hợp đặc biệt được lưu thông. Hàng hóa xuất nhập khẩu qua các cửa khẩu vẫn được thông quan có kiểm soát.',
  '04-05': 'Ca bệnh thứ tám (huyện Chi Lăng) đã khỏi bệnh, ra viện. Lực lượng công an đã nhắc nhở, xử phạt một số trường hợp không đeo khẩu trang nơi công cộng và tụ tập ăn uống trong thời gian cách ly xã hội.',
  '04-06': 'Vì bệnh nhân được cách ly trước khi có kết quả dương tính nên không phát sinh thêm người tiếp xúc trong cộng đồng.',
  '04-07': 'Sở Công Thương cho biết nguồn cung lương thực, thực phẩm trên địa bàn tỉnh được bảo đảm; các siêu thị và cửa hàng tiện lợi vẫn mở cửa, giá cả ổn định. Tại khu vực các chợ tạm dừng hoạt động, điểm bán rau, thịt được bố trí giãn cách ngoài trời.',
  '04-08': 'Hai ca bệnh thứ chín và thứ mười (TP Lạng Sơn) đã khỏi bệnh, ra viện. Đến nay toàn tỉnh có 10 ca khỏi bệnh; các bệnh nhân còn lại đều có sức khỏe ổn định.',
  '04-09': 'Bệnh nhân đã được chuyển đến Bệnh viện Đa khoa tỉnh điều trị; 14 người tiếp xúc gần được cách ly tập trung. Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn tăng cường khử khuẩn bãi xe và yêu cầu lái xe không rời khỏi khu vực quy định.',
  '04-10': 'Sau 10 ngày thực hiện cách ly xã hội, toàn tỉnh ghi nhận 4 ca mắc mới, tất cả đều đã được cách ly từ trước hoặc được phát hiện qua xét nghiệm chủ động. Các xã, phường đang rà soát hộ nghèo, người lao động mất việc làm do dịch để đề xuất hỗ trợ theo Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ.',
};

/** How the day's new cases are described (first paragraph on those days). */
const CASES = {
  '02-16': 'Trưa 16/02/2020, Sở Y tế nhận được kết quả xét nghiệm khẳng định của Viện Vệ sinh dịch tễ Trung ương: một trường hợp đang cách ly tập trung tại huyện Cao Lộc dương tính với vi rút SARS-CoV-2. Bệnh nhân là nam, 34 tuổi, lao động tự do, nhập cảnh qua cửa khẩu Hữu Nghị ngày 04/02/2020 và được cách ly tập trung ngay sau khi nhập cảnh. Đây là ca mắc COVID-19 đầu tiên trên địa bàn tỉnh.',
  '02-20': 'Ngày 20/02/2020, tỉnh ghi nhận thêm 01 ca mắc COVID-19: nữ, 29 tuổi, trú tại huyện Cao Lộc, là một trong 12 người tiếp xúc gần với ca bệnh đầu tiên (đi cùng chuyến xe khi nhập cảnh). Bệnh nhân được cách ly từ ngày 04/02/2020, có kết quả xét nghiệm lần 2 dương tính và đã được chuyển đến Bệnh viện Đa khoa tỉnh điều trị.',
  '02-27': 'Ngày 27/02/2020, Sở Y tế ghi nhận ca mắc COVID-19 thứ ba trên địa bàn tỉnh: nam, 52 tuổi, trú tại phường Vĩnh Trại, TP Lạng Sơn, lái xe vận chuyển hàng hóa tại khu vực cửa khẩu. Bệnh nhân có biểu hiện sốt, ho từ ngày 24/02/2020, đến khám tại Bệnh viện Đa khoa tỉnh, được cách ly và lấy mẫu xét nghiệm ngay.',
  '03-08': 'Ngày 08/3/2020, tỉnh ghi nhận ca mắc COVID-19 thứ tư: nam, 41 tuổi, trú tại huyện Văn Lãng, lái xe vận chuyển hàng hóa qua cửa khẩu Tân Thanh. Bệnh nhân được phát hiện qua đợt xét nghiệm chủ động cho lái xe đường dài, chưa có triệu chứng, đang được điều trị cách ly tại Bệnh viện Đa khoa tỉnh.',
  '03-12': 'Ngày 12/3/2020, tỉnh ghi nhận ca mắc COVID-19 thứ năm: nữ, 47 tuổi, trú tại phường Vĩnh Trại, TP Lạng Sơn, là vợ của ca bệnh thứ ba. Bệnh nhân đã được cách ly tập trung từ ngày 27/02/2020; hai lần xét nghiệm trước đều âm tính, đến lần thứ ba có kết quả dương tính.',
  '03-16': 'Ngày 16/3/2020, tỉnh ghi nhận thêm 02 ca mắc COVID-19 (ca thứ sáu và thứ bảy), đều trú tại huyện Hữu Lũng, là du học sinh trở về từ Anh, nhập cảnh qua sân bay Nội Bài ngày 13/3/2020 và được đưa thẳng về khu cách ly tập trung của tỉnh. Cả hai bệnh nhân chưa có triệu chứng, đang được điều trị cách ly tại Bệnh viện Đa khoa tỉnh.',
  '03-19': 'Ngày 19/3/2020, tỉnh ghi nhận ca mắc COVID-19 thứ tám: nữ, 24 tuổi, trú tại huyện Chi Lăng, lao động trở về từ Hàn Quốc, nhập cảnh ngày 10/3/2020 và được cách ly tập trung từ khi về đến tỉnh. Bệnh nhân ho, đau họng nhẹ, đang được điều trị tại Bệnh viện Đa khoa tỉnh.',
  '03-21': 'Ngày 21/3/2020, tỉnh ghi nhận thêm 02 ca mắc COVID-19 (ca thứ chín và thứ mười), đều trú tại TP Lạng Sơn, là người Việt Nam trở về từ Pháp trên cùng chuyến bay, được cách ly tập trung ngay sau khi nhập cảnh.',
  '03-23': 'Ngày 23/3/2020, tỉnh ghi nhận ca mắc COVID-19 thứ mười một: nam, 38 tuổi, trú tại huyện Lộc Bình, trở về từ Thái Lan ngày 18/3/2020, đã được cách ly tập trung từ khi nhập cảnh.',
  '03-25': 'Ngày 25/3/2020, tỉnh ghi nhận thêm 02 ca mắc COVID-19 (ca thứ mười hai và mười ba), đều trú tại huyện Cao Lộc, trở về từ Thái Lan trên cùng chuyến bay với ca bệnh thứ mười một và đã được cách ly tập trung từ khi nhập cảnh.',
  '03-27': 'Ngày 27/3/2020, tỉnh ghi nhận ca mắc COVID-19 thứ mười bốn: nam, 30 tuổi, trú tại huyện Đình Lập, từng chăm sóc người nhà tại Bệnh viện Bạch Mai (Hà Nội) từ ngày 12 đến ngày 20/3/2020. Bệnh nhân tự khai báo y tế khi trở về địa phương, được lấy mẫu xét nghiệm và có kết quả dương tính.',
  '03-30': 'Ngày 30/3/2020, tỉnh ghi nhận thêm 02 ca mắc COVID-19 (ca thứ mười lăm và mười sáu), trú tại TP Lạng Sơn, là hai mẹ con từng đi khám bệnh tại Bệnh viện Bạch Mai trong tháng 3/2020. Hai bệnh nhân được phát hiện qua đợt rà soát, lấy mẫu những người đã đến Bệnh viện Bạch Mai và đã được cách ly từ ngày 28/3/2020.',
  '04-01': 'Ngày 01/4/2020, tỉnh ghi nhận ca mắc COVID-19 thứ mười bảy: nữ, 33 tuổi, trú tại huyện Tràng Định, là chị gái của ca bệnh thứ mười bốn, từng cùng chăm sóc người nhà tại Bệnh viện Bạch Mai và đã được cách ly tập trung từ ngày 28/3/2020.',
  '04-03': 'Ngày 03/4/2020, tỉnh ghi nhận ca mắc COVID-19 thứ mười tám: nam, 26 tuổi, trú tại huyện Bắc Sơn, trở về từ TP Hồ Chí Minh ngày 29/3/2020, đã tự khai báo y tế và được cách ly tập trung ngay khi về địa phương.',
  '04-06': 'Ngày 06/4/2020, tỉnh ghi nhận ca mắc COVID-19 thứ mười chín: nam, 63 tuổi, trú tại TP Lạng Sơn, là người tiếp xúc gần với ca bệnh thứ mười lăm, đã được cách ly tập trung từ ngày 30/3/2020.',
  '04-09': 'Ngày 09/4/2020, tỉnh ghi nhận ca mắc COVID-19 thứ hai mươi: nam, 45 tuổi, trú tại huyện Cao Lộc, lái xe vận tải hàng hóa tại cửa khẩu Hữu Nghị, được phát hiện qua đợt xét nghiệm chủ động định kỳ cho lái xe.',
};

const NOTE = {
  '03-16': 'Bản tin hôm nay phát hành lúc 17h00, muộn hơn thường lệ hai giờ, do Sở Y tế chờ kết quả xét nghiệm khẳng định của Viện Vệ sinh dịch tễ Trung ương để công bố số liệu chính xác.',
  '03-31': 'Bản tin hôm nay phát hành lúc 17h00 do lãnh đạo Sở Y tế dự phiên họp khẩn của Ban Chỉ đạo tỉnh triển khai Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ. Người dân theo dõi toàn văn Chỉ thị số 03/CT-UBND tại mục Văn bản chỉ đạo.',
};

/** Advice to citizens, by period; the day picks one in turn. */
const ADVICE_FEB = [
  'Sở Y tế khuyến cáo người dân thường xuyên rửa tay bằng xà phòng hoặc dung dịch sát khuẩn, đeo khẩu trang khi ra nơi công cộng, hạn chế đến chỗ đông người. Khi có biểu hiện sốt, ho, khó thở, không tự ý đến cơ sở y tế mà gọi điện cho đường dây nóng để được hướng dẫn.',
  'Người dân trở về từ vùng có dịch cần chủ động khai báo với trạm y tế xã, phường nơi cư trú và tự theo dõi sức khỏe trong 14 ngày. Việc che giấu thông tin, không khai báo y tế có thể bị xử lý theo quy định của pháp luật.',
  'Đề nghị người dân chỉ tiếp nhận thông tin về dịch bệnh từ các kênh chính thống như trang thông tin này, Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh; không đăng tải, chia sẻ thông tin chưa được kiểm chứng trên mạng xã hội.',
  'Các gia đình nên giữ vệ sinh nhà ở, mở cửa cho thông thoáng, lau rửa các bề mặt thường xuyên tiếp xúc như tay nắm cửa, mặt bàn bằng chất tẩy rửa thông thường. Che miệng, mũi khi ho, hắt hơi, tốt nhất bằng khăn giấy hoặc ống tay áo; không khạc nhổ bừa bãi.',
  'Người dân không nên sang Trung Quốc hoặc đến các vùng đang có dịch khi không thật cần thiết; trường hợp bắt buộc phải đi, khi trở về cần khai báo ngay với cơ quan y tế. Không sử dụng, mua bán động vật hoang dã; ăn chín, uống chín.',
  'Người cao tuổi và người có bệnh mạn tính nên hạn chế ra khỏi nhà, tăng cường dinh dưỡng, vận động nhẹ nhàng để nâng cao sức khỏe. Khi cần đi khám bệnh định kỳ, hãy liên hệ trước với cơ sở y tế để được hẹn giờ, tránh chờ đợi đông người.',
  'Các cơ sở kinh doanh, bến xe, siêu thị cần bố trí nước rửa tay, nhắc nhở khách hàng đeo khẩu trang và giữ khoảng cách khi xếp hàng. Hành khách đi xe liên tỉnh nên giữ lại vé xe để thuận tiện cho việc truy vết khi cần.',
];
const ADVICE_MAR = [
  'Người dân khai báo y tế tự nguyện qua ứng dụng NCOVI hoặc trang tokhaiyte.vn; người không dùng điện thoại thông minh có thể khai báo trực tiếp tại trạm y tế xã, phường. Thông tin khai báo được bảo mật và chỉ dùng cho công tác phòng, chống dịch.',
  ADVICE_FEB[0],
  'Mỗi người nên dùng khẩu trang vải sạch, giặt hằng ngày khi ra ngoài; không tích trữ khẩu trang y tế và nước sát khuẩn. Khẩu trang y tế nên để dành cho nhân viên y tế và người đang có triệu chứng hô hấp.',
  ADVICE_FEB[2],
  'Hạn chế tụ tập đông người, tạm hoãn các cuộc gặp mặt, liên hoan không cần thiết; giữ khoảng cách khi giao tiếp. Người đi làm, đi chợ nên về thẳng nhà, thay quần áo, rửa tay bằng xà phòng trước khi tiếp xúc với người thân, nhất là trẻ nhỏ và người già.',
  ADVICE_FEB[1],
  ADVICE_FEB[3],
];
const ADVICE_MASK = 'Từ ngày 16/3/2020, đeo khẩu trang là bắt buộc khi đến nơi công cộng và trên các phương tiện giao thông công cộng. Lực lượng chức năng sẽ nhắc nhở, xử lý các trường hợp không chấp hành.';
const ADVICE_BACH_MAI = 'Người từng đến Bệnh viện Bạch Mai (Hà Nội) từ ngày 12/3/2020 đến nay cần khai báo ngay với trạm y tế xã, phường nơi cư trú hoặc gọi đường dây nóng của Sở Y tế để được hướng dẫn lấy mẫu xét nghiệm.';
const ADVICE_APR = [
  'Thực hiện cách ly xã hội, mỗi người dân cần ở tại nhà, chỉ ra ngoài khi thật cần thiết như mua lương thực, thực phẩm, thuốc men, cấp cứu, làm việc tại cơ sở sản xuất, kinh doanh hàng hóa, dịch vụ thiết yếu. Khi ra ngoài phải đeo khẩu trang, giữ khoảng cách tối thiểu 2 mét và không tập trung quá 2 người ngoài phạm vi công sở, trường học, bệnh viện.',
  'Đề nghị các gia đình hoãn tổ chức đám cưới, tiệc mừng; đám tang tổ chức gọn, hạn chế số người dự. Các hoạt động tôn giáo, tín ngưỡng tập trung đông người tạm dừng theo chỉ đạo của Ủy ban nhân dân tỉnh.',
  'Người dân có thể mua lương thực, thực phẩm tại các cửa hàng, siêu thị và điểm bán hàng thiết yếu vẫn mở cửa; nguồn hàng trên địa bàn bảo đảm đầy đủ, không cần mua tích trữ. Mỗi gia đình nên cử một người đi chợ, vào giờ vắng khách.',
  ADVICE_BACH_MAI,
  'Mỗi người dân hãy là một chiến sĩ phòng dịch: khi biết có người từ vùng dịch trở về mà chưa khai báo y tế, đề nghị thông báo cho trưởng thôn, tổ trưởng dân phố hoặc trạm y tế xã, phường.',
  ADVICE_MAR[0],
];
function advicePool(k) {
  if (k < '03-10') return ADVICE_FEB;
  if (k < '03-16') return ADVICE_MAR;
  if (k < '03-28') return [...ADVICE_MAR, ADVICE_MASK];
  if (k < '04-01') return [ADVICE_BACH_MAI, ADVICE_MASK, ADVICE_MAR[0], ADVICE_MAR[4]];
  return ADVICE_APR;
}
let lastAdvice = '';
const adviceCursor = new Map();
function advice(k) {
  const pool = advicePool(k);
  let c = adviceCursor.get(pool) ?? 0;
  let a = pool[c % pool.length];
  if (a === lastAdvice) a = pool[++c % pool.length];
  adviceCursor.set(pool, c + 1);
  lastAdvice = a;
  return a;
}

/** The day's figures in words; the template changes from day to day. */
function situation(r, prev, hour) {
  const d = vnDate(r.iso);
  const D = r.k < '02-12' ? 'bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona (nCoV)' : 'COVID-19';
  const under = r.confirmed - r.recovered - r.deaths;
  const f = { susp: fmt(r.suspected), fac: fmt(r.quarantinedFacility), home: fmt(r.quarantinedHome), tested: fmt(r.tested), today: fmt(r.testedToday) };
  if (r.confirmed === 0) {
    const zero = [
      `Tính đến ${hour} ngày ${d}, trên địa bàn tỉnh Lạng Sơn chưa ghi nhận trường hợp mắc ${D}. Hiện có ${f.susp} trường hợp nghi ngờ đang được cách ly, theo dõi tại các cơ sở y tế; ${f.fac} người đang cách ly tập trung và ${f.home} người đang cách ly, theo dõi sức khỏe tại nhà, nơi lưu trú. Lũy kế đã xét nghiệm ${f.tested} mẫu, các mẫu đã có kết quả đều âm tính.`,
      `Đến ${hour} hôm nay (${d}), tỉnh tiếp tục chưa có ca mắc ${D}. Trong ngày, các đơn vị lấy thêm ${f.today} mẫu bệnh phẩm, nâng tổng số mẫu đã xét nghiệm lên ${f.tested}; chưa có mẫu nào dương tính. Số người đang cách ly tập trung là ${f.fac}, cách ly tại nhà, nơi lưu trú là ${f.home}; ${f.susp} trường hợp nghi ngờ đang được theo dõi.`,
      `Trong 24 giờ qua, Lạng Sơn không ghi nhận ca mắc ${D}. Toàn tỉnh đang theo dõi ${f.susp} trường hợp nghi ngờ, cách ly tập trung ${f.fac} người (chủ yếu là công dân trở về từ Trung Quốc qua các cửa khẩu) và cách ly tại nhà, nơi lưu trú ${f.home} người. Tổng số mẫu xét nghiệm đến nay là ${f.tested}, đều cho kết quả âm tính.`,
    ];
    return zero[r.i % zero.length];
  }
  const rec = r.recovered === 0 ? 'chưa có ca nào ra viện' : `${r.recovered} ca đã khỏi bệnh, ra viện`;
  const recCap = rec[0].toUpperCase() + rec.slice(1);
  if (r.confirmedNew > 0) {
    const after = [
      `Như vậy, tính đến ${hour} ngày ${d}, toàn tỉnh có ${r.confirmed} ca mắc COVID-19; ${rec}, ${under} ca đang điều trị, không có ca tử vong. Hiện có ${f.susp} trường hợp nghi ngờ, ${f.fac} người cách ly tập trung, ${f.home} người cách ly tại nhà, nơi lưu trú; lũy kế ${f.tested} mẫu đã xét nghiệm.`,
      `Với ${r.confirmedNew === 1 ? 'ca bệnh mới' : `${r.confirmedNew} ca bệnh mới`}, tổng số ca mắc COVID-19 trên địa bàn tỉnh là ${r.confirmed}, trong đó ${rec} và ${under} ca đang điều trị. Các cơ sở y tế đang theo dõi ${f.susp} trường hợp nghi ngờ; ${f.fac} người đang cách ly tập trung và ${f.home} người cách ly tại nhà, nơi lưu trú. Trong ngày lấy thêm ${f.today} mẫu, lũy kế ${f.tested} mẫu.`,
      `Cập nhật đến ${hour} ngày ${d}: lũy kế ${r.confirmed} ca mắc (tăng ${r.confirmedNew} so với hôm qua), ${under} ca đang điều trị, ${rec}. Số trường hợp nghi ngờ: ${f.susp}; cách ly tập trung: ${f.fac}; cách ly tại nhà, nơi lưu trú: ${f.home}; mẫu đã xét nghiệm: ${f.tested}.`,
    ];
    return after[Math.floor(r.i / 2) % after.length];
  }
  const none = [
    `Tính đến ${hour} ngày ${d}, toàn tỉnh ghi nhận lũy kế ${r.confirmed} ca mắc COVID-19, không có ca mắc mới trong ngày. ${recCap}; ${under} ca đang được điều trị cách ly, sức khỏe ổn định. Hiện có ${f.susp} trường hợp nghi ngờ, ${f.fac} người cách ly tập trung và ${f.home} người cách ly tại nhà, nơi lưu trú. Lũy kế đã xét nghiệm ${f.tested} mẫu.`,
    `Ngày ${d}, Lạng Sơn không phát sinh ca bệnh mới; tổng số ca mắc trên địa bàn vẫn là ${r.confirmed}, ${r.recovered === 0 ? `tất cả đang được điều trị` : `trong đó ${r.recovered} ca đã khỏi bệnh và ${under} ca đang điều trị`}. Các cơ sở y tế đang theo dõi ${f.susp} trường hợp nghi ngờ. Số người cách ly tập trung là ${f.fac}, cách ly tại nhà, nơi lưu trú là ${f.home}. Trong ngày lấy thêm ${f.today} mẫu, lũy kế ${f.tested} mẫu.`,
    `Trong 24 giờ qua, không ghi nhận thêm ca mắc COVID-19 trên địa bàn tỉnh. Lũy kế ${r.confirmed} ca (${rec}, không có ca tử vong). Các khu cách ly tập trung đang theo dõi ${f.fac} người; ${f.home} người cách ly tại nhà, nơi lưu trú; ${f.susp} trường hợp nghi ngờ đang chờ kết quả xét nghiệm. Tổng số mẫu đã xét nghiệm: ${f.tested}.`,
    `Cập nhật đến ${hour} ngày ${d}: tổng số ca mắc COVID-19 của tỉnh là ${r.confirmed}, không tăng so với hôm qua. ${under} người bệnh đang điều trị tại khu cách ly của Bệnh viện Đa khoa tỉnh, ${r.recovered === 0 ? 'chưa có người bệnh ra viện' : `${r.recovered} người bệnh đã ra viện`}. Số trường hợp nghi ngờ: ${f.susp}; cách ly tập trung: ${f.fac}; cách ly tại nhà, nơi lưu trú: ${f.home}; mẫu đã xét nghiệm: ${f.tested}.`,
  ];
  return none[r.i % none.length];
}

// ---- checks on the hand-written words ---------------------------------------------------------
{
  const at = (k) => rows.find((r) => r.k === k);
  const assert = (cond, msg) => { if (!cond) throw new Error(msg); };
  assert(at('04-08').recovered === 10, '04-08 says 10 recovered');
  assert(rows.filter((r) => r.k >= '04-01').reduce((s, r) => s + r.confirmedNew, 0) === 4, '04-10 says 4 cases in April');
  let n = 0;
  for (const r of rows) {
    for (let j = 0; j < r.confirmedNew; j++) {
      n += 1;
      assert(CASES[r.k], `no case text for ${r.k}`);
    }
    if (r.confirmedNew === 1) assert(CASES[r.k].includes(ORD[n]) || n === 2, `case ${n} ordinal on ${r.k}`);
  }
  assert(n === at('04-10').confirmed, 'case count');
  for (const r of rows) assert(HIGHLIGHT[r.k], `no highlight for ${r.k}`);
  const c = at(CORRECTION_DAY), p = rows[c.i - 1];
  assert(c.tested < p.tested, 'correction day must go down');
}

// ---- files ------------------------------------------------------------------------------------
mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) if (/^\d{4}-\d{2}-\d{2}\.md$/.test(f)) rmSync(path.join(OUT, f));

rows.forEach((r, i) => {
  const prev = rows[i - 1];
  const late = LATE[r.k];
  const hour = late ? '17h00' : '15h00';
  const fm = ['---', `date: ${r.iso}`];
  if (late) fm.push('time: "17:00"');
  if (DECLARED_LEVEL[r.k]) fm.push(`alertLevel: ${DECLARED_LEVEL[r.k]}`);
  fm.push(
    'stats:',
    `  confirmed: ${r.confirmed}`,
    `  confirmedNew: ${r.confirmedNew}`,
    `  recovered: ${r.recovered}`,
    `  deaths: ${r.deaths}`,
    `  suspected: ${r.suspected}`,
    `  quarantinedFacility: ${r.quarantinedFacility}`,
    `  quarantinedHome: ${r.quarantinedHome}`,
    `  tested: ${r.tested}`,
    'districts:',
    ...DISTRICTS.map((d) => `  - { name: ${d}, confirmed: ${r.districts[d]} }`),
  );
  if (r.k === CORRECTION_DAY) {
    fm.push(`correction: "Sau khi rà soát, đối chiếu với Trung tâm Kiểm soát bệnh tật tỉnh, đã loại bỏ ${DUPLICATES_REMOVED} mẫu bị thống kê trùng giữa các đơn vị lấy mẫu; số mẫu xét nghiệm lũy kế vì vậy thấp hơn bản tin ngày 19/03/2020 (${fmt(prev.tested)} mẫu)."`);
  }
  if (i === 0) fm.push('aliases: [/ban-tin/dau-tien/]');
  fm.push('---');

  const paras = [];
  if (CASES[r.k]) {
    paras.push(CASES[r.k], situation(r, prev, hour), HIGHLIGHT[r.k]);
  } else {
    paras.push(situation(r, prev, hour), HIGHLIGHT[r.k]);
  }
  if (NOTE[r.k]) paras.push(NOTE[r.k]);
  if (paras.length < 4) paras.push(advice(r.k));
  const body = paras.join('\n\n');
  writeFileSync(path.join(OUT, `${r.iso}.md`), `${fm.join('\n')}\n${body}\n`.normalize('NFC'));
});
console.log(`wrote ${rows.length} bulletins to ${OUT}`);
