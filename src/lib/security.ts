/**
 * The Content-Security-Policy and the other security headers, from one place: the <meta>
 * in every page, the `_headers` file for static hosts and the nginx example all use these.
 *
 * No inline script or style is allowed anywhere ('unsafe-inline' never appears): scripts and
 * stylesheets are files from the site itself. Pagefind's WebAssembly needs
 * 'wasm-unsafe-eval'. Frames load only from site.embedHosts.
 */
import { EDITOR_PATH } from '../domain/routes.ts';

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

/** Where the editor signs in and saves: GitHub's API, and a province's own OAuth server if it has one. */
const CODE_HOST_API = 'https://api.github.com';

/**
 * The editor's policy at /admin/ (Sveltia CMS), and only there: what the editor needs, nothing
 * more. Its own components set inline styles ('unsafe-inline' for styles, never for scripts);
 * it reads pictures and files it is given as blob: and data: addresses; its image encoder is
 * WebAssembly; it talks to the code host's API, and shows avatars and pictures from GitHub.
 */
function adminCspDirectives(authEndpoint: string | undefined): [string, string][] {
  const auth = authEndpoint ? ` ${new URL(authEndpoint).origin}` : '';
  return [
    ['default-src', "'self'"],
    ['script-src', "'self' 'wasm-unsafe-eval'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com"],
    ['font-src', "'self'"],
    ['connect-src', `'self' blob: data: ${CODE_HOST_API}${auth}`],
    ['media-src', "'self' blob:"],
    ['worker-src', "'self' blob:"],
    ['frame-src', 'blob:'],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
}

export function adminCspMeta(authEndpoint: string | undefined): string {
  return join(adminCspDirectives(authEndpoint));
}

/** The editor's headers: the same as every page's, with its own policy. */
export function adminSecurityHeaders(authEndpoint: string | undefined): [string, string][] {
  return securityHeaders([]).map(([name, value]) =>
    name === 'Content-Security-Policy' ? [name, join([...adminCspDirectives(authEndpoint), ['frame-ancestors', "'none'"]])] : [name, value],
  );
}

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

/**
 * A `_headers` file (Netlify, Cloudflare Pages and other static hosts read it). Those hosts send
 * the headers of every rule that matches, so a rule for the whole site would also give /admin/
 * the strict policy, and two policies are both enforced: the site's rules name each of the
 * site's top-level folders and files instead, and /admin/ has its own.
 */
export function headersFile(
  site: { embedHosts: readonly string[]; base: string; editor: { authEndpoint?: string | undefined } },
  topLevel: { folders: readonly string[]; files: readonly string[] },
): string {
  const editor = EDITOR_PATH.replace(/^\/|\/$/g, '');
  const block = (path: string, headers: [string, string][]) => [path, ...headers.map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  const site_ = securityHeaders(site.embedHosts);
  const rules = [
    block(site.base, site_),
    ...topLevel.folders.filter((f) => f !== editor).map((f) => block(`${site.base}${f}/*`, site_)),
    ...topLevel.files.map((f) => block(`${site.base}${f}`, site_)),
    block(`${site.base}${editor}/*`, adminSecurityHeaders(site.editor.authEndpoint)),
  ];
  return `${rules.join('\n')}\n`;
}
