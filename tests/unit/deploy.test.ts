import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { adminCspMeta, adminSecurityHeaders, cspMeta, headersFile, securityHeaders } from '../../src/lib/security.ts';

const nginx = readFileSync(path.resolve(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');

test('the nginx example sends every security header of the site, in every location that sets its own headers', () => {
  // nginx drops the server's add_header lines in a location that has its own: each block must repeat them.
  const [server, ...locations] = nginx.split(/\n\s*location /);
  const blocks = [server!, ...locations.filter((b) => b.startsWith('/ {'))];
  expect(blocks).toHaveLength(2);
  for (const block of blocks) {
    for (const [name, value] of securityHeaders([])) expect(block).toContain(`add_header ${name} "${value}" always;`);
  }
  // The editor's block repeats every header too, with the editor's policy and not the site's.
  const admin = locations.find((b) => b.startsWith('/admin/ {'))!;
  for (const [name, value] of adminSecurityHeaders(undefined)) expect(admin).toContain(`add_header ${name} "${value}" always;`);
  expect(admin).not.toContain(securityHeaders([])[0]![1]);
});

test('_headers: no rule for the whole site, so that /admin/ gets its own policy alone', () => {
  const site = { embedHosts: [], base: '/covid/', editor: {} };
  const file = headersFile(site, { folders: ['_astro', 'admin', 'ban-tin', 'pagefind'], files: ['404.html', 'rss.xml'] });
  const rules = file.split(/\n(?=\S)/).map((rule) => {
    const [path, ...lines] = rule.trim().split('\n');
    return {
      path: path!,
      csp: lines
        .find((l) => l.includes('Content-Security-Policy'))!
        .split(': ')
        .slice(1)
        .join(': '),
    };
  });
  expect(rules.map((r) => r.path)).toEqual([
    '/covid/',
    '/covid/_astro/*',
    '/covid/ban-tin/*',
    '/covid/pagefind/*',
    '/covid/404.html',
    '/covid/rss.xml',
    '/covid/admin/*',
  ]);
  // A host merges every rule that matches a path (a `*` rule matches everything below it): only the editor's matches /admin/.
  const matches = (pattern: string, url: string) => (pattern.endsWith('*') ? url.startsWith(pattern.slice(0, -1)) : url === pattern);
  expect(rules.filter((r) => matches(r.path, '/covid/admin/')).map((r) => r.csp)).toEqual([adminSecurityHeaders(undefined)[0]![1]]);
  expect(rules.filter((r) => matches(r.path, '/covid/ban-tin/2020-02-05/')).map((r) => r.csp)).toEqual([securityHeaders([])[0]![1]]);
});

test("the editor's policy: what the editor needs, and the province's own sign-in server if it has one", () => {
  expect(adminCspMeta(undefined)).toContain("connect-src 'self' blob: data: https://api.github.com;");
  expect(adminCspMeta('https://auth.example.gov.vn/oauth')).toContain('https://api.github.com https://auth.example.gov.vn;');
  expect(adminCspMeta(undefined)).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
  expect(adminCspMeta(undefined)).not.toMatch(/script-src[^;]*('unsafe-inline'|'unsafe-eval'|https:)/);
});

test('the meta policy never carries frame-ancestors (browsers ignore it there) nor unsafe-inline', () => {
  expect(cspMeta(['www.youtube.com'])).not.toMatch(/frame-ancestors|unsafe-inline/);
  expect(cspMeta(['www.youtube.com'])).toContain('frame-src https://www.youtube.com');
  expect(cspMeta([])).toContain("frame-src 'none'");
});
