// The demo server's write routes over real HTTP: PUT and DELETE /v0/profile/contacts/{contactType}
// answered by the stand-in service, with the slot rules, the editor's validation (every shared
// vector), the CSRF token and the failures a person trying the demo can ask for.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { URL, fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { readFixture } from '../../fixtures/index.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { cases } = readFixture('edit-validation-vectors.json');

const denise = {
  contactType: 'Emergency Contact',
  givenName: 'Denise',
  familyName: 'Okafor',
  relationship: 'SISTER',
  primaryPhone: '5125550108',
};

let buildDir;
let server;
let csrfToken;

/** Starts `node demo/server.mjs` on a free port; resolves once it has said where and what it serves. */
function startServer(env) {
  const child = spawn(process.execPath, ['demo/server.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk) => (output += chunk);
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((done) => child.once('exit', (code) => done(code)));
  return new Promise((started, failed) => {
    const timer = setTimeout(() => failed(new Error(`the demo server printed no URL:\n${output}`)), 15_000);
    child.stdout.on('data', () => {
      const match = /^Demo: (http:\/\/127\.0\.0\.1:\d+)\/$/m.exec(output);
      if (!match || !/^Writes/m.test(output)) return;
      clearTimeout(timer);
      started({
        origin: match[1],
        output: () => output,
        stop: () => (child.exitCode === null && child.kill('SIGTERM'), exited),
      });
    });
    exited.then((code) => failed(new Error(`the demo server exited (${code}):\n${output}`)));
  });
}

const slotUrl = (contactType, scenario, query = '') =>
  `${server.origin}/v0/profile/contacts/${encodeURIComponent(contactType)}?scenario=${scenario}${query}`;

/** A PUT as the write client sends it. */
function put(contactType, attributes, { scenario, action = 'update', headers = {}, query = '' }) {
  return fetch(slotUrl(contactType, scenario, query), {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/json',
      'X-Key-Inflection': 'camel',
      'X-CSRF-Token': csrfToken,
      [action === 'create' ? 'If-None-Match' : 'If-Match']: '*',
      ...headers,
    },
    body: JSON.stringify({ data: { type: 'contact', id: contactType, attributes: { ...attributes, contactType } } }),
  });
}

const remove = (contactType, { scenario, headers = {}, query = '', signal }) =>
  fetch(slotUrl(contactType, scenario, query), { method: 'DELETE', headers: { 'X-CSRF-Token': csrfToken, ...headers }, signal });

/** What a fresh GET shows: each contact's type and given name. */
async function onFile(scenario, origin = server.origin) {
  const response = await fetch(`${origin}/v0/profile/contacts?scenario=${scenario}`, { headers: { 'X-Key-Inflection': 'camel' } });
  const { data } = await response.json();
  return data.map((item) => `${item.attributes.contactType}: ${item.attributes.givenName}`);
}

const pointer = (field) => `data/attributes/${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

before(async () => {
  // The stand-in is handed the validation source itself, bundled here, so that the routes are
  // tested against the rules the browser tests check, whatever the last build wrote.
  buildDir = mkdtempSync(join(tmpdir(), 'validation-'));
  const validationModule = join(buildDir, 'validation.mjs');
  await build({ entryPoints: [join(root, 'src/editing/validation.ts')], bundle: true, format: 'esm', outfile: validationModule, logLevel: 'silent' });
  server = await startServer({ VALIDATION_MODULE: validationModule });
  csrfToken = (await fetch(`${server.origin}/v0/profile/contacts`)).headers.get('x-csrf-token');
});

after(async () => {
  if (server) assert.equal(await server.stop(), 0, 'the demo server stops cleanly');
  rmSync(buildDir, { recursive: true, force: true });
});

test('hands out a CSRF token with the contacts and refuses a write without it', async () => {
  assert.match(csrfToken ?? '', /^[\w-]{16,}$/);
  const response = await put('Emergency Contact', denise, { scenario: 'empty', action: 'create', headers: { 'X-CSRF-Token': 'stale' } });
  assert.equal(response.status, 403);
  const withoutToken = await fetch(slotUrl('Emergency Contact', 'empty'), { method: 'DELETE' });
  assert.equal(withoutToken.status, 403);
  assert.deepEqual(await onFile('empty'), []);
});

describe('the shared validation vectors, through PUT', { concurrency: true }, () => {
  for (const vector of cases) {
    test(vector.name, async () => {
      const response = await put(vector.contactType, vector.input, { scenario: 'full' });
      const body = await response.json();
      if (vector.sent) {
        assert.equal(response.status, 200);
        assert.deepEqual(body.data.attributes, vector.sent);
      } else {
        assert.equal(response.status, 422);
        const pointers = body.errors.map((error) => error.source.pointer).sort();
        assert.deepEqual(pointers, Object.keys(vector.errors).map(pointer).sort());
      }
    });
  }
});

describe('the slot rules', () => {
  test('a secondary saved with no primary on file is stored as the primary', async () => {
    const response = await put('Other emergency contact', denise, { scenario: 'empty', action: 'create' });
    assert.equal(response.status, 200);
    assert.equal((await response.json()).data.id, 'Emergency Contact');
    assert.deepEqual(await onFile('empty'), ['Emergency Contact: Denise']);
  });

  test('creating into a slot filled meanwhile, or replacing in an empty one, answers 412', async () => {
    const created = await put('Emergency Contact', { ...denise, givenName: 'Marcus' }, { scenario: 'empty', action: 'create' });
    assert.equal(created.status, 412);
    const replaced = await put('Other emergency contact', { ...denise, givenName: 'Marcus' }, { scenario: 'empty', action: 'update' });
    assert.equal(replaced.status, 412);
    assert.deepEqual(await onFile('empty'), ['Emergency Contact: Denise']);
  });

  test('deleting the primary moves the secondary up; deleting an empty slot answers 404', async () => {
    assert.equal((await put('Other emergency contact', { ...denise, givenName: 'Marcus' }, { scenario: 'empty', action: 'create' })).status, 200);
    assert.deepEqual(await onFile('empty'), ['Emergency Contact: Denise', 'Other emergency contact: Marcus']);
    const deleted = await remove('Emergency Contact', { scenario: 'empty' });
    assert.equal(deleted.status, 204);
    assert.equal(await deleted.text(), '');
    assert.deepEqual(await onFile('empty'), ['Emergency Contact: Marcus']);
    assert.equal((await remove('Other emergency contact', { scenario: 'empty' })).status, 404);
  });

  test('an unknown contact type answers 404', async () => {
    assert.equal((await put('Power of Attorney', denise, { scenario: 'empty', action: 'create' })).status, 404);
    assert.equal((await remove('emergency contact', { scenario: 'empty' })).status, 404);
  });

  test('each scenario keeps its own contacts, as written, with the server', async () => {
    const partial = ['Emergency Contact: Rosa', 'Primary Next of Kin: Hiroshi'];
    assert.deepEqual(await onFile('partial'), partial);
    assert.equal((await remove('Emergency Contact', { scenario: 'hostile' })).status, 204);
    assert.deepEqual(await onFile('partial'), partial);
  });
});

describe('failures on request', { concurrency: true }, () => {
  for (const failure of ['500', '503', '401', '403', '412', '422']) {
    test(`a write asked to fail with ${failure} answers ${failure}, by header or by query, and changes nothing`, async () => {
      const before = await onFile('full');
      const byHeader = await put('Emergency Contact', denise, { scenario: 'full', headers: { 'X-Stand-In-Fail': failure } });
      const byQuery = await remove('Emergency Contact', { scenario: 'full', query: `&fail=${failure}` });
      assert.deepEqual([byHeader.status, byQuery.status], [Number(failure), Number(failure)]);
      assert.ok(Array.isArray((await byHeader.json()).errors));
      assert.deepEqual(await onFile('full'), before);
    });
  }

  test('timeout: the write gets no answer at all', async () => {
    // The client gives up first: the server never answers.
    const waiting = remove('Emergency Contact', { scenario: 'full', query: '&fail=timeout', signal: AbortSignal.timeout(1500) });
    await assert.rejects(waiting, (error) => error.name === 'TimeoutError');
  });

  test('network: the connection is dropped', async () => {
    await assert.rejects(remove('Emergency Contact', { scenario: 'full', headers: { 'X-Stand-In-Fail': 'network' } }), TypeError);
  });
});

describe('methods', () => {
  test('OPTIONS names what each path allows; other methods answer 405', async () => {
    const slot = await fetch(slotUrl('Emergency Contact', 'full'), { method: 'OPTIONS' });
    assert.deepEqual([slot.status, slot.headers.get('allow')], [204, 'PUT, DELETE, OPTIONS']);
    const list = await fetch(`${server.origin}/v0/profile/contacts`, { method: 'OPTIONS' });
    assert.deepEqual([list.status, list.headers.get('allow')], [204, 'GET, HEAD, OPTIONS']);
    const posted = await fetch(`${server.origin}/v0/profile/contacts`, { method: 'POST', body: '{}' });
    assert.deepEqual([posted.status, posted.headers.get('allow')], [405, 'GET, HEAD']);
    const patched = await fetch(slotUrl('Emergency Contact', 'full'), { method: 'PATCH', headers: { 'X-CSRF-Token': csrfToken }, body: '{}' });
    assert.deepEqual([patched.status, patched.headers.get('allow')], [405, 'PUT, DELETE']);
    const page = await fetch(`${server.origin}/`, { method: 'DELETE' });
    assert.equal(page.status, 405);
  });

  test('a body larger than any contact answers 413', async () => {
    const response = await put('Emergency Contact', { ...denise, givenName: 'x'.repeat(100_000) }, { scenario: 'full' });
    assert.equal(response.status, 413);
  });
});

test('the log names methods, paths and query keys, never a body, a query value or the token', () => {
  const log = server
    .output()
    .split('\n')
    .filter((line) => /^[A-Z]+ \//.test(line))
    .join('\n');
  assert.match(log, /^PUT \/v0\/profile\/contacts\/Emergency%20Contact\?scenario 200 /m);
  assert.match(log, /^DELETE \/v0\/profile\/contacts\/Emergency%20Contact\?scenario&fail 500 /m);
  assert.doesNotMatch(log, /Denise|Okafor|5125550108|Marcus|fail=|=500/);
  assert.ok(!log.includes(csrfToken));
});

test('restarting forgets every write; without the validation module, writes answer 503', async () => {
  const fresh = await startServer({ VALIDATION_MODULE: join(buildDir, 'missing.mjs') });
  try {
    assert.match(fresh.output(), /Writes answer 503/);
    assert.deepEqual(await onFile('empty', fresh.origin), []);
    const token = (await fetch(`${fresh.origin}/v0/profile/contacts`)).headers.get('x-csrf-token');
    assert.notEqual(token, csrfToken);
    const response = await fetch(`${fresh.origin}/v0/profile/contacts/Emergency%20Contact`, {
      method: 'DELETE',
      headers: { 'X-CSRF-Token': token },
    });
    assert.equal(response.status, 503);
  } finally {
    assert.equal(await fresh.stop(), 0);
  }
});
