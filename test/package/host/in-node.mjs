// A host's server code: what the installed package gives in Node, with no DOM. Prints one JSON
// object of facts for the test to check. Usage: node in-node.mjs <contacts fixture>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';

const TAGS = ['flag-gate', 'contact-card', 'health-contacts-list'];
const defined = () => TAGS.filter((tag) => globalThis.customElements?.get(tag));

const { exports } = createRequire(import.meta.url)('health-contacts-elements/package.json');
// Entry points with code or data; the others hold only types (`./vue`, `./svelte`).
const runtime = Object.keys(exports).filter((subpath) => typeof exports[subpath] === 'string' || exports[subpath].default);
const resolved = Object.fromEntries(
  runtime.map((subpath) => [subpath, import.meta.resolve(`health-contacts-elements${subpath.slice(1)}`)]),
);

const data = await import('health-contacts-elements/data.js');
const groups = data.parseContactsDocument(JSON.parse(readFileSync(process.argv[2], 'utf8')));

const classes = await import('health-contacts-elements/classes.js');
const definedByClasses = defined();

await import('health-contacts-elements');
const definedByRoot = defined();

process.stdout.write(
  JSON.stringify({
    resolved,
    dataExports: Object.keys(data),
    counts: { emergency: groups.emergency.length, nextOfKin: groups.nextOfKin.length, ignored: groups.ignored },
    classesExports: Object.keys(classes),
    definedByClasses,
    definedByRoot,
  }),
);
