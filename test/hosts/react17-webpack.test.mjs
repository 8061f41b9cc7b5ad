// VA.gov's shape: React 17 with ReactDOM.render, webpack 5 and Babel, using the React wrappers.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertContactsShown, visitHostApp } from './contacts-page.mjs';
import { createHostApp, output } from './host-app.mjs';

describe('React 17 + webpack 5 + Babel, rendered with ReactDOM.render', () => {
  let app;
  before(() => (app = createHostApp('react17-webpack')));
  after(() => app?.remove());

  test('installs the package with no flag: React 17 is in its peer range', () => {
    const { ok, stdout, stderr } = app.exec('npm', 'ls', 'health-contacts-elements', 'react', '@types/react');
    assert.ok(ok, `npm ls reported:\n${stdout}\n${stderr}`);
    assert.match(stdout, /react@17\./);
  });

  test('type-checks the app against @types/react 17', () => {
    const checked = app.npmRun('typecheck');
    assert.ok(checked.ok, output(checked));
  });

  test('rejects a mistake: a heading level given as a string', () => {
    const checked = app.exec('tsc', '-p', 'tsconfig.mistake.json');
    assert.equal(checked.ok, false);
    assert.match(checked.stdout, /src\/mistake\.tsx\(\d+,\d+\): error TS2322/);
    assert.equal(checked.stdout.match(/error TS\d+/g).length, 1, checked.stdout);
  });

  test('builds with webpack', () => {
    const built = app.npmRun('build');
    assert.ok(built.ok, output(built));
  });

  test('shows the four contacts with headingLevel={3}; onContactsLoad is called', async () => {
    assertContactsShown(await visitHostApp({ root: join(app.dir, 'dist') }), { headingLevel: 3 });
  });
});
