/**
 * What a print sheet is checked for, in Chromium: how many A4 pages it prints on, where its
 * QR code leads, and which texts lose their contrast on a black-and-white printer.
 */
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

/** The pages Chromium prints the open page on, with its own @page size (A4) and backgrounds. */
export async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  return (await PDFDocument.load(pdf)).getPageCount();
}

/** What the QR code in `selector` says, read from its pixels as a phone's camera would. */
export async function scanQr(page: Page, selector: string): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

export interface GrayProblem {
  text: string;
  ratio: number;
  needed: number;
}

/**
 * Every text of the printed page whose contrast with its background, both turned to gray the
 * way CSS `grayscale(1)` and most printer drivers do (luma of the sRGB values), is below
 * WCAG's 4.5:1 (3:1 for large text). Call it with the page emulating print.
 */
export function grayContrastProblems(page: Page, root = 'main'): Promise<GrayProblem[]> {
  return page.evaluate((rootSelector) => {
    const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const gray = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      return gray <= 0.04045 ? gray / 12.92 : ((gray + 0.055) / 1.055) ** 2.4;
    };
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = channels(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c[3] ?? 0) > 0) return c;
      }
      return [255, 255, 255];
    };
    const problems: { text: string; ratio: number; needed: number }[] = [];
    for (const el of document.querySelectorAll(`${rootSelector} *`)) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      const style = getComputedStyle(el);
      if (!own || style.visibility === 'hidden' || (el as HTMLElement).offsetParent === null) continue;
      const [fg, bg] = [luminance(channels(style.color)), luminance(background(el))];
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      if (ratio < needed) problems.push({ text: own.slice(0, 60), ratio: Math.round(ratio * 100) / 100, needed });
    }
    return problems;
  }, root);
}
