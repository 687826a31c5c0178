/**
 * The files a Markdown body points at by a relative address (`[tải về](./ke-hoach.pdf)`,
 * `![ảnh](./anh.png)`, `[x][k]` with `[k]: ./phu-luc.pdf`, `<a href="./a.pdf">`), as the
 * site's renderer reads the body (Sätteri, as src/markdown/plugins.ts renders it): which
 * addresses the page keeps comes from its HTML tree (raw HTML as elements, through the
 * allow-list), so that exactly the links a reader can follow are published and nothing in an
 * HTML comment or a code block is; where each is written comes from its Markdown tree, which
 * keeps lines.
 */
import path from 'node:path';
import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import { markdownToHast, markdownToMdast } from 'satteri';
import { keepsUrl } from '../markdown/sanitize.ts';

export interface BodyRef {
  /** The path of the file, decoded, relative to the entry's Markdown file (and to its page). */
  path: string;
  /** Line in the body (0-based) where it is first written. */
  line: number;
  /**
   * Only ever a Markdown picture (`![ảnh](./anh.png)`): Astro optimises it and serves it from
   * /_astro/, so the file itself is checked but not published as committed.
   */
  picture: boolean;
  /** Why the address cannot publish a file, when it cannot. */
  problem?: string;
}

/** An address with a scheme (`https:`, `mailto:`, `data:`), from the site's root, or within the page. */
const notRelative = (url: string) => /^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url);

/** The attributes that lead a reader, or the page, to a file. */
const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

const decode = (url: string): string | undefined => {
  try {
    return decodeURIComponent(url);
  } catch {
    return undefined;
  }
};

/** The part of an address that names a file: a browser asks for what comes before `#` or `?`. */
const filePart = (url: string) => url.replace(/[?#].*$/s, '');

/** The relative addresses the page keeps, as its HTML tree holds them. */
function keptAddresses(node: HastRoot | HastContent, found: Set<string>): void {
  // A frame shows only an allowed https page (src/markdown/sanitize.ts): a relative one is dropped.
  if (node.type === 'element' && node.tagName !== 'iframe') {
    for (const name of URL_ATTRIBUTES) {
      const url = node.properties[name];
      if (typeof url === 'string' && url !== '' && !notRelative(url) && keepsUrl(node.tagName, name, url)) found.add(url);
    }
  }
  if ('children' in node) for (const child of node.children) keptAddresses(child, found);
}

interface Written {
  url: string;
  line: number;
  picture: boolean;
}

/** Every address written in the Markdown, with its line in `source` (1-based), in order. */
function writtenAddresses(node: MdastRoot | MdastContent, found: Written[]): void {
  const line = node.position?.start.line ?? 0;
  if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
    found.push({ url: node.url, line, picture: node.type === 'image' });
  else if (node.type === 'html' && !node.value.trimStart().startsWith('<!--')) {
    for (const m of node.value.matchAll(/\b(?:href|src|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
      const before = node.value.slice(0, m.index).split('\n').length - 1;
      found.push({ url: (m[1] ?? m[2] ?? m[3])!, line: line + before, picture: false });
    }
  }
  if ('children' in node) for (const child of node.children) writtenAddresses(child, found);
}

/** Why `url` (relative, as the page holds it) cannot publish a file, if it cannot. */
function problemOf(url: string, decoded: string | undefined, picture: boolean): string | undefined {
  if (decoded === undefined) return `đường dẫn ${url} có dấu "%" không phải mã hợp lệ; trong tên tệp, dấu % phải viết là %25`;
  if (/%(?:2f|5c)/i.test(url))
    return `đường dẫn ${url} có "%2F" hoặc "%5C" (dấu gạch chéo đã mã hóa), máy chủ web không phục vụ được; hãy đổi tên tệp`;
  const first = decoded.replace(/^\.\//, '').split('/')[0]!;
  if (/^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|org|net|int|edu|gov|info)$)/i.test(first))
    return `liên kết ${decoded} thiếu "https://" ở đầu, nên trình duyệt hiểu đó là một tệp cạnh bài. Hãy ghi đầy đủ, ví dụ https://${decoded.replace(/^\.\//, '')}`;
  if (decoded.endsWith('/') || /(^|\/)\.{1,2}$/.test(decoded))
    return `liên kết ${decoded} trỏ tới một thư mục, không phải một tệp. Để dẫn tới một trang của trang web, hãy ghi đường dẫn từ gốc, ví dụ /ban-tin/2020-02-05/`;
  if (!picture && path.posix.normalize(decoded).startsWith('../'))
    return `tệp ${decoded} nằm ngoài thư mục của bài (đường dẫn có "../"): tệp được đăng ở chỗ liên kết dẫn tới, tức là ngoài trang của bài, nơi nó có thể đè lên trang hay tệp khác. Hãy đặt tệp cạnh bài, hoặc trong một thư mục con, và ghi ./ten-tep`;
  return undefined;
}

export function bodyFileRefs(body: string): BodyRef[] {
  // No link or picture can be written without one of these: most bodies need no parsing.
  if (!/\]\(|\]:|\b(?:href|src|poster)\s*=/i.test(body)) return [];
  // As the renderer reads it: an empty front matter first, so that a body that opens with "---" stays body.
  const source = `---\n---\n${body}`;
  const kept = new Set<string>();
  keptAddresses(markdownToHast(source, { features: { rawHtml: true }, position: false }), kept);
  if (kept.size === 0) return [];
  const written: Written[] = [];
  writtenAddresses(markdownToMdast(source), written);
  const FRONT = 3; // the two lines of the empty front matter, and lines counted from 1
  const key = (url: string) => decode(url) ?? url;
  return [...kept].map((url) => {
    const at = written.filter((w) => key(w.url) === key(url));
    const picture = at.length > 0 && at.every((w) => w.picture);
    const file = filePart(url);
    const decoded = decode(file);
    const ref = { path: decoded ?? file, line: Math.max((at[0]?.line ?? FRONT) - FRONT, 0), picture };
    const problem = problemOf(file, decoded, picture);
    return problem ? { ...ref, problem } : ref;
  });
}
