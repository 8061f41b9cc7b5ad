// A Vue 3 app built by Vite: the tags as custom elements (`isCustomElement`), `:heading-level`,
// `editable`, `@contacts-load` and `@contact-save` in its template, checked by vue-tsc against the
// package's Vue types.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertContactsShown, assertPhoneEdited, visitHostApp } from './contacts-page.mjs';
import { createHostApp, output } from './host-app.mjs';

describe('Vue 3 + Vite', () => {
  let app;
  before(() => (app = createHostApp('vue-vite')));
  after(() => app?.remove());

  test("vue-tsc checks the app's template against health-contacts-elements/vue", () => {
    const checked = app.npmRun('typecheck');
    assert.ok(checked.ok, output(checked));
  });

  test('vue-tsc rejects the mistakes: a contacts-load and a contact-save handler reading what the event does not carry', () => {
    const checked = app.exec('vue-tsc', '-p', 'tsconfig.mistake.json');
    assert.equal(checked.ok, false);
    assert.deepEqual(checked.stdout.match(/^\S+\(\d+,\d+\): error TS\d+/gm), ['src/Mistake.vue(10,74): error TS2339', 'src/Mistake.vue(11,82): error TS2339']);
    assert.match(checked.stdout, /Property 'kind' does not exist/);
    assert.match(checked.stdout, /Property 'id' does not exist/);
  });

  test('builds with vite build', () => {
    const built = app.npmRun('build');
    assert.ok(built.ok, output(built));
  });

  test('shows the four contacts with :heading-level="3"; @contacts-load is called; with editable, a phone edited and saved, @contact-save is called', async () => {
    const seen = await visitHostApp({ root: join(app.dir, 'dist'), edit: true });
    assertContactsShown(seen, { headingLevel: 3 });
    assertPhoneEdited(seen);
  });
});
