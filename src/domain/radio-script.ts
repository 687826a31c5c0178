/**
 * A bulletin written to be read aloud by a commune announcer (đài truyền thanh cấp xã): every
 * figure, date and abbreviation in words (./vn-speech.ts), from the same data as the page.
 * Published as /ban-tin/YYYY-MM-DD/phat-thanh.txt.
 */
import { htmlToHast } from 'satteri';
import { LEVEL_NAMES, type AlertLevel } from './alert-level.ts';
import type { District, Stats } from './figures.ts';
import { DEFAULT_SPEECH, readAloud, readDate, readNumber, readPhone, readTime, type SpeechStyle } from './vn-speech.ts';

export interface ScriptFacts {
  /** Who gives the figures: "Sở Y tế tỉnh Lạng Sơn". */
  source: string;
  date: string;
  time: string;
  known: Stats;
  delta: Stats;
  confirmedNew: number | undefined;
  districts?: readonly District[] | undefined;
  level: AlertLevel;
  /** false when the level is estimated from the cases under treatment, not declared by a bulletin: the script says so, as the page does. */
  declared: boolean;
  guidance: string;
  /** The day's narrative, as Markdown. */
  narrative: string;
  correction?: string | undefined;
  /** The first hotlines, as in the footer. */
  hotlines: readonly { name: string; phone: string }[];
  siteName: string;
  demo: boolean;
}

/** How each figure is said, with its number in words. */
const SAID: Record<Exclude<keyof Stats, 'confirmedNew'>, (n: string) => string> = {
  confirmed: (n) => `lũy kế ${n} ca mắc`,
  recovered: (n) => `${n} ca khỏi bệnh, ra viện`,
  deaths: (n) => (n === 'không' ? 'không có ca tử vong' : `${n} ca tử vong`),
  suspected: (n) => `${n} trường hợp nghi ngờ đang theo dõi`,
  quarantinedFacility: (n) => `${n} người đang cách ly tập trung`,
  quarantinedHome: (n) => `${n} người đang cách ly tại nhà, nơi lưu trú`,
  tested: (n) => `${n} mẫu đã xét nghiệm`,
  vaccinated: (n) => `${n} mũi vắc xin đã tiêm`,
};
/** The name of each figure in "số … tăng …". */
const NAMED: Record<Exclude<keyof Stats, 'confirmedNew'>, string> = {
  confirmed: 'ca mắc',
  recovered: 'ca khỏi bệnh',
  deaths: 'ca tử vong',
  suspected: 'trường hợp nghi ngờ',
  quarantinedFacility: 'người cách ly tập trung',
  quarantinedHome: 'người cách ly tại nhà',
  tested: 'mẫu xét nghiệm',
  vaccinated: 'mũi vắc xin đã tiêm',
};

/** Character references as the page shows them ("14&ndash;21" is "14–21"), by the HTML parser's rules. */
function decoded(text: string): string {
  const root = htmlToHast(text, { fragment: true });
  return 'children' in root ? root.children.map((node) => (node.type === 'text' ? node.value : '')).join('') : '';
}

/** A sentence ends with its stop, so that the next one is not run into it. */
const sentence = (text: string) => (/[.!?…]$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** Markdown as plain sentences: no marks, links as their text, entities decoded, one paragraph a line. */
function plain(markdown: string): string {
  return decoded(
    markdown
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/&nbsp;/g, ' ')
      // Table rows and rules are not read; a heading or a list item is a sentence of its own.
      .replace(/^\s*\|.*$/gm, '')
      .replace(/^[ \t]{0,3}(?:#{1,6}|[-*+]|\d+[.)])[ \t]+(.*?)[ \t]*$/gm, (_, line: string) => (/[.!?:;,]$/.test(line) ? line : `${line}.`))
      .replace(/[*_`]+/g, '')
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n'),
  );
}

export function radioScript(f: ScriptFacts, style: SpeechStyle = DEFAULT_SPEECH): string {
  const n = (x: number) => readNumber(x, style);
  const say = (text: string) => readAloud(text, style);
  const parts: string[] = [];
  parts.push(`${f.source} thông tin tình hình dịch bệnh.${f.demo ? ' Đây là bản tin minh họa, số liệu không có thật.' : ''}`);
  if (f.correction) parts.push(`Đính chính số liệu: ${say(sentence(decoded(f.correction)))}`);

  const figures = (Object.keys(SAID) as (keyof typeof SAID)[]).filter((k) => f.known[k] !== undefined);
  const newCases =
    f.confirmedNew === undefined
      ? ''
      : f.confirmedNew === 0
        ? ', không có ca mắc mới trong ngày'
        : `, trong đó ${n(f.confirmedNew)} ca mắc mới trong ngày`;
  // Without the cumulative figure, the day's new cases are still said.
  const first =
    figures[0] === 'confirmed'
      ? `${SAID.confirmed(n(f.known.confirmed!))}${newCases}`
      : f.confirmedNew === undefined
        ? undefined
        : f.confirmedNew === 0
          ? 'không có ca mắc mới trong ngày'
          : `${n(f.confirmedNew)} ca mắc mới trong ngày`;
  const others = figures.filter((k) => k !== 'confirmed').map((k) => SAID[k](n(f.known[k]!)));
  const given = [first, ...others].filter(Boolean);
  parts.push(
    `Tính đến ${readTime(f.time, style)} ${readDate(f.date, style)}, ${given.length > 0 ? `toàn tỉnh ghi nhận ${given.join('; ')}` : 'bản tin chưa có số liệu'}.`,
  );

  const changes = (Object.keys(NAMED) as (keyof typeof NAMED)[])
    // The day's new cases say how the cases rose; a fall (a correction) is said here.
    .filter((k) => (k !== 'confirmed' || f.delta.confirmed! < 0) && f.delta[k] !== undefined && f.delta[k] !== 0)
    .map((k) => `số ${NAMED[k]} ${f.delta[k]! > 0 ? 'tăng' : 'giảm'} ${n(Math.abs(f.delta[k]!))}`);
  if (changes.length > 0) parts.push(`So với bản tin trước, ${changes.join(', ')}.`);

  const withCases = (f.districts ?? []).filter((d) => d.confirmed > 0);
  if (withCases.length > 0)
    parts.push(`Các huyện, thành phố có ca mắc: ${withCases.map((d) => `${say(d.name)} ${n(d.confirmed)} ca`).join(', ')}.`);

  const level = `cấp ${n(f.level)}, ${LEVEL_NAMES[f.level].toLocaleLowerCase('vi')}`;
  parts.push(
    f.declared
      ? `Cấp độ dịch hiện nay là ${level}. ${say(f.guidance)}`
      : `Theo số ca đang điều trị, cấp độ dịch ước tính là ${level}; đây chưa phải cấp độ được công bố chính thức. ${say(f.guidance)}`,
  );
  const narrative = plain(f.narrative);
  if (narrative) parts.push(say(narrative));

  if (f.hotlines.length > 0)
    parts.push(
      `Khi cần hỗ trợ, người dân gọi đường dây nóng: ${f.hotlines.map((h) => `${say(h.name)}, số ${readPhone(h.phone, style)}`).join('; ')}.`,
    );
  parts.push(`Thông tin chính thức được đăng trên trang ${say(f.siteName)}. Xin cảm ơn quý vị và các bạn đã lắng nghe.`);
  // A sentence that opens with a number read out opens with a capital: "Ba ca đã khỏi bệnh".
  return `${parts.join('\n\n').replace(/(^|[.!?]\s+)(\p{Ll})/gmu, (_, before: string, c: string) => `${before}${c.toLocaleUpperCase('vi')}`)}\n`;
}
