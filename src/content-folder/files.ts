/**
 * Checks of the files content points at: inside the content folder by their real path
 * (symbolic links followed), regular files, and, for pictures, what their content says they
 * are rather than their name. The build publishes only the real paths checked here.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Finding } from '../domain/findings.ts';
import { svgDangers } from './svg-safety.ts';

/** Resolves a path written in `file` (relative to the content folder); undefined when it leaves the folder. */
function resolveInside(contentDir: string, file: string, written: string): string | undefined {
  const root = path.resolve(contentDir);
  const resolved = path.resolve(root, path.dirname(file), written);
  const rel = path.relative(root, resolved);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

const realPath = (file: string): string | undefined => {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
};

/** Whether `real` (a real path) lies inside the folder whose real path is `root`. */
export const isInside = (root: string, real: string): boolean => {
  const rel = path.relative(root, real);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

/** The formats each picture extension may hold, as sharp names them. */
const PICTURE_FORMATS: Record<string, readonly string[]> = {
  '.png': ['png'],
  '.jpg': ['jpeg'],
  '.jpeg': ['jpeg'],
  '.webp': ['webp'],
};

const FORMAT_NAMES: Record<string, string> = {
  png: 'PNG',
  jpeg: 'JPEG',
  webp: 'WebP',
  gif: 'GIF',
  svg: 'SVG',
  tiff: 'TIFF',
  heif: 'HEIF/AVIF',
};

/** What is wrong with a picture's content, or undefined when it is the picture its name says. */
async function pictureProblem(real: string, ext: string): Promise<string | undefined> {
  if (ext === '.svg') {
    const dangers = svgDangers(readFileSync(real, 'utf8'));
    if (dangers.length === 0) return undefined;
    return `chứa ${dangers.join(', ')}; những thành phần này có thể chạy mã hoặc nạp nội dung bên ngoài và không được phép. Hãy xuất lại ảnh SVG không có mã và không có liên kết, hoặc dùng PNG`;
  }
  const expected = PICTURE_FORMATS[ext];
  if (!expected) return undefined;
  let format: string | undefined;
  try {
    const meta = await sharp(real).metadata();
    format = meta.format;
    if (!meta.width || !meta.height) format = undefined;
  } catch {
    format = undefined;
  }
  if (format === undefined)
    return `không phải là ảnh ${FORMAT_NAMES[expected[0]!]} đọc được (tệp hỏng, hoặc là tệp loại khác được đặt tên ${ext}); hãy xuất lại ảnh`;
  if (!expected.includes(format)) {
    return `thực ra là ảnh ${FORMAT_NAMES[format] ?? format}, không phải ${FORMAT_NAMES[expected[0]!]} như tên tệp ${ext}; hãy lưu lại ảnh đúng định dạng PNG, JPG hoặc WebP với đuôi tên tương ứng`;
  }
  return undefined;
}

interface FileCheck {
  contentDir: string;
  /** The content folder's real path (symbolic links resolved). */
  realRoot: string;
  file: string;
  field: string;
  written: string;
  line?: number | undefined;
  extensions?: readonly string[] | undefined;
  label: string;
  /** Published as committed (an attachment, a file a body links to): see publishProblem. */
  published?: boolean;
}

/** Files that are never published as committed, whatever links to them. */
const UNPUBLISHED: { test: (name: string) => boolean; why: string }[] = [
  {
    test: (name) => /\.(md|markdown|mdx)$/i.test(name),
    why: 'là một tệp nội dung Markdown (có thể là bản nháp hoặc bài chưa đến giờ đăng), không đăng nguyên văn được. Hãy dẫn tới trang của bài đó, ví dụ /tin-tuc/ten-bai/',
  },
  {
    test: (name) => /\.(html?|xhtml)$/i.test(name),
    why: 'là một trang HTML; trang chính thức không đăng nguyên văn một trang chưa được kiểm tra. Hãy đưa nội dung vào một bài Markdown, hoặc đính kèm bản PDF',
  },
  {
    test: (name) => /^[._]/.test(name),
    why: 'có tên bắt đầu bằng "_" hoặc "." (tệp ghi chú, tệp mẫu hoặc tệp ẩn), loại tệp không bao giờ được đăng. Nếu muốn đăng, hãy đổi tên tệp',
  },
];

export interface CheckedFile {
  /** Path relative to the content folder, as written (forward slashes). */
  rel: string;
  /** The real path of the file, inside the content folder: the only path the build reads. */
  real: string;
}

/** The file when it is fine, and the findings either way. */
export async function checkReferencedFile(c: FileCheck): Promise<{ file?: CheckedFile; findings: Finding[] }> {
  const problem = (message: string) => ({
    findings: [{ severity: 'error' as const, file: c.file, field: c.field, line: c.line, value: c.written, message }],
  });
  const rel = resolveInside(c.contentDir, c.file, c.written);
  if (!rel) {
    return problem(
      `${c.label} phải nằm trong thư mục nội dung; đường dẫn này trỏ ra ngoài. Hãy đặt tệp cạnh tệp nội dung và ghi ./ten-tep.`,
    );
  }
  // The text is read in NFC; a file's name may be in NFD on disk (unpacked from an archive made on a Mac).
  const real = [rel, rel.normalize('NFD'), rel.normalize('NFC')].map((name) => realPath(path.join(c.contentDir, name))).find(Boolean);
  if (!real) return problem(`không tìm thấy ${c.label} ${rel} trong thư mục nội dung; kiểm tra tên tệp (phân biệt chữ hoa, chữ thường).`);
  if (!isInside(c.realRoot, real)) {
    return problem(
      `${c.label} ${rel} là một liên kết (symlink) trỏ ra ngoài thư mục nội dung; chỉ tệp nằm trong thư mục nội dung mới được đăng. Hãy chép chính tệp đó vào cạnh tệp nội dung.`,
    );
  }
  if (!statSync(real).isFile())
    return problem(`${c.label} ${rel} không phải là một tệp thông thường (có thể là thư mục); hãy chỉ tới đúng tệp.`);
  if (c.published) {
    // By the path as written and by the file it really is: a link named tai.pdf may lead to a draft's .md.
    const parts = [...rel.split('/'), ...path.relative(c.realRoot, real).split(path.sep)];
    const unpublished = parts.flatMap((part) => UNPUBLISHED.filter((u) => u.test(part)))[0];
    if (unpublished) return problem(`${c.label} ${rel} ${unpublished.why}.`);
  }
  const ext = path.extname(rel).toLowerCase();
  if (c.extensions && !c.extensions.includes(ext)) return problem(`${c.label} phải là tệp ${c.extensions.join(', ')}.`);
  const picture = await pictureProblem(real, ext);
  if (picture) return problem(`tệp ${rel} ${picture}.`);
  return { file: { rel, real }, findings: [] };
}
