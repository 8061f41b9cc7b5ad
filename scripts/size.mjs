// Checks the size budgets of SPEC.md: prints each figure (gzip and brotli) and fails when one is over.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { isLit, minifiedBuild } from '../rollup.config.mjs';

const KB = 1024;

async function minified(input, external) {
  const bundle = await rollup({ input, external, plugins: minifiedBuild(), onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return Buffer.from(output[0].code);
}

function measure(code) {
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const rows = [
  {
    name: "Elements' own code, Lit and @lit/* excluded",
    code: await minified('src/index.ts', isLit),
    // SPEC's 8.5 KB, raised by 0.25 KB for what users got since it was set (SPEC: raising needs a
    // feature users get in return): loading and its outcome announced to screen readers, focus
    // kept after "Try again", cards kept on screen while reloading, and VA analytics events; then
    // by 0.1 KB (of the 0.18 KB it costs) for colours that follow VA.gov's design tokens.
    budget: 8.85 * KB,
  },
  {
    name: 'dist/health-contacts.bundle.js (Lit inside)',
    code: readFileSync('dist/health-contacts.bundle.js'),
    // SPEC's 14.5 KB, raised by 0.1 KB (of the 0.19 KB it costs) for colours that follow VA.gov's
    // design tokens.
    budget: 14.6 * KB,
  },
];

const kb = (n) => `${(n / KB).toFixed(2)} KB`;
let failed = 0;
console.log('| what | min | gzip | brotli | budget (gzip) |');
console.log('|---|---:|---:|---:|---:|');
for (const { name, code, budget } of rows) {
  const size = measure(code);
  const within = size.gzip <= budget;
  if (!within) failed++;
  console.log(`| ${[name, kb(size.min), kb(size.gzip), kb(size.brotli), `${kb(budget)} ${within ? 'ok' : 'OVER'}`].join(' | ')} |`);
}
if (failed) {
  console.error(`${failed} size budget(s) exceeded`);
  process.exit(1);
}
