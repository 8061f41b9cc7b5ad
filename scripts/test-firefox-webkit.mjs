// `npm run test:firefox-webkit`: the browser suite in Firefox, then in WebKit, one run each so that
// each summary names its engine; then the end-to-end tests (test/e2e/: whole pages driven from
// Node) in Firefox. Every run goes on after a failure, so that one report shows them all; the exit
// code is 1 if any failed. WebKit has no driver for the end-to-end tests (see docs/browsers.md).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const webTestRunner = join(root, 'node_modules/.bin/web-test-runner');
const enginesConfig = ['--config', 'web-test-runner.engines.config.mjs'];

const runs = [
  { name: 'Firefox', engine: 'firefox', command: webTestRunner, args: enginesConfig },
  { name: 'WebKit', engine: 'webkit', command: webTestRunner, args: enginesConfig },
  { name: 'End-to-end tests in Firefox', engine: 'firefox', command: process.execPath, args: ['--test', 'test/e2e/'] },
];

const results = runs.map(({ name, engine, command, args }) => {
  console.log(`\n== ${name}`);
  const started = Date.now();
  const { status, error } = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ENGINE: engine } });
  if (error) console.error(error.message);
  return { name, passed: status === 0, seconds: Math.round((Date.now() - started) / 1000) };
});

console.log('');
for (const { name, passed, seconds } of results) console.log(`${name}: ${passed ? 'passed' : 'FAILED'} in ${seconds} s`);
process.exitCode = results.every((result) => result.passed) ? 0 : 1;
