/**
 * Issue "One bulletin, every channel": what each bulletin of the demo publishes for the radio,
 * text messages and LED screens, from the same figures as its page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { gsmLength } from '../../src/domain/sms.ts';

const dist = inject('demoDist');
const dates = readdirSync(path.join(dist, 'ban-tin')).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
const read = (date: string, file: string) => readFileSync(path.join(dist, 'ban-tin', date, file), 'utf8');

describe('every bulletin of the demo', () => {
  test('has its radio script, its text message and its LED text', () => {
    expect(dates.length).toBeGreaterThan(60);
    for (const date of dates)
      for (const file of ['phat-thanh.txt', 'tin-nhan.txt', 'tin-nhan-co-dau.txt'])
        expect(read(date, file).length, `${date}/${file}`).toBeGreaterThan(40);
  });

  test('the radio script has every number in words, opens with the source and closes with the hotlines', () => {
    for (const date of dates) {
      const script = read(date, 'phat-thanh.txt');
      expect(script, date).not.toMatch(/\d/);
      expect(script, date).toMatch(/^Sở Y tế tỉnh Lạng Sơn thông tin tình hình dịch bệnh\. Đây là bản tin minh họa/);
      expect(script, date).toMatch(
        /Khi cần hỗ trợ, người dân gọi đường dây nóng: Đường dây nóng Bộ Y tế, số một chín không không, chín không chín năm;/,
      );
    }
  });

  test('the text message is one GSM-7 message of at most 160, the LED text at most 160 with its tone marks', () => {
    for (const date of dates) {
      const sms = read(date, 'tin-nhan.txt').trimEnd();
      const led = read(date, 'tin-nhan-co-dau.txt').trimEnd();
      expect(gsmLength(sms), `${date}: ${sms}`).toBeLessThanOrEqual(160);
      expect([...led].length, `${date}: ${led}`).toBeLessThanOrEqual(160);
      const [y, m, d] = date.split('-');
      expect(sms).toMatch(new RegExp(` \\d{1,2}h(\\d{2})? ${d}\\/${m}\\/${y}: `));
      expect(sms).toMatch(/^\[du lieu minh hoa\] /);
      expect(led).toMatch(/^\[Dữ liệu minh họa\] /);
    }
  });

  test('the figures are the page’s: cumulative and new cases as the bulletin gives them', () => {
    const page = readFileSync(path.join(dist, 'ban-tin/2020-03-20/so-lieu.json'), 'utf8');
    const confirmed = /"confirmed":\s*(\d+)/.exec(page)![1];
    expect(read('2020-03-20', 'tin-nhan.txt')).toContain(`: ${confirmed} ca mac (+0)`);
    expect(read('2020-03-20', 'tin-nhan.txt')).toContain('Dinh chinh: ');
    expect(read('2020-03-20', 'phat-thanh.txt')).toContain('Đính chính số liệu: Sau khi rà soát');
  });
});
