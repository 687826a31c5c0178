/** The nginx example (deploy/nginx.conf) served for real on loopback, in front of the demo site. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { adminSecurityHeaders, securityHeaders } from '../../src/lib/security.ts';
import { startNginx } from '../../scripts/bench/nginx.ts';

const dist = inject('demoDist');
let origin: string;
let stop: () => void;

beforeAll(async () => {
  ({ origin, stop } = await startNginx(dist));
});
afterAll(() => stop?.());

describe('nginx with the example configuration', () => {
  test('pages come with every security header and a short cache', async () => {
    const response = await fetch(`${origin}/ban-tin/`);
    expect(response.status).toBe(200);
    for (const [name, value] of securityHeaders([])) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  test("the staff's editor comes with its own policy and every other header, and is never kept stale", async () => {
    for (const url of ['/admin/', '/admin/config.json', '/admin/editor.js']) {
      const response = await fetch(`${origin}${url}`);
      expect(response.status, url).toBe(200);
      for (const [name, value] of adminSecurityHeaders(undefined)) expect(response.headers.get(name), `${url} ${name}`).toBe(value);
      expect(response.headers.get('cache-control'), url).toBe('no-cache');
    }
  });

  test('hashed assets are cached for a year and text is compressed', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
    const response = await fetch(`${origin}${css}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(response.headers.get('expires')).toBeTruthy();
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  test('feeds are served as RSS', async () => {
    const response = await fetch(`${origin}/rss.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/xml/);
  });

  test('an unknown address gets the 404 page with status 404', async () => {
    const response = await fetch(`${origin}/khong-co-trang-nay/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Không tìm thấy trang');
  });
});
