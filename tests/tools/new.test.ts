import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, cleanEnv } from '../helpers/build.ts';
import { copyFixture, runTool } from '../helpers/tools.ts';

/** 2020-02-07 10:00 in Vietnam. */
const FEB_7 = { SOURCE_DATE_EPOCH: '1581044400' };

describe('npm run new -- bulletin, without a terminal', () => {
  test("writes today's bulletin with the last cumulative figures carried over, not as a draft", () => {
    const dir = copyFixture('minimal');
    const run = runTool('new', ['bulletin'], { contentDir: dir, env: FEB_7 });
    expect(run.status, run.output).toBe(0);
    const text = readFileSync(path.join(dir, 'bulletins/2020-02-07.md'), 'utf8');
    expect(text).toMatch(/^date: 2020-02-07 +# ngày của bản tin$/m);
    expect(text).toMatch(/^time: "15:00" +#/m);
    expect(text).toMatch(/^ {2}confirmed: 3 +# ca mắc tích lũy$/m);
    expect(text).toMatch(/^ {2}recovered: 1 +#/m);
    expect(text).not.toMatch(/quarantinedFacility/); // a current figure is not carried over
    expect(text).toContain('{ name: "Lộc Bình", confirmed: 1 }');
    expect(text).not.toContain('draft');
    expect(run.stdout).toContain('Đã tạo bulletins/2020-02-07.md');
    expect(run.stdout).toContain('Cấp độ dịch: 2');
  });

  test('takes every field as a flag and shows the computed new cases', () => {
    const dir = copyFixture('minimal');
    const run = runTool(
      'new',
      ['bulletin', '--date', '2020-02-08', '--time', '17:00', '--confirmed', '7', '--quarantinedFacility', '12', '--body', 'Có 4 ca mới.'],
      { contentDir: dir },
    );
    expect(run.status, run.output).toBe(0);
    const text = readFileSync(path.join(dir, 'bulletins/2020-02-08.md'), 'utf8');
    expect(text).toMatch(/^time: "17:00"/m);
    expect(text).toMatch(/^ {2}confirmed: 7 /m);
    expect(text).toMatch(/^ {2}quarantinedFacility: 12 /m);
    expect(text.trimEnd().endsWith('Có 4 ca mới.')).toBe(true);
    expect(run.stdout).toContain('Ca mắc mới trong ngày: 4');
  });

  test('never overwrites: a date that has a bulletin exits 1 and leaves the file as it was', () => {
    const dir = copyFixture('minimal');
    const before = readFileSync(path.join(dir, 'bulletins/2020-02-06.md'), 'utf8');
    const run = runTool('new', ['bulletin', '--date', '2020-02-06'], { contentDir: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('đã có bản tin');
    expect(readFileSync(path.join(dir, 'bulletins/2020-02-06.md'), 'utf8')).toBe(before);
  });

  test('a figure that breaks a rule is reported and nothing is written', () => {
    const dir = copyFixture('minimal');
    const run = runTool('new', ['bulletin', '--date', '2020-02-07', '--confirmed', '1'], { contentDir: dir });
    expect(run.status).toBe(1);
    expect(run.output).toContain('stats.confirmed');
    expect(run.output).toContain('correction');
    expect(existsSync(path.join(dir, 'bulletins/2020-02-07.md'))).toBe(false);
  });
});

describe('npm run new at a terminal', () => {
  test('asks for each field in Vietnamese, with the carried-over figures as defaults', () => {
    const dir = copyFixture('minimal');
    // Date, time, new cases, then Enter for every default but suspected cases and one district.
    const answers = ['', '', '3', '', '', '', '20', '', '', '', '', '4', '2', '', '', 'Hôm nay có 3 ca mới.'].join('\n');
    const run = runTool('new', ['bulletin', '--interactive'], { contentDir: dir, input: `${answers}\n`, env: FEB_7 });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('Ca mắc mới trong ngày [0]:');
    expect(run.stdout).toContain('Ca mắc tích lũy [6]:');
    const text = readFileSync(path.join(dir, 'bulletins/2020-02-07.md'), 'utf8');
    expect(text).toMatch(/^ {2}confirmed: 6 /m);
    expect(text).toMatch(/^ {2}suspected: 20 /m);
    expect(text).toContain('{ name: "Cao Lộc", confirmed: 4 }');
  });

  test('asks by itself when run in a real terminal (a pseudo-terminal from script(1))', () => {
    const dir = copyFixture('minimal');
    const command = `${process.execPath} ${path.join(ROOT, 'scripts/new.ts')} news --title "Tin thử" --date 2020-02-07`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], {
      input: 'Tóm tắt tin\n\nNội dung tin.\n',
      encoding: 'utf8',
      env: { ...cleanEnv(), CONTENT_DIR: dir },
      timeout: 20_000,
    });
    expect(run.stdout).toContain('Tóm tắt một câu');
    expect(readFileSync(path.join(dir, 'news/tin-thu.md'), 'utf8')).toContain('summary: "Tóm tắt tin"');
  });
});

describe('other kinds', () => {
  test('a directive with its PDF: the file is copied next to it and listed as an attachment', () => {
    const dir = copyFixture('minimal');
    const pdf = path.join(ROOT, 'content/directives/03-ct-ubnd.pdf');
    const run = runTool(
      'new',
      [
        'directive',
        '--number',
        '05/CT-UBND',
        '--kind',
        'chi-thi',
        '--title',
        'Về việc tăng cường phòng dịch',
        '--issued',
        '2020-02-07',
        '--urgent',
        'c',
        '--attachment',
        pdf,
      ],
      { contentDir: dir },
    );
    expect(run.status, run.output).toBe(0);
    const text = readFileSync(path.join(dir, 'directives/05-ct-ubnd.md'), 'utf8');
    expect(text).toContain('number: "05/CT-UBND"');
    expect(text).toContain('urgent: true');
    expect(text).toContain('{ file: "./03-ct-ubnd.pdf"');
    expect(readFileSync(path.join(dir, 'directives/03-ct-ubnd.pdf')).equals(readFileSync(pdf))).toBe(true);
  });

  test('a fact-check without its claim says which flag is missing', () => {
    const run = runTool('new', ['factcheck', '--title', 'Tin sai'], { contentDir: copyFixture('minimal') });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--claim');
  });

  test('an unknown kind lists the kinds', () => {
    const run = runTool('new', ['tin'], { contentDir: copyFixture('minimal') });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bulletin | directive | infographic | news | factcheck');
  });
});
