// The demo: a host app's "Profile" page using the built package, against a stand-in of the real
// API answered from the repository's fixtures. Plain Node, no dependencies.
//
//   npm start                      builds, then serves http://127.0.0.1:8000/
//   PORT=9000 node demo/server.mjs another port (0: any free port)
//   FIXTURES_DIR=path              where the fixture payloads live (default fixtures/)
//   VALIDATION_MODULE=path         the editor's validation the writes are checked with
//                                  (default dist/editing/validation.js, which the build writes)
//
// Contacts can be written too, as the package's write contract says: `PUT` and `DELETE`
// /v0/profile/contacts/{contactType}, kept in memory per scenario until the server stops. A write
// with the header `X-Stand-In-Fail` or the query parameter `fail` set to 500, 503, 401, 403, 412,
// 422, timeout (never answers) or network (the connection is dropped) fails that way.
import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import process from 'node:process';
import { setTimeout } from 'node:timers';
import { setTimeout as delay } from 'node:timers/promises';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { fixturesDir, readFixture } from '../fixtures/index.mjs';
import { FAILURES, createContactsService } from './contacts-service.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const demoDir = resolve(repoRoot, 'demo');
const distDir = resolve(repoRoot, 'dist');

const CONTACTS = '/v0/profile/contacts';
/** The largest write body read; a contact is well under 2 KB. */
const MAX_BODY = 64 * 1024;

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** The few demo files served at the root; nothing else under demo/ is reachable. */
const demoFiles = new Map([
  ['/', 'index.html'],
  ['/index.html', 'index.html'],
  ['/demo.js', 'demo.js'],
  ['/demo.css', 'demo.css'],
  ['/favicon.svg', 'favicon.svg'],
]);

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * What the stand-in API answers for each scenario. `contacts` names a fixture (or an error);
 * `flag` is the toggle's value; `delay` replaces the usual 300–600 ms latency of the contacts.
 */
const scenarios = {
  full: { contacts: 'contacts-full.json' },
  partial: { contacts: 'contacts-partial.json' },
  // The service's own default form, sent as is whatever the request asks: the element reads both.
  snake: { contacts: 'contacts-snake.json', asSent: true },
  empty: { contacts: 'contacts-empty.json' },
  hostile: { contacts: 'contacts-hostile.json' },
  unauthorized: { status: 401, contacts: 'error-401.json' },
  'server-error-then-success': { contacts: 'contacts-full.json', failFirst: true },
  slow: { contacts: 'contacts-full.json', delay: 3000 },
  'flag-off': { contacts: 'contacts-full.json', flag: false },
  'non-patient': { contacts: 'contacts-full.json' },
};

for (const name of ['contacts-full.json', 'feature-toggles.json', 'error-401.json', 'error-500.json']) {
  if (!existsSync(resolve(fixturesDir, name))) {
    process.stderr.write(`No fixture ${name} in ${fixturesDir}: set FIXTURES_DIR to the fixtures folder.\n`);
    process.exit(1);
  }
}

const validationModule = process.env.VALIDATION_MODULE
  ? resolve(process.env.VALIDATION_MODULE)
  : resolve(distDir, 'editing', 'validation.js');
/** The editor's own validation, or undefined until the build has written it (the stand-in then answers writes 503). */
const validateContactForm = existsSync(validationModule)
  ? (await import(pathToFileURL(validationModule).href)).validateContactForm
  : undefined;

/** One token for the server's life, handed out on every contacts answer and required on writes. */
const csrfToken = randomUUID();

/** The contacts of each scenario as written so far: kept in memory, back to the fixture on restart. */
const services = new Map();

function serviceOf(scenario) {
  if (!services.has(scenario.name)) {
    const document = readFixture(scenario.contacts);
    services.set(scenario.name, createContactsService({ document, validate: validateContactForm, csrfToken, snakeCase: scenario.asSent }));
  }
  return services.get(scenario.name);
}

function scenarioOf(url) {
  const name = url.searchParams.get('scenario') ?? 'full';
  return Object.hasOwn(scenarios, name) ? { name, ...scenarios[name] } : { name: 'full', ...scenarios.full };
}

function latency(delay) {
  return delay ?? 300 + Math.floor(Math.random() * 300);
}

const toSnakeCase = (key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const toCamelCase = (key) => key.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

/** Page loads of server-error-then-success already answered 500 once (keyed by the page's `load` id). */
const failedLoads = new Set();
let unkeyedRequests = 0;

function failsThisTime(url) {
  const load = url.searchParams.get('load');
  if (!load) return unkeyedRequests++ % 2 === 0;
  if (failedLoads.has(load)) return false;
  if (failedLoads.size > 1000) failedLoads.clear();
  failedLoads.add(load);
  return true;
}

/**
 * The contacts as written so far (snake_case keys unless the request asks for camelCase, as the
 * real service answers; the snake scenario always as the service sends by default).
 */
function contactsAnswer(url, headers) {
  const scenario = scenarioOf(url);
  if (scenario.status) return { status: scenario.status, body: readFixture(scenario.contacts) };
  if (scenario.failFirst && failsThisTime(url)) return { status: 500, body: readFixture('error-500.json') };
  return { ...serviceOf(scenario).handle({ method: 'GET', path: '', headers }), delay: scenario.delay };
}

/** A write to one contact's slot, answered by the scenario's stand-in service. */
function writeAnswer(url, headers, method, body) {
  const scenario = scenarioOf(url);
  if (scenario.status) return { status: scenario.status, body: readFixture(scenario.contacts) };
  const path = `${url.pathname.slice(CONTACTS.length)}${url.search}`;
  return { ...serviceOf(scenario).handle({ method, path, headers, body }), delay: scenario.delay };
}

function togglesAnswer(url) {
  const scenario = scenarioOf(url);
  const { data } = readFixture('feature-toggles.json');
  const asked = (url.searchParams.get('features') ?? '').split(',').map((f) => f.trim()).filter(Boolean);
  const names = [...new Set(asked.flatMap((f) => [toSnakeCase(f), toCamelCase(f)]))];
  const value = scenario.flag ?? true;
  return { status: 200, body: { data: { ...data, features: names.map((name) => ({ name, value })) } } };
}

function send(res, status, type, body, extraHeaders = {}) {
  if (status === 204) {
    res.writeHead(204, { 'Cache-Control': 'no-store', ...extraHeaders });
    return res.end();
  }
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...extraHeaders,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

const notFound = (res) => send(res, 404, 'text/plain; charset=utf-8', 'Not found: this demo serves its page, dist/ and the stand-in API.\n');

async function serveFile(res, file) {
  try {
    if (!(await stat(file)).isFile()) return notFound(res);
    const type = contentTypes[file.endsWith('.d.ts') ? '.ts' : extname(file)] ?? 'application/octet-stream';
    const headers = type.startsWith('text/html') ? { 'Content-Security-Policy': CSP } : {};
    send(res, 200, type, await readFile(file), headers);
  } catch {
    notFound(res);
  }
}

/** A file under dist/, or undefined when the path is malformed or leaves dist/. */
function distFile(pathname) {
  let relative;
  try {
    relative = decodeURIComponent(pathname.slice('/dist/'.length));
  } catch {
    return undefined;
  }
  if (!relative || relative.includes('\0')) return undefined;
  const file = resolve(distDir, relative);
  return file.startsWith(distDir + sep) ? file : undefined;
}

async function answerApi(req, res, answer) {
  await delay(latency(answer.delay));
  if (res.destroyed) return;
  // A failure asked for: no answer at all (the client's timeout decides), or a dropped connection.
  if (answer.fault === 'timeout') return;
  if (answer.fault === 'network') return req.socket.destroy();
  const body = answer.body === undefined ? '' : JSON.stringify(answer.body);
  send(res, answer.status, 'application/json; charset=utf-8', body, answer.headers);
}

/** The request body as text, or undefined when it is larger than a contact can be. */
async function bodyOf(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The contacts endpoint: the list (`GET`) and each contact's slot under it (`PUT`, `DELETE`). */
async function handleContacts(req, res, url) {
  const isList = url.pathname === CONTACTS;
  if (req.method === 'OPTIONS') return send(res, 204, '', '', { Allow: isList ? 'GET, HEAD, OPTIONS' : 'PUT, DELETE, OPTIONS' });
  if (isList && (req.method === 'GET' || req.method === 'HEAD')) return answerApi(req, res, contactsAnswer(url, req.headers));
  const body = req.method === 'PUT' ? await bodyOf(req) : undefined;
  if (body === undefined && req.method === 'PUT') {
    return send(res, 413, 'application/json; charset=utf-8', JSON.stringify({ errors: [{ title: 'Payload too large', status: '413' }] }));
  }
  return answerApi(req, res, writeAnswer(url, req.headers, req.method, body));
}

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === CONTACTS || url.pathname.startsWith(`${CONTACTS}/`)) return handleContacts(req, res, url);
  if (req.method === 'OPTIONS') return send(res, 204, '', '', { Allow: 'GET, HEAD, OPTIONS' });
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n', { Allow: 'GET, HEAD, OPTIONS' });
  }
  if (url.pathname === '/v0/feature_toggles') return answerApi(req, res, togglesAnswer(url));
  if (demoFiles.has(url.pathname)) return serveFile(res, resolve(demoDir, demoFiles.get(url.pathname)));
  if (url.pathname.startsWith('/dist/')) {
    const file = distFile(url.pathname);
    return file ? serveFile(res, file) : notFound(res);
  }
  notFound(res);
}

/** One line per request: method, path, status, time. Query values are left out of the log. */
function logRequest(req, res, started) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const keys = [...new Set(url.searchParams.keys())];
  const path = keys.length ? `${url.pathname}?${keys.join('&')}` : url.pathname;
  const scenario = url.pathname.startsWith('/v0/') ? ` [${scenarioOf(url).name}]` : '';
  const status = res.writableFinished ? res.statusCode : 'aborted';
  process.stdout.write(`${req.method} ${path} ${status} ${Date.now() - started}ms${scenario}\n`);
}

const server = createServer((req, res) => {
  const started = Date.now();
  res.once('close', () => logRequest(req, res, started));
  handle(req, res).catch(() => {
    if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error\n');
    else res.destroy();
  });
});

/** Listens on `port`; when it is taken, on the next ones, then on any free port. */
function listen(port, attemptsLeft) {
  server.once('error', (error) => {
    if (error.code !== 'EADDRINUSE' || port === 0) throw error;
    const next = attemptsLeft > 0 && port < 65535 ? port + 1 : 0;
    process.stdout.write(`Port ${port} is in use; trying ${next === 0 ? 'any free port' : next}.\n`);
    listen(next, attemptsLeft - 1);
  });
  server.listen(port, '127.0.0.1');
}

server.once('listening', () => {
  server.removeAllListeners('error');
  const { port } = server.address();
  process.stdout.write(`Demo: http://127.0.0.1:${port}/\n`);
  process.stdout.write(`Scenarios: ${Object.keys(scenarios).join(', ')} (add ?scenario=NAME). Ctrl-C stops.\n`);
  process.stdout.write(
    validateContactForm
      ? `Writes: PUT and DELETE ${CONTACTS}/{contactType}, kept until the server stops; X-Stand-In-Fail or ?fail= (${FAILURES.join(', ')}) makes one fail.\n`
      : `Writes answer 503: there is no ${validationModule} yet (npm run build writes it, or set VALIDATION_MODULE).\n`,
  );
});

const requested = process.env.PORT === undefined || process.env.PORT === '' ? 8000 : Number(process.env.PORT);
if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
  process.stderr.write(`PORT must be a port number (0 for any free port), not "${process.env.PORT}".\n`);
  process.exit(1);
}
if (!existsSync(resolve(distDir, 'health-contacts.bundle.js'))) {
  process.stdout.write('dist/health-contacts.bundle.js is missing: run `npm run build` (npm start does).\n');
}
listen(requested, 10);

function stop(signal) {
  process.stdout.write(`${signal}: stopping the demo server.\n`);
  server.close(() => process.exit(0));
  // Browsers keep connections open; close them so that close() completes.
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));
