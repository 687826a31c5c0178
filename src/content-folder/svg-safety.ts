/**
 * What makes an SVG unsafe to serve from the site's own domain, found by parsing it as XML
 * (saxes, the strict parser behind jsdom) rather than by matching text: entities are decoded
 * before a value is judged, so `javascript&#58;` is caught like `javascript:`. GitHub Pages
 * sends no Content-Security-Policy header, so an SVG original opened on its own would run
 * any script it carries.
 */
import { SaxesParser } from 'saxes';

/** Elements that run code, embed other documents or listen to events. */
const CODE_ELEMENTS = new Set(['script', 'foreignobject', 'handler', 'listener', 'iframe', 'embed', 'object']);

/** Animation elements that could rewrite a link into a script address. */
const ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);

/** Embedded raster pictures (as exported by design tools) are the only references allowed besides `#id`. */
const EMBEDDED_PICTURE = /^data:image\/(?:png|jpe?g|gif|webp);base64,/i;

/** Browsers ignore whitespace and control characters inside a scheme: "java\tscript:". */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const squeeze = (value: string) => value.replace(/[\u0000-\u0020\u007F-\u009F]+/g, '').toLowerCase();

const isScriptAddress = (value: string) => /(?:^|[^a-z])(?:javascript|vbscript|livescript):|data:text\/html/.test(squeeze(value));

const isLocal = (ref: string) => ref.trim().startsWith('#') || EMBEDDED_PICTURE.test(ref.trim());

/** `url(…)` and `@import` in CSS that point outside the picture. */
function cssReferencesOutside(css: string): boolean {
  if (/@import/i.test(css)) return true;
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) if (!isLocal(m[2]!)) return true;
  return false;
}

/** The dangers found in an SVG, in Vietnamese, each once; empty when it is safe. */
export function svgDangers(svg: string): string[] {
  const found = new Set<string>();
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: string[] = [];
  parser.on('doctype', () => found.add('khai báo DOCTYPE hoặc ENTITY'));
  parser.on('processinginstruction', () => found.add('chỉ thị xử lý <?…?> (có thể nạp tệp bên ngoài)'));
  parser.on('opentag', (tag) => {
    const name = tag.local.toLowerCase();
    stack.push(name);
    if (CODE_ELEMENTS.has(name)) found.add(`thẻ <${tag.local}>`);
    for (const attr of Object.values(tag.attributes)) {
      const local = attr.local.toLowerCase();
      if (local.startsWith('on')) found.add('thuộc tính sự kiện (onload, onclick …)');
      if (isScriptAddress(attr.value)) found.add('địa chỉ javascript:');
      if ((local === 'href' || local === 'src') && !isLocal(attr.value)) found.add('liên kết tới tệp hoặc trang bên ngoài');
      if (local === 'style' && cssReferencesOutside(attr.value)) found.add('CSS nạp tệp bên ngoài (url(), @import)');
      if (ANIMATIONS.has(name) && local === 'attributename' && /(^|:)href$/i.test(attr.value.trim())) {
        found.add(`thẻ <${tag.local}> thay đổi liên kết`);
      }
    }
  });
  parser.on('closetag', () => stack.pop());
  const css = (text: string) => {
    if (stack.at(-1) === 'style' && cssReferencesOutside(text)) found.add('CSS nạp tệp bên ngoài (url(), @import)');
  };
  parser.on('text', css);
  parser.on('cdata', css);
  try {
    parser.write(svg).close();
  } catch {
    return [...found, 'nội dung không đúng cú pháp XML, nên không kiểm tra được'];
  }
  return [...found];
}
