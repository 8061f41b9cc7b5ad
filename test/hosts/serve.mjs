// One origin on 127.0.0.1 for a built host app: the profile service's endpoints answered by the
// stand-in contacts service (reads and writes, as the package's write contract says) and the
// toggles fixture, and everything else either the app's built files or, for an app with its own
// server (Next.js, Angular), that server's answers.
import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as forward } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { URL, pathToFileURL } from 'node:url';
import { createContactsService } from '../../demo/contacts-service.mjs';
import { readFixture } from '../../fixtures/index.mjs';
import { repoRoot } from '../package/host-project.mjs';

const CONTACTS = '/v0/profile/contacts';
const TOGGLES = '/v0/feature_toggles';

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

/** The request body as text. */
async function bodyOf(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The editor's own validation, as the build writes it (the host apps' tarball is packed from the
 * same build): the stand-in checks writes with it, as the demo's server does.
 */
async function builtValidation() {
  const module = await import(pathToFileURL(join(repoRoot, 'dist/editing/validation.js')).href);
  return module.validateContactForm;
}

/**
 * Starts the server: `root` serves a folder of built files (plus `files`, path → file), `upstream`
 * forwards to another server. The contacts are a fresh stand-in service holding
 * `contacts-full.json` (writes kept until the server closes; each answer carries a CSRF token that
 * a write must send back, as the service's do); the toggles are `feature-toggles.json` plus
 * `toggles` (name → value). Resolves to its URL, the paths it was asked for, each request (method,
 * path, query, `X-Host-App` header, which a host app's own fetch adds, and for a write its
 * `If-Match`, `If-None-Match` and `X-CSRF-Token` headers and its body), the token, and `close()`.
 */
export async function serveHostApp({ root, files = {}, upstream, toggles = {} }) {
  const csrfToken = randomUUID();
  const service = createContactsService({ document: readFixture('contacts-full.json'), validate: await builtValidation(), csrfToken });
  const requested = [];
  const requests = [];

  async function answerContacts(req, res, url, request) {
    const write = req.method !== 'GET' && req.method !== 'HEAD';
    const body = write ? await bodyOf(req) : undefined;
    if (write) {
      Object.assign(request, {
        ifMatch: req.headers['if-match'],
        ifNoneMatch: req.headers['if-none-match'],
        csrfToken: req.headers['x-csrf-token'],
        body,
      });
    }
    const path = `${url.pathname.slice(CONTACTS.length)}${url.search}`;
    const answer = service.handle({ method: req.method, path, headers: req.headers, body });
    if (answer.fault) return void req.socket.destroy();
    const json = answer.body === undefined ? undefined : JSON.stringify(answer.body);
    res.writeHead(answer.status, { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...answer.headers });
    res.end(json);
  }

  function answerToggles(res) {
    const { data } = readFixture('feature-toggles.json');
    const features = [...data.features, ...Object.entries(toggles).map(([name, value]) => ({ name, value }))];
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: { ...data, features } }));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const { pathname } = url;
    requested.push(pathname);
    const request = { method: req.method, path: pathname, query: url.search, hostApp: req.headers['x-host-app'] };
    requests.push(request);
    if (pathname === CONTACTS || pathname.startsWith(`${CONTACTS}/`)) {
      answerContacts(req, res, url, request).catch((error) => res.writeHead(500).end(String(error)));
      return;
    }
    if (pathname === TOGGLES) return answerToggles(res);
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
    csrfToken,
    close: () =>
      new Promise((closed) => {
        server.close(closed);
        server.closeAllConnections();
      }),
  };
}
