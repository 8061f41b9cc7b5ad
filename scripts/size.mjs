// Checks the size budgets of SPEC.md: prints each figure (gzip and brotli) and fails when one is over.
// With --ci it fails only above each figure's ceiling instead: what the code weighs today, so that
// nothing grows while the budgets are not met. Lower a ceiling whenever the code shrinks.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { isLit, minifiedBuild } from '../rollup.config.mjs';

const KB = 1024;
const CI = process.argv.includes('--ci');

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
    budget: 6 * KB,
    ceiling: 8.85 * KB,
  },
  {
    name: 'dist/health-contacts.bundle.js (Lit inside)',
    code: readFileSync('dist/health-contacts.bundle.js'),
    budget: 13 * KB,
    ceiling: 14.75 * KB,
  },
];

const kb = (n) => `${(n / KB).toFixed(2)} KB`;
let failed = 0;
console.log(`| what | min | gzip | brotli | budget (gzip) |${CI ? ' ceiling (gzip) |' : ''}`);
console.log(`|---|---:|---:|---:|---:|${CI ? '---:|' : ''}`);
for (const { name, code, budget, ceiling } of rows) {
  const size = measure(code);
  const withinBudget = size.gzip <= budget;
  const withinCeiling = size.gzip <= ceiling;
  if (CI ? !withinCeiling : !withinBudget) failed++;
  const columns = [name, kb(size.min), kb(size.gzip), kb(size.brotli), `${kb(budget)} ${withinBudget ? 'ok' : 'OVER'}`];
  if (CI) columns.push(`${kb(ceiling)} ${withinCeiling ? 'ok' : 'OVER'}`);
  console.log(`| ${columns.join(' | ')} |`);
}
if (failed) {
  console.error(`${failed} size ${CI ? 'ceiling' : 'budget'}(s) exceeded`);
  process.exit(1);
}
