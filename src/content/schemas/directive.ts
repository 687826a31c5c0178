/** directives/*.md: official documents (văn bản chỉ đạo). */
import { z } from 'astro/zod';
import { contentPath, flag, localDate, publishing, text } from './fields.ts';

export const DIRECTIVE_KINDS = {
  'chi-thi': 'Chỉ thị',
  'quyet-dinh': 'Quyết định',
  'cong-van': 'Công văn',
  'cong-dien': 'Công điện',
  'ke-hoach': 'Kế hoạch',
  'thong-bao': 'Thông báo',
  'nghi-quyet': 'Nghị quyết',
  'huong-dan': 'Hướng dẫn',
  khac: 'Văn bản khác',
} as const;

export type DirectiveKind = keyof typeof DIRECTIVE_KINDS;
const kinds = Object.keys(DIRECTIVE_KINDS) as [DirectiveKind, ...DirectiveKind[]];

const documentNumber = () =>
  text().transform((v) => v.replace(/\s*([/-])\s*/g, '$1').replace(/\s+/g, ' '));

export const directiveSchema = z.object({
  /** Số hiệu as printed: 03/CT-UBND, 79-CV/TW, 09/2017/NĐ-CP. Number + year of issue is unique. */
  number: documentNumber(),
  /** Kind of document. */
  kind: z.enum(kinds, { error: `cần một trong: ${kinds.join(' | ')}` }),
  /** Trích yếu: what the document is about. */
  title: text(),
  /** Cơ quan ban hành. */
  issuer: text(),
  /** Ngày ban hành. */
  issued: localDate(),
  /** Người ký. */
  signer: text().optional(),
  /** "KHẨN". Default false. */
  urgent: flag().default(false),
  /** Ngày có hiệu lực. */
  effective: localDate().optional(),
  /** Past this day the document shows as no longer in force. */
  expires: localDate().optional(),
  /** Numbers of documents this one replaces. */
  replaces: z.array(documentNumber(), { error: 'cần danh sách số hiệu, ví dụ [02/CT-UBND]' }).default([]),
  /** Numbers of documents this one amends. */
  amends: z.array(documentNumber(), { error: 'cần danh sách số hiệu, ví dụ [13/QĐ-BCĐ]' }).default([]),
  /** Files next to the .md (PDF scans, DOCX). */
  attachments: z
    .array(z.object({ file: contentPath(), label: text().optional() }), {
      error: 'cần danh sách tệp đính kèm, mỗi dòng - { file: ./van-ban.pdf, label: Bản scan }',
    })
    .default([]),
  ...publishing,
});

export type Directive = z.output<typeof directiveSchema>;
