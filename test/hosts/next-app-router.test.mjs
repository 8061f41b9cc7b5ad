// A Next.js App Router app: a server-rendered page (a Server Component) that renders the
// wrappers' <FlagGate> itself, and a client component of the app's own with <HealthContactsList>,
// `editable`, and its onContactsLoad and onContactSave handlers. Served by `next start`, behind the
// stand-in API.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertContactsShown, assertPhoneEdited, visitHostApp } from './contacts-page.mjs';
import { createHostApp, output } from './host-app.mjs';

const NEXT = { NEXT_TELEMETRY_DISABLED: '1' };
/** React's words for a hydration mismatch: in full, or as the production build's error numbers. */
const HYDRATION = /hydrat|Minified React error #(418|423|425)\b/i;

describe('Next.js (App Router), a server-rendered page', () => {
  let app;
  before(() => (app = createHostApp('next-app-router')));
  after(() => app?.remove());

  test("the wrappers' module starts with 'use client', so a Server Component may render them", () => {
    const wrappers = readFileSync(join(app.dir, 'node_modules/health-contacts-elements/dist/react.js'), 'utf8');
    assert.match(wrappers, /^'use client';\n/);
  });

  test('builds with next build (which also type-checks the app)', () => {
    const built = app.npmRun('build', NEXT);
    assert.ok(built.ok, output(built));
  });

  describe('under next start', () => {
    let next;
    before(async () => {
      next = await app.startServer('node_modules/next/dist/bin/next', (port) => ['start', '-H', '127.0.0.1', '-p', String(port)], NEXT);
    });
    after(() => next?.stop());

    test('sends the page rendered on the server, the elements in it', async () => {
      const html = await (await fetch(next.url)).text();
      assert.match(html, /<main><h1>Personal health care contacts<\/h1><flag-gate><health-contacts-list><\/health-contacts-list>/);
    });

    test('shows the four contacts with headingLevel={3}; onContactsLoad is called; no hydration warning; with editable, a phone edited and saved, onContactSave is called', async () => {
      const seen = await visitHostApp({ upstream: next.url, edit: true });
      assert.deepEqual(seen.console.filter((message) => HYDRATION.test(message)), []);
      assertContactsShown(seen, { headingLevel: 3 });
      assertPhoneEdited(seen);
    });
  });
});
