/**
 * Vietnamese document numbers (số hiệu văn bản) in running text: "03/CT-UBND",
 * "237/QĐ-BYT", "09/2017/NĐ-CP", "79-CV/TW", "106/STTTT-TTBCXB", with or without "số", in
 * any case, with Đ or D, and the "ngày dd/mm/yyyy" that may follow (it tells the year of
 * numbers that repeat every year).
 */
import { foldVietnamese } from './vn-fold.ts';

interface Citation {
  /** The number as written. */
  number: string;
  /** Where it starts and ends in the text. */
  start: number;
  end: number;
  /** Year of the date that follows ("ngày 31/01/2020"), if any. */
  year?: number | undefined;
}

// number part: digits, then /year or - and an issuer code with letters (Đ included), slashes and dashes
const NUMBER_RE =
  /(?<![\p{L}\p{N}/.:-])(\d{1,5}(?:\/\d{4})?[/-](?=[\p{L}\d]*\p{L})[\p{Lu}\p{Ll}\d]+(?:[/-][\p{L}\d]+)*)(?![\p{L}\p{N}]|[/-]\p{L})/gu;
const DATE_AFTER_RE = /^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu;

/** Every document number cited in the text. */
export function findCitations(text: string): Citation[] {
  const found: Citation[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const number = m[1]!;
    // A code must contain an upper-case letter as printed (CT, QĐ, NĐ-CP…); "1/3" or "24/7" are not numbers of documents.
    if (!/\p{Lu}/u.test(number) && !/\/(?:qd|nd|ct|cv|kh|tb|cd|nq|hd|tt|ubnd|byt|ttg|cp)\b/i.test(foldVietnamese(number))) continue;
    if (/^\d{1,2}\/\d{1,2}$/.test(number)) continue;
    const after = DATE_AFTER_RE.exec(text.slice(m.index + m[0].length));
    found.push({ number, start: m.index, end: m.index + m[0].length, year: after ? Number(after[3]) : undefined });
  }
  return found;
}

/** The form two writings of one number share: "237/QĐ-BYT", "237/qd-byt" → "237/qd-byt". */
export function numberKey(number: string): string {
  return foldVietnamese(number).replace(/\s+/g, '');
}
