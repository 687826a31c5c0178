/** Issue "One bulletin, every channel": the radio script and the messages say what the bulletin's page says. */
import { describe, expect, test } from 'vitest';
import { channelTexts, type ChannelBulletin, type ChannelSite } from '../../src/domain/channels.ts';
import { DEFAULT_SPEECH } from '../../src/domain/vn-speech.ts';

const site: ChannelSite = {
  name: 'Thông tin dịch bệnh tỉnh Thử Nghiệm',
  agency: 'Sở Thông tin và Truyền thông tỉnh Thử Nghiệm',
  url: 'https://example.org',
  base: '/',
  demo: false,
  speech: DEFAULT_SPEECH,
  alertGuidance: {},
};
const day: ChannelBulletin = {
  bulletin: { date: '2020-03-04', time: '15:00', source: 'Sở Y tế tỉnh Thử Nghiệm', body: '' },
  known: { confirmed: 100, recovered: 10, deaths: 0 },
  delta: { confirmed: 2 },
  confirmedNew: 2,
  alert: { level: 3, declared: true },
};

describe('every channel from one bulletin', () => {
  test('a declared level is said as the level; an estimated one as an estimate, as on the page', () => {
    const declared = channelTexts(day, site, []);
    expect(declared.script).toContain('Cấp độ dịch hiện nay là cấp ba');
    expect(declared.sms).toContain(' Cap do 3. ');
    const estimated = channelTexts({ ...day, alert: { level: 3, declared: false } }, site, []);
    expect(estimated.script).toContain('cấp độ dịch ước tính là cấp ba');
    expect(estimated.script).toContain('chưa phải cấp độ được công bố chính thức');
    expect(estimated.sms).toContain(' Cap do uoc tinh 3. ');
    expect(estimated.led).toContain(' Cấp độ ước tính 3. ');
  });

  test('a correction that lowers the cases shows the fall on every channel, not "+0" and "no new case"', () => {
    const fall = channelTexts(
      {
        ...day,
        bulletin: { ...day.bulletin, correction: 'Loại 67 ca trùng' },
        known: { confirmed: 33 },
        delta: { confirmed: -67 },
        confirmedNew: 0,
      },
      site,
      [],
    );
    expect(fall.sms).toMatch(/^Dinh chinh: SYT Thu Nghiem 15h 04\/03\/2020: 33 ca mac \(-67\)\./);
    expect(fall.led).toContain('33 ca mắc (-67)');
    expect(fall.script).toContain('So với bản tin trước, số ca mắc giảm sáu mươi bảy.');
    expect(fall.script).toContain('Đính chính số liệu: Loại sáu mươi bảy ca trùng.');
  });
});
