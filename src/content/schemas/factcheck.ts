/** factchecks/*.md: rebuttals of false information (cải chính). */
import { z } from 'astro/zod';
import { localDate, publishing, tags, text } from './fields.ts';

export const VERDICTS = {
  'sai-su-that': 'Sai sự thật',
  'chua-kiem-chung': 'Chưa được kiểm chứng',
  'gay-hieu-lam': 'Gây hiểu lầm',
  dung: 'Đúng sự thật',
} as const;
export type Verdict = keyof typeof VERDICTS;
const verdicts = Object.keys(VERDICTS) as [Verdict, ...Verdict[]];

export const factcheckSchema = z.object({
  title: text(),
  date: localDate(),
  /** The false claim as it circulated. */
  claim: text(),
  verdict: z.enum(verdicts, { error: `cần một trong: ${verdicts.join(' | ')}` }),
  /** Where it circulated (Facebook, Zalo). */
  claimSource: text().optional(),
  /** How it was handled (e.g. an administrative fine). */
  action: text().optional(),
  tags: tags(),
  ...publishing,
});

export type Factcheck = z.output<typeof factcheckSchema>;
