/** Checks of the files content points at: inside the content folder, present, of a safe kind. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../domain/findings.ts';

/** Resolves a path written in `file` (relative to the content folder); undefined when it leaves the folder. */
export function resolveInside(contentDir: string, file: string, written: string): string | undefined {
  const root = path.resolve(contentDir);
  const resolved = path.resolve(root, path.dirname(file), written);
  const rel = path.relative(root, resolved);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** What makes an SVG unsafe to serve from the site's own domain. */
const SVG_DANGERS: readonly [RegExp, string][] = [
  [/<script[\s>/]/i, 'thẻ <script>'],
  [/\son[a-z]+\s*=/i, 'thuộc tính sự kiện (onload, onclick …)'],
  [/javascript\s*:/i, 'liên kết javascript:'],
  [/<foreignObject[\s>/]/i, 'thẻ <foreignObject>'],
];

export function svgDangers(svg: string): string[] {
  return SVG_DANGERS.filter(([re]) => re.test(svg)).map(([, label]) => label);
}

export interface FileCheck {
  contentDir: string;
  file: string;
  field: string;
  written: string;
  line?: number | undefined;
  extensions?: readonly string[] | undefined;
  label: string;
}

/** Returns the content-relative path when the file is fine, and the findings either way. */
export function checkReferencedFile(c: FileCheck): { rel?: string; findings: Finding[] } {
  const base = { severity: 'error' as const, file: c.file, field: c.field, line: c.line, value: c.written };
  const rel = resolveInside(c.contentDir, c.file, c.written);
  if (!rel) {
    return {
      findings: [
        {
          ...base,
          message: `${c.label} phải nằm trong thư mục nội dung; đường dẫn này trỏ ra ngoài. Hãy đặt tệp cạnh tệp nội dung và ghi ./ten-tep.`,
        },
      ],
    };
  }
  const abs = path.join(c.contentDir, rel);
  if (!existsSync(abs) || !statSync(abs).isFile()) {
    return {
      findings: [
        { ...base, message: `không tìm thấy ${c.label} ${rel} trong thư mục nội dung; kiểm tra tên tệp (phân biệt chữ hoa, chữ thường).` },
      ],
    };
  }
  const ext = path.extname(rel).toLowerCase();
  if (c.extensions && !c.extensions.includes(ext)) {
    return { findings: [{ ...base, message: `${c.label} phải là tệp ${c.extensions.join(', ')}.` }] };
  }
  if (ext === '.svg') {
    const dangers = svgDangers(readFileSync(abs, 'utf8'));
    if (dangers.length > 0) {
      return {
        findings: [
          {
            ...base,
            message: `tệp SVG ${rel} chứa ${dangers.join(', ')}; những thành phần này có thể chạy mã trên trang và không được phép. Hãy xuất lại ảnh SVG không có mã, hoặc dùng PNG.`,
          },
        ],
      };
    }
  }
  return { rel, findings: [] };
}
