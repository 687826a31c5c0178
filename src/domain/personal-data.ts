/**
 * Personal data about patients that an official channel must not publish: citizen ID
 * numbers, personal phone numbers, house addresses next to a case. Decree 13/2023/NĐ-CP on
 * personal data protection requires the person's consent; the 2020 guidance of the Ministry
 * of Health was to name cases by number (BN…) only.
 */
interface PersonalDataHit {
  line: number;
  kind: string;
  text: string;
}

const RULE = 'Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân';

const PATTERNS: readonly { kind: string; re: RegExp }[] = [
  {
    kind: 'số căn cước, chứng minh nhân dân',
    re: /\b(?:cccd|cmnd|căn cước|chứng minh(?: nhân dân| thư)?)\s*(?:số|:)?\s*\d{9}(?:\d{3})?\b/giu,
  },
  { kind: 'số căn cước công dân', re: /(?<![\d.])0\d{2}[0-3]\d{8}(?!\d|\.\d)/g },
  { kind: 'số điện thoại di động cá nhân', re: /(?<![\d.])(?:\+84|0)(?:3|5|7|8|9)\d(?:[ .]?\d){7}(?!\d|\.\d)/g },
];

const CASE_WORDS = /\b(?:bệnh nhân|ca bệnh|ca mắc|BN\s?\d+|người nhiễm|F0|F1|nghi nhiễm)\b/iu;
const ADDRESS = /\b(?:số nhà|nhà số|ngõ|ngách|hẻm|kiệt)\s*\d+/iu;

/** Each suspicious spot, by line of `text`; phone numbers in `publicPhones` (the hotlines) are fine. */
export function findPersonalData(text: string, publicPhones: readonly string[] = []): PersonalDataHit[] {
  const known = new Set(publicPhones.map((p) => p.replace(/\D/g, '').replace(/^84/, '0')));
  const hits: PersonalDataHit[] = [];
  text.split('\n').forEach((line, i) => {
    const seen = new Set<string>();
    for (const { kind, re } of PATTERNS) {
      for (const m of line.matchAll(re)) {
        const digits = m[0].replace(/\D/g, '').replace(/^84/, '0');
        if (known.has(digits) || seen.has(digits)) continue;
        seen.add(digits);
        hits.push({ line: i, kind, text: m[0] });
      }
    }
    for (const sentence of line.split(/(?<=[.;!?])\s+/)) {
      const address = ADDRESS.exec(sentence);
      if (address && CASE_WORDS.test(sentence)) hits.push({ line: i, kind: 'địa chỉ nhà của người bệnh', text: address[0] });
    }
  });
  return hits;
}

export function personalDataMessage(hit: PersonalDataHit): string {
  return `có thể là dữ liệu cá nhân (${hit.kind}: "${hit.text}"). Không công bố thông tin cá nhân của người bệnh khi chưa có sự đồng ý theo ${RULE}; hãy bỏ đi, hoặc chỉ ghi mã bệnh nhân và địa bàn (xã, huyện).`;
}
