// A Vue 3 app built by Vite: the tags as custom elements (`isCustomElement`), `:heading-level`
// and `@contacts-load` in its template, checked by vue-tsc against the package's Vue types.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertContactsShown, visitHostApp } from './contacts-page.mjs';
import { createHostApp, output } from './host-app.mjs';

describe('Vue 3 + Vite', () => {
  let app;
  before(() => (app = createHostApp('vue-vite')));
  after(() => app?.remove());

  test("vue-tsc checks the app's template against health-contacts-elements/vue", () => {
    const checked = app.npmRun('typecheck');
    assert.ok(checked.ok, output(checked));
  });

  test('vue-tsc rejects a mistake: a contacts-load handler reading what the event does not carry', () => {
    const checked = app.exec('vue-tsc', '-p', 'tsconfig.mistake.json');
    assert.equal(checked.ok, false);
    assert.match(checked.stdout, /src\/Mistake\.vue\(\d+,\d+\): error TS2339: Property 'kind' does not exist/);
    assert.equal(checked.stdout.match(/error TS\d+/g).length, 1, checked.stdout);
  });

  test('builds with vite build', () => {
    const built = app.npmRun('build');
    assert.ok(built.ok, output(built));
  });

  test('shows the four contacts with :heading-level="3"; @contacts-load is called', async () => {
    assertContactsShown(await visitHostApp({ root: join(app.dir, 'dist') }), { headingLevel: 3 });
  });
});
