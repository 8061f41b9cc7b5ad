// A host project in an empty temporary folder that installs this package the way npm would
// publish it: `npm pack`, then `npm install` of the tarball, with nothing from the repository
// beside it. The host's own files are in host/. The host apps of test/hosts/ install the package
// with the same helpers.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { build } from '../../scripts/build.mjs';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const PACKAGE_NAME = 'health-contacts-elements';

/**
 * npm passes its settings down to the commands it runs (`npm test`), among them the project it
 * runs in (`npm_config_local_prefix`): a nested `npm install` would install into the repository.
 */
export function npmEnvironment() {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_(package_|lifecycle_|config_local_prefix$|config_prefix$)/i.test(key),
    ),
  );
}

/**
 * npm as a command: the npm running `npm test` when there is one (no shell needed, even on
 * Windows, where `npm` is a .cmd script), else the one on PATH.
 */
const npmCli = /npm-cli\.js$/.test(process.env.npm_execpath ?? '') ? process.env.npm_execpath : undefined;
export const npm = (args) => (npmCli ? [process.execPath, [npmCli, ...args]] : ['npm', args]);

/** Runs a command to its end; its output and whether it succeeded. */
export function run(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...npmEnvironment(), ...env },
    encoding: 'utf8',
    shell: process.platform === 'win32' && command === 'npm',
  });
  return { ok: result.status === 0, stdout: result.stdout ?? '', stderr: result.stderr ?? '', status: result.status };
}

export function runOrThrow(command, args, cwd, env) {
  const result = run(command, args, cwd, env);
  if (!result.ok) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** `npm pack` of the package, built first when the sources changed since, into `dir`; returns the tarball. */
export function pack(dir) {
  build({ ifChanged: true });
  const [{ filename }] = JSON.parse(runOrThrow(...npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir]), repoRoot));
  return join(dir, filename);
}

/**
 * Runs `npm install` or `npm ci` in `dir` from npm's cache when it can: fully offline once the
 * registry's answers for these packages are cached, else asking the registry only for what the
 * cache lacks. No flag such as `--legacy-peer-deps`: peer ranges are checked as a host's would be.
 */
export function installFromCache(dir, args) {
  const command = [...args, '--no-audit', '--no-fund', '--loglevel=error', '--prefix', dir];
  const offline = run(...npm([...command, '--offline']), dir);
  if (!offline.ok) runOrThrow(...npm([...command, '--prefer-offline']), dir);
}

/** React as this repository tests with it, so that it comes from npm's cache. */
function reactSpecs() {
  const { devDependencies } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return ['react', '@types/react'].map((name) => `${name}@${devDependencies[name]}`);
}

/**
 * Makes the host project: a package.json, the host's files (a folder beside this module), the
 * packed package and the host's own dependencies (npm specs; React by default).
 */
export function createHostProject({ files = 'host', dependencies = reactSpecs() } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'health-contacts-host-'));
  try {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'host-app', private: true, type: 'module' }, null, 2));
    cpSync(fileURLToPath(new URL(`${files}/`, import.meta.url)), dir, { recursive: true });
    const tarball = pack(dir);
    installFromCache(dir, ['install', tarball, ...dependencies]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const packageDir = join(dir, 'node_modules', PACKAGE_NAME);
  return {
    dir,
    packageDir,
    manifest: JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')),
    /** Runs a node script of the host's, in the host project. */
    node: (...args) => runOrThrow(process.execPath, args, dir),
    /** Runs a command in the host project; its outcome, whether it failed or not. */
    run: (command, args) => run(command, args, dir),
    /** The repository's own TypeScript compiler on one of the host's tsconfig files. */
    typeCheck: (tsconfig) => run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', tsconfig], dir),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
