/**
 * Serves a built site on loopback the way a static host does: files from dist/ below
 * site.base, directory indexes, and 404.html for anything else. Used by `npm start` and the
 * tests' browser runs.
 */
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

export interface Served {
  server: Server;
  origin: string;
  close: () => Promise<void>;
}

export function serveDist(dir: string, { port = 4321, host = '127.0.0.1', base = '/' } = {}): Promise<Served> {
  const files = sirv(dir, { dev: false, etag: true, dotfiles: false });
  const notFound = path.join(dir, '404.html');
  const prefix = base.replace(/\/$/, '');
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const send404 = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    };
    if (prefix && !(url === prefix || url.startsWith(`${prefix}/`))) return send404();
    req.url = url.slice(prefix.length) || '/';
    files(req, res, send404);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        server,
        origin: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}`,
        // Browsers keep connections open: closing ends them too, or the server would wait on the browser.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** A free port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
