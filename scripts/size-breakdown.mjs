// What each part of the elements' own code costs, gzip: the own-code build with one group of
// modules left out at a time. Modules are minified one by one here (names not mangled), so the
// figures overlap in what gzip shares and add up to more than `npm run size` reports.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { editorChunk, isLit, minifiedBuild } from '../rollup.config.mjs';

const GROUPS = {
  'styles (look, colour tokens, forced colours, print)': /styles\.ts$/,
  'English wording': /locales\/(en|messages)\.ts$/,
  'languages (registry, the localize controller)': /locales\/(registry|localize-controller)\.ts$/,
  'contacts client (fetch, timeout, retries, errors, request cache)': /data\/(contacts-client|contacts-error|abort|contacts-cache)\.ts$/,
  'parser and contact model': /data\/(parse-contacts|contact)\.ts$/,
  'phone numbers': /data\/phone-number\.ts$/,
  'feature flags (toggles client, Flipper rules, crc32)': /flags\/(toggles-client|flag-rules|crc32)\.ts$/,
  '<flag-gate> and the gate protocol': /(flag-gate\/|flags\/gate\.ts$)/,
  '<health-contacts-list> (element, load controller, sections, placeholders, disclosure)': /health-contacts-list\/(?!.*styles|editing-controller)/,
  'editing on read-only pages (whether it is on, its flag, the loader of the editor)': /health-contacts-list\/editing-controller\.ts$/,
  'the token a write sends, noted from every answer': /data\/csrf-token\.ts$/,
  'announcements and focus (status controller)': /shared\/status-controller\.ts$/,
  '<contact-card> (element, card template, address, phone taps)': /(contact-card\/|shared\/card\/(?!.*styles))/,
  'host-given URLs checked (facility-href, src)': /shared\/safe-url\.ts$/,
  'a fault of our own reported once': /shared\/report-fault\.ts$/,
  'shared (registration, base elements, lost-property warnings, headings, events, analytics)': /shared\/(?!safe-url|report-fault|status-controller|card\/|.*styles)/,
};

const plugins = minifiedBuild().filter((plugin) => plugin.name !== 'terser');
const bundle = await rollup({ input: 'src/index.ts', external: isLit, plugins, onwarn: () => {}, preserveEntrySignatures: 'allow-extension' });
const { output } = await bundle.generate({ format: 'es', manualChunks: editorChunk });
await bundle.close();

// What every page loads: the editor's module (loaded the first time a person edits) is measured by `npm run size`.
const modules = [];
for (const [id, { code }] of Object.entries(output.find((chunk) => chunk.isEntry).modules)) {
  if (!code) continue;
  const { code: minified } = await minify(code, { module: true, compress: false, mangle: false, format: { comments: false } });
  modules.push({ id: id.replace(/\\/g, '/').replace(/.*\/src\//, ''), code: minified });
}
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const whole = gzip(modules.map((m) => m.code).join('\n'));

console.log('| part | gzip when left out |');
console.log('|---|---:|');
for (const [name, pattern] of Object.entries(GROUPS)) {
  const rest = modules.filter(({ id }) => !pattern.test(id)).map((m) => m.code);
  console.log(`| ${name} | ${whole - gzip(rest.join('\n'))} B |`);
}
const unassigned = modules.filter(({ id }) => !Object.values(GROUPS).some((pattern) => pattern.test(id)));
if (unassigned.length) console.log(`\nIn no group: ${unassigned.map((m) => m.id).join(', ')}`);
