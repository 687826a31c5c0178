/**
 * Issue "One bulletin, every channel": what each of the demo's newest bulletins publishes for the
 * radio, text messages and LED screens, from the same figures as its page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { BROADCAST_BULLETINS } from '../../src/domain/routes.ts';
import { gsmLength } from '../../src/domain/sms.ts';
import { page } from '../helpers/site.ts';

const dist = inject('demoDist');
const all = readdirSync(path.join(dist, 'ban-tin'))
  .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
  .sort();
/** The bulletins that are broadcast: the newest. */
const dates = all.slice(-BROADCAST_BULLETINS);
const read = (date: string, file: string) => readFileSync(path.join(dist, 'ban-tin', date, file), 'utf8');
const FILES = ['phat-thanh.txt', 'tin-nhan.txt', 'tin-nhan-co-dau.txt'];

describe('every bulletin of the demo that is broadcast', () => {
  test('has its radio script, its text message and its LED text; an older one has none, and its page says so', () => {
    expect(all.length).toBeGreaterThan(BROADCAST_BULLETINS);
    for (const date of dates) for (const file of FILES) expect(read(date, file).length, `${date}/${file}`).toBeGreaterThan(40);
    for (const date of all.slice(0, -BROADCAST_BULLETINS)) {
      for (const file of FILES) expect(existsSync(path.join(dist, 'ban-tin', date, file)), `${date}/${file}`).toBe(false);
      const $ = page(dist, `/ban-tin/${date}/`);
      expect($('.channels').text(), date).toContain(`chỉ có cho ${BROADCAST_BULLETINS} bản tin mới nhất`);
      expect($('.channels a'), date).toHaveLength(1);
      expect($('.copy-button, script[src*="ChannelTexts"]'), date).toHaveLength(0);
      // Its figures stay open data.
      expect(existsSync(path.join(dist, 'ban-tin', date, 'so-lieu.csv')), date).toBe(true);
    }
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
