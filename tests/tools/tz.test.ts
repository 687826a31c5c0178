import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

// Formatting must not depend on the build machine's time zone: run the same code under
// other zones in fresh processes (TZ is read once when a process starts).
describe('date formatting on a build machine in another time zone', () => {
  const script = `
    import { formatInstant, toLocal, toInstant } from './src/domain/vn-time.ts';
    const i = new Date('2020-02-05T18:30:00Z');
    console.log(JSON.stringify([formatInstant(i), toLocal(i), toInstant('2020-02-05', '15:00').toISOString()]));
  `;
  const run = (tz: string) =>
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });

  test.each(['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'])('%s gives Vietnam times', (tz) => {
    expect(JSON.parse(run(tz))).toEqual([
      '01h30 ngày 06/02/2020',
      { date: '2020-02-06', time: '01:30', seconds: 0 },
      '2020-02-05T08:00:00.000Z',
    ]);
  });
});
