// A React 19 app built by Vite, rendered with createRoot, using the React wrappers.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertContactsShown, visitHostApp } from './contacts-page.mjs';
import { createHostApp, output } from './host-app.mjs';

describe('React 19 + Vite, rendered with createRoot', () => {
  let app;
  before(() => (app = createHostApp('react19-vite')));
  after(() => app?.remove());

  test('type-checks the app against @types/react 19', () => {
    const checked = app.npmRun('typecheck');
    assert.ok(checked.ok, output(checked));
  });

  test('rejects a mistake: a contacts-load handler reading what the event does not carry', () => {
    const checked = app.exec('tsc', '-p', 'tsconfig.mistake.json');
    assert.equal(checked.ok, false);
    assert.match(checked.stdout, /src\/mistake\.tsx\(\d+,\d+\): error TS2339: Property 'kind' does not exist/);
    assert.equal(checked.stdout.match(/error TS\d+/g).length, 1, checked.stdout);
  });

  test('builds with vite build', () => {
    const built = app.npmRun('build');
    assert.ok(built.ok, output(built));
  });

  test('shows the four contacts with headingLevel={3}; onContactsLoad is called', async () => {
    assertContactsShown(await visitHostApp({ root: join(app.dir, 'dist') }), { headingLevel: 3 });
  });
});
