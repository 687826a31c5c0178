/**
 * URL slugs from Vietnamese text ("UBND tỉnh Lạng Sơn" becomes "ubnd-tinh-lang-son"): the
 * folded form search uses (no tone marks, đ as d, lower case), with dashes between words, the
 * way Vietnamese sites write their URLs.
 */
import { foldVietnamese } from './vn-fold.ts';

export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
