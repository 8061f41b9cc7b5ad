// A clone works with nothing beside it. CI runs in a checkout that may have other folders next to
// it (a folder of payloads, say), where a file reaching out of the repository still works:
// this test is what notices such a reference there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import process from 'node:process';
import { test } from 'node:test';
import { URL, fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
// This file's examples are the very references it looks for.
const thisFile = relative(repoRoot, fileURLToPath(import.meta.url)).split(sep).join('/');

/** What a clone holds: git's tracked files, or the tree less what is built or installed when there is no git. */
function repositoryFiles() {
  const git = spawnSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  if (git.status === 0) return git.stdout.split('\0').filter(Boolean);
  const notSources = new Set(['.git', 'node_modules', 'dist', 'coverage', 'storybook-static', '.out']);
  const walk = (dir) =>
    readdirSync(join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
      if (notSources.has(entry.name)) return [];
      const path = join(dir, entry.name);
      return entry.isDirectory() ? walk(path) : [path];
    });
  return walk('');
}

const isInsideRepository = (path) => path === repoRoot || path.startsWith(repoRoot + sep);

/** Relative paths in `text` that climb out of the repository from `file`'s folder, and `'..', 'name'` path segments. */
function referencesOutside(file, text) {
  const climbing = [...text.matchAll(/(?:\.\.[\\/])+[\w.@-]+/g)]
    .map(([path]) => path)
    .filter((path) => !isInsideRepository(resolve(repoRoot, dirname(file), path)));
  const segments = [...text.matchAll(/['"]\.\.['"]\s*,\s*['"][\w.@-]+['"]/g)].map(([segment]) => segment);
  return [...climbing, ...segments];
}

test('no file in the repository refers to a path outside it', () => {
  const files = repositoryFiles().filter((file) => file.split(sep).join('/') !== thisFile);
  const offences = files.flatMap((file) =>
    referencesOutside(file, readFileSync(join(repoRoot, file), 'utf8')).map((reference) => `${file}: ${reference}`),
  );
  assert.deepEqual(offences, []);
});

test('the check sees a reference to a folder beside the repository', () => {
  assert.deepEqual(referencesOutside('test/node/demo.test.mjs', "resolve(root, '../../../payloads/contacts.json')"), ['../../../payloads']);
  assert.deepEqual(referencesOutside('README.md', 'read from `../payloads/contacts.json`'), ['../payloads']);
  assert.deepEqual(referencesOutside('bench/run.mjs', "join(ROOT, '..', 'payloads', 'contacts.json')"), ["'..', 'payloads'"]);
  assert.deepEqual(referencesOutside('src/locales/es.ts', "import { registerMessages } from '../shared/locale.js';"), []);
});

test('the fixtures are read from the repository when nothing says otherwise', () => {
  const env = { ...process.env };
  delete env.FIXTURES_DIR;
  const script = "import('./fixtures/index.mjs').then(({ fixturesDir }) => process.stdout.write(fixturesDir))";
  const { stdout } = spawnSync(process.execPath, ['-e', script], { cwd: repoRoot, env, encoding: 'utf8' });
  assert.equal(relative(join(repoRoot, 'fixtures'), stdout), '');
});
