// The oldest browsers the package supports (package.json's `browserslist`) are enforced by lint:
// each check here is shown something newer than that floor and must refuse it, and must pass the
// package's own code. The real checks run in CI (`npm run lint`, `npm run lint:package`); these
// tests prove that they can fail.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { describe, test } from 'node:test';
import { URL, fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import stylelint from 'stylelint';
import { build } from '../../scripts/build.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

describe('the declared floor', () => {
  test('names Safari and iOS Safari 15.4, Chrome and Edge 100, Firefox 115', () => {
    assert.deepEqual(manifest.browserslist, ['safari >= 15.4', 'ios_saf >= 15.4', 'chrome >= 100', 'edge >= 100', 'firefox >= 115']);
  });
});

describe('ESLint on the package code', () => {
  const eslint = new ESLint({ cwd: repoRoot });
  // A file that is not there, linted as if it were in src/, where the floor's rules apply.
  const lint = async (code) => {
    const [result] = await eslint.lintText(code, { filePath: join(repoRoot, 'src', 'newer-than-floor.ts') });
    return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
  };

  for (const [label, code, rule] of [
    ['AbortSignal.any (Safari 17.4)', 'export const s = (a: AbortSignal) => AbortSignal.any([a]);', 'no-restricted-properties'],
    ['AbortSignal.timeout (Safari 16)', 'export const s = AbortSignal.timeout(10);', 'no-restricted-properties'],
    ['signal.throwIfAborted() (jsdom 20)', 'export const f = (s: AbortSignal) => s.throwIfAborted();', 'no-restricted-properties'],
    ['Object.groupBy (Safari 17.4)', 'export const g = Object.groupBy([1], (x) => x);', 'no-restricted-properties'],
    ['Set union (Safari 17)', 'export const u = (a: Set<number>, b: Set<number>) => a.union(b);', 'no-restricted-properties'],
    ['Array toSorted (Safari 16)', 'export const t = [2, 1].toSorted();', 'compat/compat'],
    ['URLPattern (Safari 26)', "export const p = new URLPattern({ pathname: '/x' });", 'compat/compat'],
  ]) {
    test(`refuses ${label}`, async () => {
      const messages = await lint(code);
      assert.ok(messages.some((message) => message.startsWith(`${rule}:`)), `expected ${rule}, got:\n${messages.join('\n')}`);
    });
  }

  test('accepts the same work done the supported way', async () => {
    const code = [
      "import { deadline, throwIfAborted } from './http/abort.js';",
      'export function f(signal: AbortSignal) {',
      '  const time = deadline(10, signal);',
      '  throwIfAborted(signal);',
      '  time.clear();',
      '  return [2, 1].slice().sort();',
      '}',
    ].join('\n');
    assert.deepEqual(await lint(code), []);
  });
});

describe('stylelint on the css templates', () => {
  const lint = async (code) => {
    const { results } = await stylelint.lint({ code, codeFilename: join(repoRoot, 'src', 'newer-than-floor.styles.ts'), cwd: repoRoot });
    return results[0].warnings.map((warning) => warning.text);
  };
  const template = (rules) => `import { css } from 'lit';\nexport const styles = css\`\n${rules}\n\`;\n`;

  for (const [label, rules] of [
    ['container queries (Safari 16)', '@container (min-width: 30rem) { .card { padding: 2rem; } }'],
    ['subgrid (Safari 16, Chrome 117)', '.cards { display: grid; grid-template-columns: subgrid; }'],
    [':has() (Firefox 121)', '.card:has(a) { border-color: red; }'],
  ]) {
    test(`refuses ${label}`, async () => {
      const warnings = await lint(template(rules));
      assert.ok(warnings.some((text) => /Unexpected browser feature/.test(text)), `no warning for ${label}: ${warnings.join('\n')}`);
    });
  }

  test("accepts the package's own styles", async () => {
    const { errored, results } = await stylelint.lint({ files: 'src/**/*.ts', cwd: repoRoot });
    const warnings = results.flatMap((result) => result.warnings.map((warning) => `${result.source}: ${warning.text}`));
    assert.equal(errored, false, warnings.join('\n'));
  });
});

describe("es-check on the built code's syntax", () => {
  const esCheck = (pattern, cwd = repoRoot) =>
    spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'es-check', 'lib', 'cli', 'index.js'), 'checkBrowser', pattern, '--module', '--checkFeatures'], {
      cwd,
      encoding: 'utf8',
    });

  test('refuses a class static block (Safari 16.4)', () => {
    const dir = mkdtempSync(join(repoRoot, '.floor-'));
    try {
      writeFileSync(join(dir, 'static-block.js'), 'export class A { static { this.ready = true; } }\n');
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ browserslist: manifest.browserslist }));
      const result = esCheck('static-block.js', dir);
      assert.notEqual(result.status, 0, result.stdout);
      assert.match(`${result.stdout}${result.stderr}`, /ClassStaticBlocks/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('accepts every built module, the CDN bundle among them', () => {
    // Checks what the sources build to now, not an earlier build.
    build({ ifChanged: true });
    const result = esCheck('dist/**/*.js');
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  });
});
