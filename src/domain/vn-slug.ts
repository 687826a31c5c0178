/**
 * URL slugs from Vietnamese text ("UBND tỉnh Lạng Sơn" becomes "ubnd-tinh-lang-son").
 * Tone marks are removed and đ becomes d, the way Vietnamese sites write their URLs.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
