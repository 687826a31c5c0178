/** A QR code to a page, drawn at build time as an SVG picture (the `qrcode` package), for the print sheets. */
import QRCode from 'qrcode';

/** The QR code of `url` as a `data:` address for an <img>: black on white, with the four-module margin scanners need. */
export async function qrImage(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
