/** Issue "One bulletin, every channel": numbers and sentences as a commune announcer reads them. */
import { describe, expect, test } from 'vitest';
import { radioScript } from '../../src/domain/radio-script.ts';
import {
  DEFAULT_SPEECH,
  readAloud,
  readDate,
  readDocumentNumber,
  readNumber,
  readPhone,
  readTime,
  type SpeechStyle,
} from '../../src/domain/vn-speech.ts';

const SOUTH: SpeechStyle = { thousand: 'ngàn', odd: 'lẻ', four: 'bốn', five: 'nhăm' };

// The hard cases, in the default style (nghìn, linh, tư, lăm) and the other (ngàn, lẻ, bốn, nhăm).
const TABLE: [number, string, string][] = [
  [0, 'không', 'không'],
  [1, 'một', 'một'],
  [4, 'bốn', 'bốn'],
  [5, 'năm', 'năm'],
  [10, 'mười', 'mười'],
  [11, 'mười một', 'mười một'],
  [14, 'mười bốn', 'mười bốn'],
  [15, 'mười lăm', 'mười nhăm'],
  [21, 'hai mươi mốt', 'hai mươi mốt'],
  [24, 'hai mươi tư', 'hai mươi bốn'],
  [25, 'hai mươi lăm', 'hai mươi nhăm'],
  [100, 'một trăm', 'một trăm'],
  [101, 'một trăm linh một', 'một trăm lẻ một'],
  [105, 'một trăm linh năm', 'một trăm lẻ năm'],
  [110, 'một trăm mười', 'một trăm mười'],
  [1_000, 'một nghìn', 'một ngàn'],
  [1_005, 'một nghìn không trăm linh năm', 'một ngàn không trăm lẻ năm'],
  [1_050, 'một nghìn không trăm năm mươi', 'một ngàn không trăm năm mươi'],
  [2_090, 'hai nghìn không trăm chín mươi', 'hai ngàn không trăm chín mươi'],
  [10_000, 'mười nghìn', 'mười ngàn'],
  [13_575, 'mười ba nghìn năm trăm bảy mươi lăm', 'mười ba ngàn năm trăm bảy mươi nhăm'],
  [100_000, 'một trăm nghìn', 'một trăm ngàn'],
  [1_000_000, 'một triệu', 'một triệu'],
  [1_000_000_000, 'một tỷ', 'một tỷ'],
];

describe('numbers in words, by Vietnamese rules', () => {
  test.each(TABLE)('%d → “%s” (or “%s”)', (n, standard, other) => {
    expect(readNumber(n)).toBe(standard);
    expect(readNumber(n, SOUTH)).toBe(other);
  });
});

describe('the parts of a bulletin read aloud', () => {
  test('a date, a time, a phone number group by group', () => {
    expect(readDate('2020-05-10')).toBe('ngày mười tháng năm năm hai nghìn không trăm hai mươi');
    expect(readTime('15:00')).toBe('mười lăm giờ');
    expect(readTime('07:30')).toBe('bảy giờ ba mươi phút');
    expect(readPhone('0205 3 870 115')).toBe('không hai không năm, ba, tám bảy không, một một năm');
    expect(readPhone('19009095')).toBe('một chín không không, chín không chín năm');
    expect(readPhone('0912345678')).toBe('không chín một hai, ba bốn năm, sáu bảy tám');
  });

  test.each([
    ['03/CT-UBND', 'Chỉ thị số ba của Ủy ban nhân dân'],
    ['35/CT-UBND', 'Chỉ thị số ba mươi lăm của Ủy ban nhân dân'],
    ['09/2017/NĐ-CP', 'Nghị định số chín năm hai nghìn không trăm mười bảy của Chính phủ'],
    ['15/TB-BCĐ', 'Thông báo số mười lăm của Ban Chỉ đạo'],
    ['16/CT-TTg', 'Chỉ thị số mười sáu của Thủ tướng Chính phủ'],
    ['1102/SYT-NVY', 'Công văn số một nghìn một trăm linh hai của Sở Y tế'],
    ['106/STTTT-TTBCXB', 'Công văn số một trăm linh sáu của Sở Thông tin và Truyền thông'],
  ])('document number %s → “%s”', (number, spoken) => {
    expect(readDocumentNumber(number)).toBe(spoken);
  });
});

describe('golden sentences: no number is left in digits', () => {
  test.each([
    [
      'Tính đến 15h00 ngày 10/05/2020, toàn tỉnh có 1.336 người cách ly.',
      'Tính đến mười lăm giờ ngày mười tháng năm năm hai nghìn không trăm hai mươi, toàn tỉnh có một nghìn ba trăm ba mươi sáu người cách ly.',
    ],
    ['Tỷ lệ dương tính 3,5%.', 'Tỷ lệ dương tính ba phẩy năm phần trăm.'],
    ['Cách ly tại nhà 5–7 ngày.', 'Cách ly tại nhà năm đến bảy ngày.'],
    ['Số ca COVID-19 tại TP Lạng Sơn.', 'Số ca Cô-vít mười chín tại thành phố Lạng Sơn.'],
    ['Gọi 0205 3 870 115 khi có sốt.', 'Gọi không hai không năm, ba, tám bảy không, một một năm khi có sốt.'],
    ['Xử phạt theo Nghị định số 09/2017/NĐ-CP.', 'Xử phạt theo Nghị định số chín năm hai nghìn không trăm mười bảy của Chính phủ.'],
    ['Thực hiện Chỉ thị số 35/CT-UBND của UBND tỉnh.', 'Thực hiện Chỉ thị số ba mươi lăm của Ủy ban nhân dân tỉnh.'],
    ['Theo Công văn 1102/SYT-NVY.', 'Theo Công văn số một nghìn một trăm linh hai của Sở Y tế.'],
    ['Quốc lộ 1A và 4B.', 'Quốc lộ một A và bốn B.'],
    ['Có 1.000.000 người, 3.500 mẫu.', 'Có một triệu người, ba nghìn năm trăm mẫu.'],
    [
      'Gọi (0205) 3 812 000 hoặc 0912345678.',
      'Gọi không hai không năm, ba, tám một hai, không không không hoặc không chín một hai, ba bốn năm, sáu bảy tám.',
    ],
    [
      'Gọi 1800 599 920, +84 205 3870 115.',
      'Gọi một tám không không, năm chín chín, chín hai không, không hai không năm, ba tám bảy không, một một năm.',
    ],
    ['Hỗ trợ 80.000 đồng/người/ngày.', 'Hỗ trợ tám mươi nghìn đồng một người một ngày.'],
    ['Theo Nghị quyết số 30/2021/QH15.', 'Theo Nghị quyết số ba mươi năm hai nghìn không trăm hai mươi mốt của QH mười lăm.'],
    ['theo chỉ thị số 15/CT-TTg', 'theo chỉ thị số mười lăm của Thủ tướng Chính phủ'],
    ['Văn bản số 1102/SYT-NVY', 'Văn bản số một nghìn một trăm linh hai của Sở Y tế'],
    ['F0, F1 và F2 cách ly.', 'F không, F một và F hai cách ly.'],
    ['Mở cửa 8h-17h, thứ 4 và lần thứ 1.', 'Mở cửa tám giờ đến mười bảy giờ, thứ tư và lần thứ nhất.'],
    [
      '2/3 số ca từ 24/3, ngày 01/4/2020.',
      'hai trên ba số ca từ ngày hai mươi tư tháng ba, ngày một tháng tư năm hai nghìn không trăm hai mươi.',
    ],
    // April is "tháng tư"; a month with its year; a date after "hôm nay"; an ISO date; a time with a colon.
    ['Từ tháng 4/2020, ngày 15 tháng 04.', 'Từ tháng tư năm hai nghìn không trăm hai mươi, ngày mười lăm tháng tư.'],
    ['Trong tháng 4-5.', 'Trong tháng bốn đến năm.'],
    ['Hôm nay 1/4, có 1/4 số ca.', 'Hôm nay ngày một tháng tư, có một trên bốn số ca.'],
    ['Cập nhật 2020-03-05 lúc 7:30.', 'Cập nhật ngày năm tháng ba năm hai nghìn không trăm hai mươi lúc bảy giờ ba mươi phút.'],
    // The issuer named after the date is said once.
    [
      'Chỉ thị số 35/CT-UBND ngày 20/3/2020 của UBND tỉnh.',
      'Chỉ thị số ba mươi lăm ngày hai mươi tháng ba năm hai nghìn không trăm hai mươi của Ủy ban nhân dân tỉnh.',
    ],
    ['Người về từ TP.HCM.', 'Người về từ Thành phố Hồ Chí Minh.'],
    ['Chốt hoạt động 24/24 giờ, cách 2 km.', 'Chốt hoạt động hai mươi tư trên hai mươi tư giờ, cách hai ki-lô-mét.'],
    ['Từ ngày 24/3, BCĐ tỉnh họp.', 'Từ ngày hai mươi tư tháng ba, Ban Chỉ đạo tỉnh họp.'],
  ])('“%s”', (written, spoken) => {
    const read = readAloud(written);
    expect(read).toBe(spoken);
    expect(read).not.toMatch(/\d/);
  });

  test('a script that reads numbers digit by digit fails them', () => {
    expect(readAloud('1.336 người')).not.toBe('một ba ba sáu người');
    expect(DEFAULT_SPEECH).toEqual({ thousand: 'nghìn', odd: 'linh', four: 'tư', five: 'lăm' });
  });
});

describe('the radio script of a bulletin', () => {
  const facts = {
    source: 'Sở Y tế tỉnh Lạng Sơn',
    date: '2020-05-10',
    time: '15:00',
    known: { confirmed: 24, recovered: 21, deaths: 0, tested: 1305 },
    delta: { recovered: 1, tested: 105 },
    confirmedNew: 0,
    districts: [
      { name: 'TP Lạng Sơn', confirmed: 5 },
      { name: 'Cao Lộc', confirmed: 0 },
    ],
    level: 2 as const,
    declared: true,
    guidance: 'Người dân đeo khẩu trang nơi công cộng.',
    narrative: '**3 ca** đã khỏi bệnh.\n\n- Cách ly 14 ngày theo [hướng dẫn](/thong-tin/x/).',
    hotlines: [{ name: 'Đường dây nóng Sở Y tế', phone: '0205 3 870 115' }],
    siteName: 'Thông tin phòng, chống dịch COVID-19 tỉnh Lạng Sơn',
    demo: false,
  };
  test('opens with the source and the time, and holds no digit', () => {
    const script = radioScript(facts);
    expect(script).toMatch(
      /^Sở Y tế tỉnh Lạng Sơn thông tin tình hình dịch bệnh\.\n\nTính đến mười lăm giờ ngày mười tháng năm năm hai nghìn không trăm hai mươi, toàn tỉnh ghi nhận lũy kế hai mươi tư ca mắc, không có ca mắc mới trong ngày; hai mươi mốt ca khỏi bệnh, ra viện; không có ca tử vong; một nghìn ba trăm linh năm mẫu đã xét nghiệm\./,
    );
    expect(script).toContain('So với bản tin trước, số ca khỏi bệnh tăng một, số mẫu xét nghiệm tăng một trăm linh năm.');
    expect(script).toContain('Các huyện, thành phố có ca mắc: thành phố Lạng Sơn năm ca.');
    expect(script).toContain('Cấp độ dịch hiện nay là cấp hai, nguy cơ trung bình. Người dân đeo khẩu trang nơi công cộng.');
    expect(script).toContain('Ba ca đã khỏi bệnh.\n\nCách ly mười bốn ngày theo hướng dẫn.');
    expect(script).toContain('Đường dây nóng Sở Y tế, số không hai không năm, ba, tám bảy không, một một năm.');
    expect(script).not.toMatch(/\d/);
  });
  test('a level estimated from the cases is said to be an estimate, not the declared level, as the page says', () => {
    const script = radioScript({ ...facts, declared: false });
    expect(script).toContain(
      'Theo số ca đang điều trị, cấp độ dịch ước tính là cấp hai, nguy cơ trung bình; đây chưa phải cấp độ được công bố chính thức.',
    );
    expect(script).not.toContain('Cấp độ dịch hiện nay');
  });
  test('the day’s new cases are said without the cumulative figure; a fall of the cases is said; entities are read as the page shows them', () => {
    const newOnly = radioScript({ ...facts, known: { confirmedNew: 3 }, delta: {}, confirmedNew: 3, districts: [] });
    expect(newOnly).toContain('toàn tỉnh ghi nhận ba ca mắc mới trong ngày.');
    expect(newOnly).not.toContain('chưa có số liệu');
    const fall = radioScript({ ...facts, delta: { confirmed: -67 }, correction: 'Loại 67 ca trùng' });
    expect(fall).toContain('So với bản tin trước, số ca mắc giảm sáu mươi bảy.');
    expect(fall).toContain('Đính chính số liệu: Loại sáu mươi bảy ca trùng.\n\n');
    const entities = radioScript({ ...facts, narrative: 'Cách ly 14&ndash;21 ngày, R&amp;D.' });
    expect(entities).toContain('Cách ly mười bốn đến hai mươi mốt ngày, R&D.');
    expect(entities).not.toContain('&ndash;');
  });
  test('a correction says so, with its reason; demo data says so', () => {
    const script = radioScript({ ...facts, correction: 'Loại 214 mẫu trùng.', demo: true });
    expect(script).toContain('Đây là bản tin minh họa');
    expect(script).toContain('Đính chính số liệu: Loại hai trăm mười bốn mẫu trùng.');
  });
});
