/**
 * What staff read when a publish fails: the title and body of the one issue the deploy
 * workflow keeps open until the next publish succeeds (scripts/publish-status.ts), made from
 * the check's findings (`npm run check -- --json`) and the facts of the run. Staff are
 * notified by the code host, so everything here is in Vietnamese, and everything that came
 * from the content is escaped so that it cannot break the issue or mention anyone.
 */
import { formatMarkdown, type Finding } from './findings.ts';
import { formatInstant } from './vn-time.ts';

/** The label that finds the issue, and the hidden line that tells it is ours. */
export const FAILURE_LABEL = 'chua-dang-duoc';
export const FAILURE_MARKER = '<!-- sukien:chua-dang-duoc -->';

/** GitHub refuses an issue body longer than this. */
const BODY_LIMIT = 65_536;

/** The part of `npm run check -- --json` used here. */
export interface CheckReport {
  errors: number;
  findings: Finding[];
}

export interface PublishFailure {
  /** The check's report; missing when the run failed before the check wrote it. */
  report?: CheckReport;
  /** Where the run failed when the content had no error: making the pages, or putting them on the host. */
  step: 'build' | 'deploy';
  /** The failed run on the code host. */
  runUrl: string;
  at: Date;
  /** The content folder as staff see it in the repository. */
  contentFolder: string;
}

/** The check's JSON report, or undefined when the text is not one (the check did not finish). */
export function parseReport(text: string): CheckReport | undefined {
  try {
    const data = JSON.parse(text) as Partial<CheckReport>;
    return typeof data.errors === 'number' && Array.isArray(data.findings) ? { errors: data.errors, findings: data.findings } : undefined;
  } catch {
    return undefined;
  }
}

const contentErrors = (f: PublishFailure) => f.report?.errors ?? 0;

/** "3 lỗi trong nội dung", "lỗi khi tạo trang", "lỗi khi đưa trang lên máy chủ". */
function reason(f: PublishFailure): string {
  if (contentErrors(f) > 0) return `${contentErrors(f)} lỗi trong nội dung`;
  return f.step === 'deploy' ? 'lỗi khi đưa trang lên máy chủ' : 'lỗi khi tạo trang';
}

export function failureTitle(f: PublishFailure): string {
  return `Chưa đăng được: ${reason(f)}`;
}

/** What to do, in one paragraph: fix the files named, or call the technical staff. */
function advice(f: PublishFailure): string {
  const kept = 'Trong lúc chờ, trang vẫn hiển thị nội dung đã đăng lần trước, không bị hỏng.';
  const closes = 'Issue này tự đóng khi lần đăng sau thành công.';
  if (contentErrors(f) > 0) {
    return (
      `**Cần làm:** mở các tệp được nêu dưới đây (trong thư mục \`${f.contentFolder}/\`), sửa từng mục LỖI theo số dòng và ` +
      `tên trường, rồi lưu lại (**Commit changes**). Trang sẽ tự đăng lại. ${closes} ${kept}`
    );
  }
  const where = f.step === 'deploy' ? 'đưa trang lên máy chủ' : 'tạo trang';
  return (
    `Nội dung không có lỗi, nhưng bước ${where} gặp sự cố kỹ thuật. **Cần làm:** báo cho bộ phận kỹ thuật phụ trách trang, ` +
    `kèm đường liên kết tới lần chạy dưới đây. ${closes} ${kept}`
  );
}

export function failureBody(f: PublishFailure): string {
  const head = [
    FAILURE_MARKER,
    `Lần đăng trang lúc **${formatInstant(f.at)}** (giờ Việt Nam) chưa thành công.`,
    '',
    advice(f),
    '',
    `Chi tiết lần chạy: ${f.runUrl}`,
  ].join('\n');
  if (!f.report || f.report.findings.length === 0) return head;
  const title = '\n\n## Kết quả kiểm tra nội dung\n\n';
  return head + title + formatMarkdown(f.report.findings, BODY_LIMIT - head.length - title.length);
}

/** The comment when the failure changed (another count of errors, another step). */
export function stillFailingComment(f: PublishFailure): string {
  return `Lần đăng lúc ${formatInstant(f.at)} (giờ Việt Nam) vẫn chưa được: ${reason(f)}. Nội dung issue ở trên đã được cập nhật. Chi tiết: ${f.runUrl}`;
}

/** The comment that closes the issue. */
export function publishedComment(at: Date, runUrl: string): string {
  return `Đã đăng được lúc ${formatInstant(at)} (giờ Việt Nam). Trang đã hiển thị nội dung mới. Chi tiết: ${runUrl}`;
}
