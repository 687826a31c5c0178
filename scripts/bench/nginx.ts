/** nginx serving a built site with the example configuration (deploy/nginx.conf), on loopback only. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/content-folder/paths.ts';
import { freePort } from '../serve.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export async function startNginx(dist: string): Promise<{ origin: string; stop: () => void }> {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: apt-get install nginx-light (or set NGINX_PATH)`);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const tmp = mkdtempSync(path.join(tmpdir(), 'sukien-nginx-'));
  const server = readFileSync(path.join(PROJECT_ROOT, 'deploy/nginx.conf'), 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/var\/www\/sukien;/, `root ${dist};`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${tmp}/${t};`).join('\n');
  writeFileSync(
    path.join(tmp, 'nginx.conf'),
    `worker_processes auto;\ndaemon off;\npid ${tmp}/nginx.pid;\nerror_log ${tmp}/error.log;\nevents { worker_connections 1024; }\nhttp {\ninclude /etc/nginx/mime.types;\naccess_log off;\n${temp}\n${server}\n}\n`,
  );
  const child = spawn(NGINX, ['-c', path.join(tmp, 'nginx.conf'), '-p', tmp], { stdio: 'inherit' });
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(`${origin}/`).then(
        () => true,
        () => false,
      )
    )
      return {
        origin,
        stop: () => {
          child.kill();
          rmSync(tmp, { recursive: true, force: true });
        },
      };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`nginx did not start (${path.join(tmp, 'error.log')})`);
}
