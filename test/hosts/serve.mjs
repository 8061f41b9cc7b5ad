// One origin on 127.0.0.1 for a built host app: the profile service's two endpoints answered from
// the fixtures, and everything else either the app's built files or, for an app with its own
// server (Next.js), that server's answers.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as forward } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { URL } from 'node:url';
import { fixturesDir } from '../../fixtures/index.mjs';

const API = {
  '/v0/profile/contacts': 'contacts-full.json',
  '/v0/feature_toggles': 'feature-toggles.json',
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** The file a path names inside `root` (a folder's index.html), or undefined. */
function fileIn(root, pathname) {
  const file = normalize(join(root, decodeURIComponent(pathname)));
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) return fileIn(root, join(pathname, 'index.html'));
  return existsSync(file) ? file : undefined;
}

/**
 * Starts the server: `root` serves a folder of built files (plus `files`, path → file), `upstream`
 * forwards to another server. Resolves to its URL, the paths it was asked for, each request's
 * path and `X-Host-App` header (which a host app's own fetch adds), and `close()`.
 */
export async function serveHostApp({ root, files = {}, upstream }) {
  const requested = [];
  const requests = [];
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    requested.push(pathname);
    requests.push({ path: pathname, hostApp: req.headers['x-host-app'] });
    const fixture = API[pathname];
    if (fixture) {
      res.writeHead(200, { 'content-type': 'application/json' });
      createReadStream(join(fixturesDir, fixture)).pipe(res);
      return;
    }
    if (upstream) {
      const { hostname, port } = new URL(upstream);
      const proxied = forward({ hostname, port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      });
      proxied.on('error', (error) => res.writeHead(502).end(String(error)));
      req.pipe(proxied);
      return;
    }
    const file = files[pathname] ?? fileIn(root, pathname);
    res.writeHead(file ? 200 : 404, { 'content-type': (file && TYPES[extname(file)]) || 'text/plain' });
    if (file) createReadStream(file).pipe(res);
    else res.end('Not found');
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    requested,
    requests,
    close: () =>
      new Promise((closed) => {
        server.close(closed);
        server.closeAllConnections();
      }),
  };
}
