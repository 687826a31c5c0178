/**
 * The files a Markdown body points at by a relative address (`[tải về](./ke-hoach.pdf)`,
 * `![ảnh](./anh.png)`, `[x][k]` with `[k]: ./phu-luc.pdf`, `<a href="./a.pdf">`): read from
 * the tree the site's renderer makes of the body (Sätteri, raw HTML as elements, as
 * src/markdown/plugins.ts renders it), so that exactly the links a reader can follow are
 * published, and nothing in an HTML comment or a code block is.
 */
import path from 'node:path';
import type { Root, RootContent } from 'hast';
import { markdownToHast } from 'satteri';
import { keepsUrl } from '../markdown/sanitize.ts';

export interface BodyRef {
  /** The path of the file, decoded, relative to the entry's Markdown file (and to its page). */
  path: string;
  /** Line in the body (0-based) where it is written. */
  line: number;
  /** Why the address cannot publish a file, when it cannot. */
  problem?: string;
}

/** An address with a scheme (`https:`, `mailto:`, `data:`), from the site's root, or within the page. */
const notRelative = (url: string) => /^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url);

const URL_ATTRIBUTES = ['href', 'src'] as const;

function addresses(node: Root | RootContent, found: string[]): void {
  if (node.type === 'element') {
    for (const name of URL_ATTRIBUTES) {
      const url = node.properties[name];
      // Only what the page keeps (src/markdown/sanitize.ts): a link the allow-list drops leads nowhere.
      if (typeof url === 'string' && url !== '' && !notRelative(url) && keepsUrl(node.tagName, name, url)) found.push(url);
    }
  }
  if ('children' in node) for (const child of node.children) addresses(child, found);
}

/** The line of the body where `url` (as the tree holds it) is written. */
function lineOf(lines: readonly string[], url: string, decoded: string): number {
  const i = lines.findIndex((l) => l.includes(url) || l.includes(decoded));
  return Math.max(i, 0);
}

export function bodyFileRefs(body: string): BodyRef[] {
  // No link or picture can be written without one of these: most bodies need no parsing.
  if (!/\]\(|\]:|\b(?:href|src)\s*=/i.test(body)) return [];
  // As the renderer reads it: an empty front matter first, so that a body that opens with "---" stays body.
  const tree = markdownToHast(`---\n---\n${body}`, { features: { rawHtml: true }, position: false }) as Root;
  const urls: string[] = [];
  addresses(tree, urls);
  const lines = body.split('\n');
  return [...new Set(urls)].map((url) => {
    let decoded = url;
    try {
      decoded = decodeURIComponent(url);
    } catch {
      // A stray % is part of the name as written.
    }
    const ref = { path: decoded, line: lineOf(lines, url, decoded) };
    if (/[?#]/.test(url))
      return {
        ...ref,
        problem: `đường dẫn ${decoded} có dấu "#" hoặc "?": trình duyệt bỏ phần từ dấu đó trở đi nên liên kết sẽ hỏng. Nếu đó là tên tệp, hãy đổi tên tệp cho không còn các dấu này`,
      };
    if (/^(?:www\.|[a-z0-9-]+\.(?:gov\.vn|com\.vn|vn|com|org|net)(?:\/|$))/i.test(decoded))
      return {
        ...ref,
        problem: `liên kết ${decoded} thiếu "https://" ở đầu, nên trình duyệt hiểu đó là một tệp cạnh bài. Hãy ghi đầy đủ, ví dụ https://${decoded}`,
      };
    if (decoded.endsWith('/') || /(^|\/)\.{1,2}$/.test(decoded))
      return {
        ...ref,
        problem: `liên kết ${decoded} trỏ tới một thư mục, không phải một tệp. Để dẫn tới một trang của trang web, hãy ghi đường dẫn từ gốc, ví dụ /ban-tin/2020-02-05/`,
      };
    if (path.posix.normalize(decoded).startsWith('../'))
      return {
        ...ref,
        problem: `tệp ${decoded} nằm ngoài thư mục của bài (đường dẫn có "../"): tệp được đăng ở chỗ liên kết dẫn tới, tức là ngoài trang của bài, nơi nó có thể đè lên trang hay tệp khác. Hãy đặt tệp cạnh bài, hoặc trong một thư mục con, và ghi ./ten-tep`,
      };
    return ref;
  });
}
