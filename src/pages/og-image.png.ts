/**
 * The picture shown when a page of the site is shared on Zalo or Facebook: the site's name
 * and agency on the brand colour, drawn from SVG at build time (1200×630, as those apps expect).
 */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { getSite } from '../lib/site.ts';

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Breaks text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.slice(0, 4);
}

export const GET: APIRoute = async () => {
  const site = getSite();
  const title = wrap(site.name, 30)
    .map((l, i) => `<text x="72" y="${250 + i * 72}" font-size="60" font-weight="700" fill="#fff">${escape(l)}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" font-family="DejaVu Sans, Noto Sans, Liberation Sans, Arial, sans-serif">
    <rect width="1200" height="630" fill="#0b3a6e"/><rect width="1200" height="16" fill="#b3121b"/>
    <text x="72" y="140" font-size="30" fill="#ffbf47" font-weight="700">${escape(site.agency.toUpperCase())}</text>
    ${title}
    <text x="72" y="570" font-size="30" fill="#fff">Kênh thông tin chính thống · ${escape(site.url.replace(/^https?:\/\//, ''))}</text>
  </svg>`;
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
