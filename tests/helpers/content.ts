/** Tiny content folders written from strings, for the validator's tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SITE_YAML = `name: Thông tin dịch bệnh tỉnh Thử Nghiệm
agency: Sở Thông tin và Truyền thông tỉnh Thử Nghiệm
province: Thử Nghiệm
url: https://example.org
bulletinSource: Sở Y tế tỉnh Thử Nghiệm
`;

export const HOTLINES_YAML = `- name: Đường dây nóng Bộ Y tế
  phone: "19009095"
`;

/** Writes the files (path → text or bytes) into a new temporary folder; site.yaml and hotlines.yaml are added unless given. */
export function makeContent(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sukien-content-'));
  const all = { 'site.yaml': SITE_YAML, 'hotlines.yaml': HOTLINES_YAML, ...files };
  for (const [rel, text] of Object.entries(all)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return dir;
}

export const md = (frontmatter: string, body = 'Nội dung.') => `---\n${frontmatter.trim()}\n---\n${body}\n`;
