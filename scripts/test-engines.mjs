// `npm run test:engines`: the browser suite in Firefox, then in WebKit, one run each so that each
// summary names its engine; then the node-side tests that drive a browser (test/node/) in Firefox. Every run goes on
// after a failure, so that one report shows them all; the exit code is 1 if any failed.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const webTestRunner = join(root, 'node_modules/.bin/web-test-runner');
const enginesConfig = ['--config', 'web-test-runner.engines.config.mjs'];

// The node-side tests that drive a browser follow ENGINE (through test/browsers.mjs); the others
// (the package as a host installs it, DOM imitations, lint checks) do not, and ran with `npm test`.
const nodeTestDir = join(root, 'test', 'node');
const browserDrivenNodeTests = readdirSync(nodeTestDir)
  .filter((name) => name.endsWith('.test.mjs') && readFileSync(join(nodeTestDir, name), 'utf8').includes("'../browsers.mjs'"))
  .map((name) => join('test', 'node', name));

const runs = [
  { name: 'Firefox', engine: 'firefox', command: webTestRunner, args: enginesConfig },
  { name: 'WebKit', engine: 'webkit', command: webTestRunner, args: enginesConfig },
  { name: 'Node-side tests in Firefox', engine: 'firefox', command: process.execPath, args: ['--test', ...browserDrivenNodeTests] },
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
