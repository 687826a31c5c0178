/** The nginx example (deploy/nginx.conf) served for real on loopback, in front of the demo site. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { securityHeaders } from '../../src/lib/security.ts';
import { ROOT, freePort } from '../helpers/build.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const dist = inject('demoDist');
let nginx: ChildProcess;
let origin: string;

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: apt-get install nginx-light (or set NGINX_PATH)`);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const tmp = mkdtempSync(path.join(tmpdir(), 'sukien-nginx-'));
  const server = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/var\/www\/sukien;/, `root ${dist};`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${tmp}/${t};`).join('\n');
  writeFileSync(
    path.join(tmp, 'nginx.conf'),
    `worker_processes 1;\ndaemon off;\npid ${tmp}/nginx.pid;\nerror_log ${tmp}/error.log;\nevents {}\nhttp {\ninclude /etc/nginx/mime.types;\naccess_log off;\n${temp}\n${server}\n}\n`,
  );
  nginx = spawn(NGINX, ['-c', path.join(tmp, 'nginx.conf'), '-p', tmp], { stdio: 'inherit' });
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(`${origin}/`).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('nginx did not start');
});
afterAll(() => {
  nginx?.kill();
});

describe('nginx with the example configuration', () => {
  test('pages come with every security header and a short cache', async () => {
    const response = await fetch(`${origin}/ban-tin/`);
    expect(response.status).toBe(200);
    for (const [name, value] of securityHeaders([])) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
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
