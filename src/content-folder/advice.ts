/**
 * What `npm run check` adds to the format's rules: advice that does not stop a build but
 * that staff want before citizens see the page. Links to pages that do not exist, images too
 * heavy for phones, cited documents missing from the register, figures that look like typos,
 * and personal data about patients.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { suspiciousChanges } from '../domain/anomalies.ts';
import { findCitations } from '../domain/doc-number.ts';
import type { Finding } from '../domain/findings.ts';
import { findPersonalData, personalDataMessage } from '../domain/personal-data.ts';
import { formatBytes } from '../domain/vn-number.ts';
import { Register } from '../domain/register.ts';
import { FIXED_ROUTES, isFeed, isListPage } from '../domain/routes.ts';
import { KINDS } from './kinds.ts';
import type { Entry, LoadedContent } from './load.ts';

/** Over this, an image is slow to open on a phone over a congested network. */
const IMAGE_WARN_BYTES = 1_000_000;
const IMAGE_RE = /\.(png|jpe?g|webp|svg)$/i;

function routeOf(e: Entry): string {
  return KINDS.find((k) => k.name === e.kind)!.route(e.slug, e.data);
}

/** Body lines, numbered as lines of the file. */
function bodyLines(e: Entry): { text: string; line: number }[] {
  return e.body.split('\n').map((text, i) => ({ text, line: e.bodyLine + i }));
}

/** What is wrong with a link to `target`, a path of the site, or undefined when the page is there. */
function linkChecker(entries: readonly Entry[]): (target: string) => string | undefined {
  const published = entries.filter((e) => e.published);
  const routes = new Set<string>([...FIXED_ROUTES, ...published.map(routeOf), ...published.flatMap((e) => e.data.aliases as string[])]);
  for (const e of published) for (const m of e.media) routes.add(`${routeOf(e)}${path.posix.basename(m.rel)}`);
  const unpublished = new Map(entries.filter((e) => !e.published).map((e) => [routeOf(e), e]));
  return (target) => {
    const withSlash = /\.[a-z0-9]+$/i.test(target) || target.endsWith('/') ? target : `${target}/`;
    if (routes.has(withSlash) || routes.has(target) || isListPage(withSlash) || isFeed(target)) return undefined;
    const draft = unpublished.get(withSlash);
    return draft
      ? `liên kết tới trang chưa đăng (${draft.file} là bản nháp hoặc đã hẹn giờ): người đọc sẽ gặp trang "Không tìm thấy".`
      : 'liên kết tới trang không có trên trang web: người đọc sẽ gặp trang "Không tìm thấy". Kiểm tra lại đường dẫn.';
  };
}

function brokenLinks(content: LoadedContent): Finding[] {
  const problem = linkChecker(content.entries);
  const findings: Finding[] = [];
  for (const e of content.entries) {
    for (const { text, line } of bodyLines(e)) {
      for (const m of text.matchAll(/\]\((\/(?!\/)[^)\s#?]*)|href=["'](\/(?!\/)[^"'#?]*)/g)) {
        const target = (m[1] ?? m[2])!;
        const message = problem(target);
        if (message) findings.push({ severity: 'warning', file: e.file, line, value: target, message });
      }
    }
  }
  // The site's notice is on every page: a link of it that leads nowhere is on every page too.
  const notice = content.site.notice?.link;
  const message = notice?.startsWith('/') ? problem(notice.replace(/[?#].*$/, '')) : undefined;
  if (notice && message) findings.push({ severity: 'warning', file: 'site.yaml', field: 'notice.link', value: notice, message });
  return findings;
}

function heavyImages(content: LoadedContent): Finding[] {
  const findings: Finding[] = [];
  for (const e of content.entries) {
    for (const { rel, real } of e.media.filter((m) => IMAGE_RE.test(m.rel))) {
      const bytes = statSync(real).size;
      if (bytes > IMAGE_WARN_BYTES) {
        findings.push({
          severity: 'warning',
          file: e.file,
          value: rel,
          message: `ảnh ${rel} nặng ${formatBytes(bytes)}, quá 1 MB: ảnh được tối ưu khi hiển thị, nhưng bản gốc để tải về sẽ chậm trên điện thoại. Nên giảm kích thước ảnh (ví dụ rộng 1.600 điểm ảnh).`,
        });
      }
    }
  }
  return findings;
}

function missingCitations(entries: readonly Entry[]): Finding[] {
  // Matched as the build links them (src/markdown/plugins.ts): by number and the year of the date that follows.
  const register = new Register(
    entries
      .filter((e) => e.kind === 'directives' && e.published)
      .map((e) => ({ id: e.slug, number: String(e.data.number), issued: String(e.data.issued), title: '', replaces: [], amends: [] })),
  );
  const findings: Finding[] = [];
  for (const e of entries) {
    for (const { text, line } of bodyLines(e)) {
      for (const c of findCitations(text)) {
        if (register.resolve(c.number, c.year)) continue;
        findings.push({
          severity: 'note',
          file: e.file,
          line,
          value: c.number,
          message:
            'văn bản được nhắc tới chưa có trong mục Văn bản chỉ đạo. Nếu đây là văn bản cần công bố, hãy thêm tệp vào thư mục directives/ để trích dẫn trở thành liên kết.',
        });
      }
    }
  }
  return findings;
}

/**
 * A `replaces` or `amends` number that no published document has: the page cannot say which
 * document is no longer in force, or amended, so a typo would leave a superseded document
 * shown as in force. It may name a document of another body that the site does not hold:
 * advice, not an error.
 */
function unknownSuperseded(entries: readonly Entry[]): Finding[] {
  const directives = entries.filter((e) => e.kind === 'directives' && e.published);
  const register = new Register(
    directives.map((e) => ({
      id: e.slug,
      number: String(e.data.number),
      issued: String(e.data.issued),
      title: '',
      replaces: [],
      amends: [],
    })),
  );
  return directives.flatMap((e) =>
    (['replaces', 'amends'] as const).flatMap((field) =>
      (e.data[field] as string[]).flatMap((number, i): Finding[] =>
        (register.resolve(number) ?? register.resolve(number, Number(String(e.data.issued).slice(0, 4))))
          ? []
          : [
              {
                severity: 'warning',
                file: e.file,
                field: `${field}[${i}]`,
                value: number,
                message: `không có văn bản số ${number} trong mục Văn bản chỉ đạo (hoặc văn bản đó chưa đăng), nên trang không ghi được văn bản nào ${field === 'replaces' ? 'bị thay thế' : 'được sửa đổi'}. Kiểm tra lại số hiệu; nếu đó là văn bản của cơ quan khác, có thể bỏ qua cảnh báo này.`,
              },
            ],
      ),
    ),
  );
}

function personalData(content: LoadedContent): Finding[] {
  const phones = [...content.hotlines.map((h) => h.phone), ...(content.site.contact?.phone ? [content.site.contact.phone] : [])];
  return content.entries.flatMap((e) =>
    findPersonalData(e.body, phones).map((hit): Finding => ({
      severity: 'warning',
      file: e.file,
      line: e.bodyLine + hit.line,
      message: personalDataMessage(hit),
    })),
  );
}

export function adviseContent(content: LoadedContent): Finding[] {
  const bulletins = content.entries.filter((e) => e.kind === 'bulletins' && e.published);
  return [
    ...brokenLinks(content),
    ...heavyImages(content),
    ...missingCitations(content.entries),
    ...unknownSuperseded(content.entries),
    ...suspiciousChanges(
      bulletins.map((b) => ({ file: b.file, date: String(b.data.date), stats: b.data.stats as Record<string, number> })),
    ),
    ...personalData(content),
  ];
}
