/** Issue "One bulletin, every channel": the text message and the LED text of a bulletin. */
import { describe, expect, test } from 'vitest';
import { bulletinMessage, defaultSender, gsmLength, toGsm, type MessageFacts } from '../../src/domain/sms.ts';

const day: MessageFacts = {
  sender: 'SYT Lạng Sơn',
  date: '2020-05-10',
  time: '15:00',
  confirmed: 24,
  confirmedNew: 0,
  recovered: 20,
  recoveredChange: 0,
  deaths: 0,
  deathsChange: 0,
  level: 1,
  address: 'sukien.langson.gov.vn',
  demo: false,
  corrected: false,
};

describe('GSM-7', () => {
  test('tone marks and đ go, capitals stay, characters outside the alphabet are replaced, not dropped', () => {
    expect(toGsm('Sở Y tế Lạng Sơn – “Đình Lập” …')).toBe('So Y te Lang Son - "Dinh Lap" ...');
    expect(gsmLength(toGsm('Ưu tiên Đắk Lắk'))).toBe(15);
  });
  test('the extension characters count double, and a tone mark cannot be sent', () => {
    expect(gsmLength('a[b]€')).toBe(8);
    expect(gsmLength('ạ')).toBeUndefined();
  });
});

describe('the message of a bulletin', () => {
  test('reads as the example: sender, time, date, figures, alert level, address', () => {
    expect(bulletinMessage(day)).toBe(
      'SYT Lang Son 15h 10/05/2020: 24 ca mac (+0), 20 khoi, 0 tu vong. Cap do 1. Chi tiet: sukien.langson.gov.vn',
    );
    expect(bulletinMessage(day, { toned: true })).toBe(
      'SYT Lạng Sơn 15h 10/05/2020: 24 ca mắc (+0), 20 khỏi, 0 tử vong. Cấp độ 1. Chi tiết: sukien.langson.gov.vn',
    );
  });
  test('a level estimated from the cases says so: the message never passes an estimate off as the declared level', () => {
    expect(bulletinMessage({ ...day, levelEstimated: true })).toContain(' Cap do uoc tinh 1. ');
    expect(bulletinMessage({ ...day, levelEstimated: true }, { toned: true })).toContain(' Cấp độ ước tính 1. ');
  });
  test('the day’s new cases without the cumulative figure; a fall of the cases is shown as a fall', () => {
    expect(bulletinMessage({ ...day, confirmed: undefined, confirmedNew: 3, recovered: undefined, deaths: undefined })).toBe(
      'SYT Lang Son 15h 10/05/2020: 3 ca mac moi. Cap do 1. Chi tiet: sukien.langson.gov.vn',
    );
    expect(bulletinMessage({ ...day, confirmedNew: -67, corrected: true })).toMatch(
      /^Dinh chinh: SYT Lang Son 15h 10\/05\/2020: 24 ca mac \(-67\)/,
    );
  });
  test('demo data and a correction say so', () => {
    expect(bulletinMessage({ ...day, demo: true })).toMatch(/^\[du lieu minh hoa\] SYT/);
    expect(bulletinMessage({ ...day, corrected: true }, { toned: true })).toMatch(/^Đính chính: SYT/);
  });
  test('the default sender comes from the bulletin source', () => {
    expect(defaultSender('Sở Y tế tỉnh Lạng Sơn')).toBe('SYT Lạng Sơn');
    expect(defaultSender('Sở Y tế thành phố Hà Nội')).toBe('SYT Hà Nội');
  });

  const extreme: MessageFacts = {
    ...day,
    sender: defaultSender('Sở Y tế tỉnh Bà Rịa – Vũng Tàu và các vùng phụ cận rất dài tên'),
    confirmed: 9_876_543,
    confirmedNew: 1_234_567,
    recovered: 8_765_432,
    recoveredChange: 12_345,
    deaths: 1_234_567,
    deathsChange: 0,
    level: 5,
    levelEstimated: true,
    address: 'thong-tin-phong-chong-dich-benh.so-thong-tin-va-truyen-thong.ba-ria-vung-tau.gov.vn/covid-19/tin-tuc',
    demo: true,
    corrected: true,
  };
  test.each([false, true])('extreme figures, a long province name and a long address still fit (with tone marks: %s)', (toned) => {
    const text = bulletinMessage(extreme, { toned });
    expect(toned ? [...text].length : gsmLength(text)).toBeLessThanOrEqual(160);
    // Nothing is cut inside a word or a number, and what matters stays.
    const full = `${extreme.sender} 9876543 1234567 8765432 1234567`;
    for (const word of text.match(/\d+/g)!) expect(full.includes(word) || /^(15|10|05|2020|5)$/.test(word)).toBe(true);
    expect(text).toContain('9876543');
    expect(text).toContain('+1234567');
    expect(text).toMatch(toned ? /Cấp độ ước tính 5\./ : /Cap do uoc tinh 5\./);
    expect(text).toMatch(toned ? /Dữ liệu minh họa/ : /du lieu minh hoa/);
  });
  test('a long sender gives up its last words before the address goes; the time is read as written', () => {
    const text = bulletinMessage(
      { ...day, time: '07:30', sender: 'Ban Chỉ đạo phòng chống dịch tỉnh Lạng Sơn', recoveredChange: 3 },
      { limit: 100 },
    );
    expect(text).toMatch(/ 7h30 10\/05\/2020: .*sukien\.langson\.gov\.vn$/);
    expect(text.startsWith('Ban Chi dao')).toBe(true);
  });
  test('unchanged figures go first, then the others, "Chi tiet:", the address last', () => {
    const some = { ...day, recoveredChange: 3 };
    expect(bulletinMessage(some, { limit: 100 })).toBe(
      'SYT Lang Son 15h 10/05/2020: 24 ca mac (+0), 20 khoi. Cap do 1. Chi tiet: sukien.langson.gov.vn',
    );
    expect(bulletinMessage(some, { limit: 90 })).toBe(
      'SYT Lang Son 15h 10/05/2020: 24 ca mac (+0). Cap do 1. Chi tiet: sukien.langson.gov.vn',
    );
    expect(bulletinMessage(some, { limit: 85 })).toBe('SYT Lang Son 15h 10/05/2020: 24 ca mac (+0). Cap do 1. sukien.langson.gov.vn');
    expect(bulletinMessage(some, { limit: 60 })).toBe('SYT Lang Son 15h 10/05/2020: 24 ca mac (+0). Cap do 1.');
  });
});
