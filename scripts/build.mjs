// `npm run build`: dist/ (rollup: the npm modules and the CDN bundle; tsc: the declarations) and
// custom-elements.json with the files made from it (the analyzer), then a stamp of what it was
// built from. `--if-changed` (what every test script runs first) builds only when a source, a
// config or package.json changed since the stamp, so that a run of several test scripts builds once.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Beside the other caches, not in dist/, which is packed as it is.
const STAMP = join(root, 'node_modules', '.cache', 'health-contacts-elements-build-stamp');
const INPUTS = [
  'src',
  'package.json',
  'rollup.config.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
  'custom-elements-manifest.config.mjs',
  'scripts/manifest-plugins.mjs',
  'scripts/build.mjs',
];
const OUTPUTS = ['dist/health-contacts.bundle.js', 'dist/index.d.ts', 'custom-elements.json'];

/** The files at `path` (a file, or every file in a folder), as full paths. */
function filesAt(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesAt(join(path, name)));
}

/** A hash of every input's path and content. */
function fingerprint() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => filesAt(join(root, input))).sort()) {
    hash.update(relative(root, file).replace(/\\/g, '/')).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Whether dist/ and the manifest are what the sources give. */
export function isBuildCurrent() {
  return OUTPUTS.every((output) => existsSync(join(root, output))) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint();
}

function run(command, args) {
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${command}.cmd` : command);
  const { status } = spawnSync(bin, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** Builds, unless `ifChanged` and nothing changed since the last build. */
export function build({ ifChanged = false } = {}) {
  if (ifChanged && isBuildCurrent()) return false;
  // Nothing of an earlier build (a module since moved or removed) is left to be packed.
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  run('rollup', ['-c']);
  run('tsc', ['-p', 'tsconfig.build.json']);
  run('cem', ['analyze']);
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, fingerprint());
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ifChanged = process.argv.includes('--if-changed');
  try {
    if (!build({ ifChanged })) console.log('dist/ is up to date with the sources: not built again.');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
