// An Angular 21 app (standalone components, strict templates, zoneless) built by the Angular CLI
// for the browser and its own server (Express with AngularNodeAppEngine): a page rendered in the
// browser alone (`/`) and a page rendered on the server and hydrated (`/ssr`), each linking to the
// other. The tags are registered once the app is stable, so that Angular's bindings are on the
// elements of the first page before they upgrade; the elements are in `@if` blocks, so that those
// of the page the app then navigates to get their bindings as they are created.
import assert from 'node:assert/strict';
import { URL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { NEW_PHONE, assertContactsShown, assertContactsShownAgain, assertHostWiring, assertPhoneEdited, visitHostApp } from './contacts-page.mjs';
import { createHostApp, output } from './host-app.mjs';

const NG = { NG_CLI_ANALYTICS: 'false' };

describe('Angular 21 (standalone, strict templates), client-rendered and server-rendered', () => {
  let app;
  before(() => (app = createHostApp('angular')));
  after(() => app?.remove());

  test("the template check rejects the mistakes, with $event typed by main.ts's import of the package", () => {
    const checked = app.exec('ngc', '-p', 'tsconfig.mistake.json');
    assert.equal(checked.ok, false);
    const reported = stripVTControlCharacters(output(checked));
    assert.deepEqual(reported.match(/^\S+:\d+:\d+ - error TS\d+/gm), [
      'src/app/mistake.ts:10:67 - error TS2339',
      'src/app/mistake.ts:11:56 - error TS2345',
      'src/app/mistake.ts:12:75 - error TS2339',
    ]);
    assert.match(reported, /TS2339: Property 'kind' does not exist on type '\{ emergency: number; nextOfKin: number; ignored: number; \}'/);
    assert.match(reported, /TS2339: Property 'id' does not exist on type '\{ role: ContactRole; action: "(create|update)" \| "(create|update)"; \}'/);
  });

  test('ng build compiles it ahead of time with strict templates, for the browser and the server', () => {
    const built = app.npmRun('build', NG);
    assert.ok(built.ok, output(built));
  });

  describe('under its own server', () => {
    let server;
    before(async () => {
      server = await app.startServer('dist/contacts/server/server.mjs', () => [], (port) => ({ ...NG, PORT: String(port) }));
    });
    after(() => server?.stop());

    test('the client-rendered page, then the page it links to: four contacts with [headingLevel]="4" (then heading-level="5"), fetched by [fetch], the gate decided by [rules]; (contacts-load) and (tel-click) are called; with [editable], a phone edited and saved through [fetch], (contact-save) is called', async () => {
      const seen = await visitHostApp({
        upstream: server.url,
        clickPhoneLink: true,
        edit: true,
        navigate: { link: '#to-server-rendered', path: '/ssr' },
      });
      assertContactsShown(seen, { headingLevel: 4 });
      assertPhoneEdited(seen);
      assertContactsShownAgain(seen.afterNavigation, { headingLevel: 5 });
      // Every contacts request (the edit's fresh read serves the next page's list) came from the host fetch; no toggles request.
      assertHostWiring(seen, { app: 'angular' });
      assert.ok(seen.afterNavigation.cards.some((text) => text.includes(NEW_PHONE.shown)), 'the page navigated to shows the number saved');
    });

    test('the server sends /ssr rendered, the elements, heading-level="5" and editable in it', async () => {
      const html = await (await fetch(new URL('ssr', server.url))).text();
      assert.match(html, /ng-server-context="ssr"/);
      assert.match(
        html,
        /<main><h1>Personal health care contacts<\/h1><flag-gate flag="profile_contacts"><health-contacts-list heading-level="5" editable><\/health-contacts-list>/,
      );
    });

    test('/ssr hydrates the elements the server sent, then the page it links to: four contacts with heading-level="5" (then [headingLevel]="4"), fetched by [fetch], the gate decided by [rules]; the handlers are called; with editable, a phone edited and saved; no hydration warning', async () => {
      const seen = await visitHostApp({
        upstream: server.url,
        path: '/ssr',
        clickPhoneLink: true,
        edit: true,
        navigate: { link: '#to-client-rendered', path: '/' },
        // The elements as the server's HTML gave them, before any script of the page ran.
        onNewDocument: () =>
          document.addEventListener('readystatechange', () => {
            if (document.readyState !== 'interactive') return;
            window.fromServer = [document.querySelector('flag-gate'), document.querySelector('health-contacts-list')];
          }),
        evaluate: () => {
          const now = [document.querySelector('flag-gate'), document.querySelector('health-contacts-list')];
          return window.fromServer?.map((element, index) => element !== null && element === now[index]);
        },
      });
      assert.deepEqual(seen.evaluated, [true, true], 'hydration kept the elements the server sent');
      assertContactsShown(seen, { headingLevel: 5 });
      assertPhoneEdited(seen);
      assertContactsShownAgain(seen.afterNavigation, { headingLevel: 4 });
      assertHostWiring(seen, { app: 'angular' });
      assert.ok(seen.afterNavigation.cards.some((text) => text.includes(NEW_PHONE.shown)), 'the page navigated to shows the number saved');
    });
  });
});
