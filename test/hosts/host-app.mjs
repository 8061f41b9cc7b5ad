// A host app of test/hosts/<name>/ as its developers have it: its folder copied to a temporary
// directory, its own locked dependencies installed (`npm ci`), then this package, packed as npm
// would publish it, installed the way the README says (`npm install`, no flag). Each app's lock
// file records only its own dependencies, so a clean clone installs it as committed.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import process from 'node:process';
import { setTimeout as delay } from 'node:timers/promises';
import { installFromCache, npm, npmEnvironment, pack, run } from '../package/host-project.mjs';

const hostsDir = fileURLToPath(new URL('.', import.meta.url));
/** What an app's folder may hold after a developer ran it there: never copied. */
const NOT_SOURCES = new Set(['node_modules', 'dist', '.next', 'next-env.d.ts', '.angular']);

/** Copies test/hosts/<name>/ and installs it with this package; `remove()` deletes the copy. */
export function createHostApp(name) {
  const dir = mkdtempSync(join(tmpdir(), `health-contacts-${name}-`));
  try {
    cpSync(join(hostsDir, name), dir, { recursive: true, filter: (source) => !NOT_SOURCES.has(basename(source)) });
    installFromCache(dir, ['ci']);
    installFromCache(dir, ['install', pack(dir)]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    /** `npm run <script>` in the app, as its developers run it. */
    npmRun: (script, env) => run(...npm(['run', script]), dir, env),
    /** One of the app's own tools (`tsc`, `vue-tsc`…), from its node_modules. */
    exec: (tool, ...args) => run(...npm(['exec', '--no', '--', tool, ...args]), dir),
    /** A Node script of the app's own, run in its folder. */
    node: (...args) => run(process.execPath, args, dir),
    /** Starts the app's own server, `node <script> …args(port)` with `env` (or `env(port)`) on a free port; see `startServer`. */
    startServer: (script, args, env) => startServer(dir, script, args, env),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A port nobody listens on now. */
async function freePort() {
  const probe = createServer();
  await new Promise((listening) => probe.listen(0, '127.0.0.1', listening));
  const { port } = probe.address();
  await new Promise((closed) => probe.close(closed));
  return port;
}

/**
 * Runs `node <script> …args(port)` in its own process group (servers such as `next start` start
 * children that outlive their parent) and resolves once it answers HTTP; `stop()` ends the group.
 * `env` may be a function of the port, for a server that reads it from there (`PORT`).
 */
async function startServer(dir, script, args, env = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [script, ...args(port)], {
    cwd: dir,
    env: { ...npmEnvironment(), ...(typeof env === 'function' ? env(port) : env) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`${script} exited (${child.exitCode}):\n${log}`);
    if (await fetch(url).then(() => true, () => false)) return { url, stop, log: () => log };
    await delay(250);
  }
  stop();
  throw new Error(`${script} did not answer on ${url}:\n${log}`);
}

/** A failed step's output, for an assertion's message. */
export const output = ({ stdout, stderr }) => `${stdout}\n${stderr}`.trim();
