// The package as a host gets it: packed, installed into an empty project, then used from Node and
// from TypeScript (bundler and node16 resolution); the files editors and template checkers read.
// (The host apps of test/hosts/, the CDN bundle's page among them, open it in a browser.)
import assert from 'node:assert/strict';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fixturesDir } from '../../fixtures/index.mjs';
import { createHostProject } from '../package/host-project.mjs';

const TAGS = ['flag-gate', 'contact-card', 'health-contacts-list'];

let host;
let inNode;

before(() => {
  host = createHostProject();
  inNode = JSON.parse(host.node('in-node.mjs', join(fixturesDir, 'contacts-full.json')));
});

after(() => host?.remove());

describe('the installed package', () => {
  test('resolves every entry point in its exports; each module names its types, which are there', () => {
    const { exports } = host.manifest;
    const typesOnly = Object.keys(exports).filter((subpath) => typeof exports[subpath] === 'object' && !exports[subpath].default);
    assert.deepEqual(typesOnly, ['./vue', './svelte', './preact', './solid']);
    assert.deepEqual(
      Object.keys(inNode.resolved),
      Object.keys(exports).filter((subpath) => !typesOnly.includes(subpath)),
    );
    const inPackage = (file) => file.startsWith(realpathSync(host.packageDir) + sep) && existsSync(file);
    for (const [subpath, url] of Object.entries(inNode.resolved)) {
      assert.ok(inPackage(fileURLToPath(url)), `${subpath} resolves to a file that is not in the package`);
    }
    for (const subpath of Object.keys(exports).filter((subpath) => !subpath.endsWith('.json'))) {
      const { types } = exports[subpath];
      assert.ok(types && existsSync(join(host.packageDir, types)), `${subpath} names no types, or types not in the package`);
    }
  });

  test('data.js imports in Node and parses a contacts document', () => {
    assert.ok(inNode.dataExports.includes('parseContactsDocument'));
    assert.deepEqual(inNode.counts, { emergency: 2, nextOfKin: 2, ignored: 1 });
  });

  test('classes.js imports in Node and registers no tag; the package root registers all three', () => {
    assert.ok(['ContactCard', 'FlagGate', 'HealthContactsList', 'registerMessages'].every((name) => inNode.classesExports.includes(name)));
    assert.deepEqual(inNode.definedByClasses, []);
    assert.deepEqual(inNode.definedByRoot, TAGS);
  });
});

describe('a TypeScript host', () => {
  for (const resolution of ['bundler', 'node16']) {
    test(`type-checks against the packed types with moduleResolution ${resolution}`, () => {
      const { ok, stdout } = host.typeCheck(`tsconfig.${resolution}.json`);
      assert.ok(ok, `tsc reported:\n${stdout}`);
    });
  }

  test('is told about a mistake (the check can fail)', () => {
    const { ok, stdout } = host.typeCheck('tsconfig.mistake.json');
    assert.equal(ok, false);
    assert.match(stdout, /mistake\.ts\(\d+,\d+\): error TS2322/);
  });
});

describe('what editors and frameworks read, in the tarball', () => {
  const read = (file) => JSON.parse(readFileSync(join(host.packageDir, file), 'utf8'));
  /** Each tag of the manifest with its attribute names. */
  const manifestTags = () =>
    read('custom-elements.json')
      .modules.flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement)
      .map((declaration) => ({ tag: declaration.tagName, attributes: declaration.attributes.map(({ name }) => name), events: declaration.events }));

  test('the manifest has the three tags, every event typed with its detail', () => {
    const tags = manifestTags();
    assert.deepEqual(tags.map(({ tag }) => tag).sort(), [...TAGS].sort());
    const contactsLoad = tags.find(({ tag }) => tag === 'health-contacts-list').events.find(({ name }) => name === 'contacts-load');
    assert.equal(contactsLoad.type.text, 'CustomEvent<{ emergency: number; nextOfKin: number; ignored: number }>');
    for (const { tag, events } of tags) {
      for (const event of events) assert.match(event.type?.text ?? '', /^CustomEvent<\{|^CustomEvent<\w/, `${tag}: ${event.name}`);
    }
  });

  test("JetBrains' web-types, named by package.json, list the three tags with the manifest's attributes", () => {
    assert.equal(host.manifest['web-types'], './dist/web-types.json');
    const elements = read(host.manifest['web-types']).contributions.html.elements;
    for (const { tag, attributes } of manifestTags()) {
      const element = elements.find(({ name }) => name === tag);
      assert.ok(element, `web-types lack <${tag}>`);
      assert.deepEqual(element.attributes.map(({ name }) => name), attributes);
    }
    const list = elements.find(({ name }) => name === 'health-contacts-list');
    assert.deepEqual(list.attributes.find(({ name }) => name === 'heading-level').value, { type: 'number', default: '2' });
  });

  test("VS Code's HTML custom data lists the three tags with the manifest's attributes; its CSS data the --hc-* properties", () => {
    const { tags } = read('dist/vscode.html-custom-data.json');
    for (const { tag, attributes } of manifestTags()) {
      const described = tags.find(({ name }) => name === tag);
      assert.ok(described, `VS Code's data lack <${tag}>`);
      assert.deepEqual(described.attributes.map(({ name }) => name), attributes);
    }
    const { properties } = read('dist/vscode.css-custom-data.json');
    assert.ok(properties.length > 0 && properties.every(({ name }) => name.startsWith('--hc-')));
  });

  test('the Vue, Svelte, Preact and Solid types are entry points, and name the three tags', () => {
    for (const name of ['vue', 'svelte', 'preact', 'solid']) {
      const [subpath, file] = [`./${name}`, `dist/${name}.d.ts`];
      assert.deepEqual(host.manifest.exports[subpath], { types: `./${file}` });
      const types = readFileSync(join(host.packageDir, file), 'utf8');
      for (const tag of TAGS) assert.match(types, new RegExp(`'${tag}': `), `${file} lacks <${tag}>`);
    }
  });
});
