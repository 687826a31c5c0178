import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { cspMeta, securityHeaders } from '../../src/lib/security.ts';

const nginx = readFileSync(path.resolve(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');

test('the nginx example sends every security header of the site, in every location that sets its own headers', () => {
  // nginx drops the server's add_header lines in a location that has its own: each block must repeat them.
  const [server, ...locations] = nginx.split(/\n\s*location /);
  const blocks = [server!, ...locations.filter((b) => b.includes('Cache-Control "public, max-age'))];
  expect(blocks).toHaveLength(2);
  for (const block of blocks) {
    for (const [name, value] of securityHeaders([])) expect(block).toContain(`add_header ${name} "${value}" always;`);
  }
});

test('the meta policy never carries frame-ancestors (browsers ignore it there) nor unsafe-inline', () => {
  expect(cspMeta(['www.youtube.com'])).not.toMatch(/frame-ancestors|unsafe-inline/);
  expect(cspMeta(['www.youtube.com'])).toContain('frame-src https://www.youtube.com');
  expect(cspMeta([])).toContain("frame-src 'none'");
});
