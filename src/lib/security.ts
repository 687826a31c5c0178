/**
 * The Content-Security-Policy and the other security headers, from one place: the <meta>
 * in every page, the `_headers` file for static hosts and the nginx example all use these.
 *
 * No inline script or style is allowed anywhere ('unsafe-inline' never appears): scripts and
 * stylesheets are files from the site itself. Pagefind's WebAssembly needs
 * 'wasm-unsafe-eval'. Frames load only from site.embedHosts.
 */
function cspDirectives(embedHosts: readonly string[]): [string, string][] {
  return [
    ['default-src', "'self'"],
    ['script-src', "'self' 'wasm-unsafe-eval'"],
    ['style-src', "'self'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['media-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['frame-src', embedHosts.length > 0 ? embedHosts.map((h) => `https://${h}`).join(' ') : "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
}

const join = (directives: [string, string][]) => directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy for the <meta> tag (frame-ancestors works only as a header, so it is not here). */
export function cspMeta(embedHosts: readonly string[]): string {
  return join(cspDirectives(embedHosts));
}

/** The policy as an HTTP header, with frame protection. */
function cspHeader(embedHosts: readonly string[]): string {
  return join([...cspDirectives(embedHosts), ['frame-ancestors', "'none'"]]);
}

export function securityHeaders(embedHosts: readonly string[]): [string, string][] {
  return [
    ['Content-Security-Policy', cspHeader(embedHosts)],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  ];
}

/** A `_headers` file (Netlify, Cloudflare Pages and other static hosts read it). */
export function headersFile(embedHosts: readonly string[], base: string): string {
  const lines = [`${base}*`, ...securityHeaders(embedHosts).map(([k, v]) => `  ${k}: ${v}`)];
  return `${lines.join('\n')}\n`;
}
