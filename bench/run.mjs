// Side-by-side benchmark: this package's <health-contacts-list>, the same UI in React 19, and the
// same UI with the VA design system's web components, in one headless Chromium; then a page of 200
// gated lists in Chromium, Firefox and WebKit (gated-load/); then the same page on a phone profile,
// a slow CPU and a slow network, client- and server-rendered (phone/).
// Usage: node bench/run.mjs [--quick]   (writes bench/RESULTS.md, prints the goals and the phone table)
//        node bench/run.mjs --serve   (only serves the pages, to look at them)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFixture } from '../fixtures/index.mjs';
import { chromiumArgs, requireChromiumPath } from '../test/runner/chromium.mjs';
import { measureGatedLoad } from './gated-load/measure.mjs';
import { measurePhoneProfile } from './phone/measure.mjs';
import { RESAMPLES, median, ratio, summarize } from './stats.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');
const OUT = join(BENCH, '.out');
const QUICK = process.argv.includes('--quick');
const SAMPLES = QUICK ? { visible: 3, render: 2, cls: 3 } : { visible: 25, render: 21, cls: 10 };
const IMPLS = [
  { id: 'ours', name: 'health-contacts-elements' },
  { id: 'react', name: 'React 19' },
  { id: 'va', name: 'VA web components' },
];
const THEIRS = IMPLS.filter(({ id }) => id !== 'ours');
const STEP_TIMEOUT = 30_000;
const started = Date.now();
const loadAtStart = os.loadavg();

function run(command, args, cwd) {
  console.log(`$ (cd ${relative(ROOT, cwd) || '.'} && ${command} ${args.join(' ')})`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

// ---------------------------------------------------------------- setup
const CHROMIUM = requireChromiumPath();
if (!existsSync(join(BENCH, 'node_modules'))) run('npm', ['ci'], BENCH);
const BUNDLE = join(ROOT, 'dist', 'health-contacts.bundle.js');
if (!existsSync(BUNDLE)) run('npm', ['run', 'build'], ROOT);

const { default: puppeteer } = await import('puppeteer-core');
const esbuild = await import('esbuild');

await esbuild.build({
  entryPoints: [join(BENCH, 'react', 'app.jsx')],
  outfile: join(OUT, 'react', 'app.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

// ---------------------------------------------------------------- data
const fixture = readFixture('contacts-full.json');
const SHOWN_TYPES = new Set(['emergency contact', 'other emergency contact', 'primary next of kin', 'other next of kin']);
const shownItems = fixture.data.filter((item) => SHOWN_TYPES.has(item.attributes.contactType.trim().toLowerCase()));
const phoneLinks = (item) => [item.attributes.primaryPhone, item.attributes.alternatePhone].filter(Boolean).length;

function dataset(n) {
  // 4: the fixture as the service sends it (including the contact that is never shown);
  // otherwise n cards cycling the fixture's four shown contacts, so both groups fill.
  const items =
    n === 4
      ? fixture.data
      : Array.from({ length: n }, (_, i) => {
          const item = shownItems[i % shownItems.length];
          return { ...item, id: `${item.id}-${i}` };
        });
  const shown = items.filter((item) => SHOWN_TYPES.has(item.attributes.contactType.trim().toLowerCase()));
  const doc = { data: items };
  return [
    `window.BENCH_DOC = ${JSON.stringify(doc)};`,
    'window.BENCH_CONTACTS = window.BENCH_DOC.data.map(({ id, attributes }) => ({ id, ...attributes }));',
    `window.BENCH_EXPECTED = ${JSON.stringify({ cards: shown.length, links: shown.reduce((sum, item) => sum + phoneLinks(item), 0) })};`,
  ].join('\n');
}
const DATA = { 4: dataset(4), 1000: dataset(1000) };

// ---------------------------------------------------------------- server
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
};
const MOUNTS = [
  ['/dist/', join(ROOT, 'dist')],
  ['/node_modules/', join(BENCH, 'node_modules')],
  ['/img/', join(BENCH, 'node_modules', '@department-of-veterans-affairs', 'web-components', 'dist', 'img')],
  ['/.out/', OUT],
  ['/', BENCH],
];
const sizes = new Map(); // url path -> { raw, gzip }

function resolvePath(pathname) {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (file !== dir && !file.startsWith(dir + sep)) return undefined;
    if (prefix === '/' && /^(node_modules|\.out|run\.mjs|package)/.test(relative(BENCH, file))) return undefined;
    return existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
  }
  return undefined;
}

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  let body;
  let type;
  if (url.pathname === '/data.js') {
    body = Buffer.from(DATA[url.searchParams.get('n')] ?? DATA[4]);
    type = TYPES['.js'];
  } else {
    const file = resolvePath(url.pathname);
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    body = readFileSync(file);
    type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (extname(file) === '.html') body = Buffer.from(body.toString().replaceAll('__QUERY__', url.search.slice(1)));
  }
  if (!sizes.has(url.pathname)) sizes.set(url.pathname, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const BASE = `http://127.0.0.1:${server.address().port}`;
if (process.argv.includes('--serve')) {
  // Only serve the pages, to look at them: /ours/?n=4&mode=visible, /react/…, /va/… (mode: visible, render, cls).
  console.log(`${BASE}/ours/?n=4&mode=visible  ${BASE}/react/?n=4&mode=visible  ${BASE}/va/?n=4&mode=visible`);
  await new Promise(() => {});
}

// ---------------------------------------------------------------- browser
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: chromiumArgs,
});
const chromiumVersion = await browser.version();
const INJECT = readFileSync(join(BENCH, 'harness', 'inject.js'), 'utf8');
const problems = [];

/** Opens a page in a fresh browser context (own renderer, empty cache), runs `body`, closes it. */
async function withPage(impl, query, body) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setCacheEnabled(false);
    await page.evaluateOnNewDocument(INJECT);
    const responses = [];
    page.on('response', (r) => responses.push({ url: new URL(r.url()), status: r.status() }));
    page.on('requestfailed', (r) => problems.push(`${impl}: request failed ${r.url()}`));
    page.on('pageerror', (error) => problems.push(`${impl}: page error ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`${impl}: console.${message.type()} ${message.text()}`);
    });
    const client = await page.createCDPSession();
    await page.goto(`${BASE}/${impl}/?${query}`, { waitUntil: 'load', timeout: STEP_TIMEOUT });
    return await body({ page, client, responses });
  } finally {
    await context.close();
  }
}

const inPage = (page, fn, ...args) =>
  Promise.race([
    page.evaluate(fn, ...args),
    new Promise((_, reject) => setTimeout(() => reject(new Error('timed out in page')), STEP_TIMEOUT)),
  ]);

const HARNESS = (path) => path === '/data.js' || path.startsWith('/harness/');

function shipped(responses) {
  const files = [];
  for (const { url, status } of responses) {
    if (status !== 200) problems.push(`${url.pathname}: HTTP ${status}`);
    const ext = extname(url.pathname);
    if (ext === '.html' || url.pathname.endsWith('/')) continue;
    const kind = HARNESS(url.pathname) ? 'harness' : ['.js', '.mjs'].includes(ext) ? 'js' : ext === '.css' ? 'css' : ext === '.woff2' || ext === '.woff' ? 'font' : 'other';
    files.push({ path: url.pathname, kind, ...sizes.get(url.pathname) });
  }
  return files;
}

const results = Object.fromEntries(IMPLS.map(({ id }) => [id, { visible: [], visibleDom: [], painted: [], bytes: [], files: undefined, render: [], renderDom: [], renderPainted: [], nodes: undefined, heap: [], embedder: [], cls: [], clsAfterData: [], shiftSources: new Map() }]));
const baseline = { heap: [], embedder: [] };

async function visibleSample(impl) {
  return withPage(impl, 'n=4&mode=visible', async ({ page, responses }) => {
    const r = await inPage(page, () => window.__bench.result);
    const res = results[impl];
    res.visible.push(r.at - r.t0);
    res.visibleDom.push(r.domAt - r.t0);
    res.painted.push(r.paintedAt - r.t0);
    const files = shipped(responses);
    const counted = files.filter((f) => f.kind === 'js' || f.kind === 'css');
    res.bytes.push(counted.reduce((sum, f) => sum + f.gzip, 0));
    res.files ??= files;
    if (!existsSync(join(OUT, `${impl}.png`))) await page.screenshot({ path: join(OUT, `${impl}.png`), fullPage: true });
  });
}

async function renderSample(impl) {
  return withPage(impl, 'n=1000&mode=render', async ({ page, client }) => {
    await inPage(page, () => window.__bench.ready);
    const r = await inPage(page, () => window.__bench.timeRender(window.BENCH_EXPECTED));
    const res = results[impl];
    res.render.push(r.at - r.start);
    res.renderDom.push(r.domAt - r.start);
    res.renderPainted.push(r.paintedAt - r.start);
    res.nodes ??= await inPage(page, () => window.__bench.countNodes());
    const heap = await heapAfterGc(client);
    res.heap.push(heap.usedSize);
    res.embedder.push(heap.embedderHeapUsedSize ?? NaN);
  });
}

async function heapAfterGc(client) {
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
  return client.send('Runtime.getHeapUsage');
}

async function baselineSample() {
  return withPage('blank', 'n=1000&mode=render', async ({ page, client }) => {
    await inPage(page, () => window.__bench.ready);
    const heap = await heapAfterGc(client);
    baseline.heap.push(heap.usedSize);
    baseline.embedder.push(heap.embedderHeapUsedSize ?? NaN);
  });
}

async function clsSample(impl) {
  return withPage(impl, 'n=4&mode=cls', async ({ page }) => {
    const r = await inPage(page, () => window.__bench.result);
    // Let late work (hydration, fonts, icons) settle, then read every shift since navigation.
    const shifts = await inPage(page, () =>
      new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__bench.shifts))), 500)),
    );
    const counted = shifts.filter((s) => !s.hadRecentInput);
    const res = results[impl];
    res.cls.push(counted.reduce((sum, s) => sum + s.value, 0));
    res.clsAfterData.push(counted.filter((s) => s.startTime >= r.dataAt).reduce((sum, s) => sum + s.value, 0));
    for (const s of counted) {
      const key = `${s.startTime >= r.dataAt ? 'after data' : 'before data'}: ${[...new Set(s.sources)].join(', ')}`;
      res.shiftSources.set(key, (res.shiftSources.get(key) ?? 0) + 1);
    }
  });
}

// Warm up the browser and the server (not recorded), then interleave the implementations so that
// any drift of the machine affects all three alike.
mkdirSync(OUT, { recursive: true });
for (const { id } of IMPLS) await withPage(id, 'n=4&mode=visible', ({ page }) => inPage(page, () => window.__bench.result));

const plan = [
  ['4 cards, script start to visible', SAMPLES.visible, visibleSample],
  ['1,000 cards, render and memory', SAMPLES.render, renderSample],
  ['layout shift', SAMPLES.cls, clsSample],
];
for (const [label, samples, sample] of plan) {
  process.stdout.write(`${label}: `);
  for (let i = 0; i < samples; i++) {
    for (const { id } of IMPLS) await sample(id);
    if (sample === renderSample) await baselineSample();
    process.stdout.write('.');
  }
  process.stdout.write('\n');
}
await browser.close();
server.close();

// The page with 200 gated lists, in every engine the machine has (its own browsers and server).
process.stdout.write('200 gated lists, per engine:\n');
const gatedLoadSection = await measureGatedLoad({ samples: QUICK ? 3 : 9, log: (line) => console.log(`  ${line}`) });

// The phone profile: CPU ×4, slow 4G, cold cache, served over HTTP (its own browser and server).
process.stdout.write('phone profile:\n');
const phone = await measurePhoneProfile({ samples: QUICK ? 2 : 9, traced: QUICK ? 1 : 3, log: (line) => console.log(`  ${line}`) });

// ---------------------------------------------------------------- report
const KB = 1024;
const fmt = {
  ms: (x) => `${x.toFixed(1)} ms`,
  kb: (x) => `${(x / KB).toFixed(1)} KB`,
  mb: (x) => `${(x / KB / KB).toFixed(2)} MB`,
  cls: (x) => x.toFixed(4),
};
const fmtRatio = (r) => (Number.isFinite(r.value) ? `${r.value.toFixed(2)}× (${r.lo.toFixed(2)}–${r.hi.toFixed(2)})` : 'n/a (ours is 0)');

function table(metric, unit, pick) {
  const lines = [`| implementation | median | 95% CI | samples | ratio (theirs / ours) |`, `|---|---:|---:|---:|---:|`];
  for (const { id, name } of IMPLS) {
    const xs = pick(results[id]);
    const s = summarize(xs);
    const r = id === 'ours' ? '1 (reference)' : fmtRatio(ratio(xs, pick(results.ours)));
    lines.push(`| ${name} | ${fmt[unit](s.median)} | ${fmt[unit](s.lo)} – ${fmt[unit](s.hi)} | ${s.n} | ${r} |`);
  }
  return `### ${metric}\n\n${lines.join('\n')}\n`;
}

function splitTable(total, dom) {
  const lines = ['| implementation | DOM complete (script) | then style + layout (forced) | laid out |', '|---|---:|---:|---:|'];
  for (const { id, name } of IMPLS) {
    const t = total(results[id]);
    const d = dom(results[id]);
    lines.push(`| ${name} | ${fmt.ms(median(d))} | ${fmt.ms(median(t.map((x, i) => x - d[i])))} | ${fmt.ms(median(t))} |`);
  }
  return lines.join('\n');
}

function nodesTable() {
  const lines = ['| implementation | elements | text nodes | comments | shadow roots |', '|---|---:|---:|---:|---:|'];
  for (const { id, name } of IMPLS) {
    const n = results[id].nodes;
    lines.push(`| ${name} | ${n.elements} | ${n.text} | ${n.comments} | ${n.shadowRoots} |`);
  }
  return lines.join('\n');
}

function bytesSection() {
  const lines = ['| implementation | JS + CSS, gzip | raw | files (JS + CSS) | samples | ratio (theirs / ours) |', '|---|---:|---:|---:|---:|---:|'];
  for (const { id, name } of IMPLS) {
    const files = results[id].files.filter((f) => f.kind === 'js' || f.kind === 'css');
    const s = summarize(results[id].bytes);
    const raw = files.reduce((sum, f) => sum + f.raw, 0);
    const r = id === 'ours' ? '1 (reference)' : `${(s.median / median(results.ours.bytes)).toFixed(2)}×`;
    lines.push(`| ${name} | ${fmt.kb(s.median)} | ${fmt.kb(raw)} | ${files.length} | ${s.n} | ${r} |`);
  }
  const detail = IMPLS.map(({ id, name }) => {
    const rows = results[id].files
      .filter((f) => f.kind !== 'harness')
      .map((f) => `| ${f.path.replace('/node_modules/@department-of-veterans-affairs/web-components/dist/', '…/web-components/dist/')} | ${f.kind} | ${fmt.kb(f.raw)} | ${f.kind === 'js' || f.kind === 'css' ? fmt.kb(f.gzip) : 'not counted'} |`);
    return `<details><summary>${name}: ${rows.length} files</summary>\n\n| file | kind | raw | gzip |\n|---|---|---:|---:|\n${rows.join('\n')}\n\n</details>`;
  });
  return `${lines.join('\n')}\n\n${detail.join('\n\n')}\n`;
}

function memorySection() {
  const lines = ['| implementation | JS heap | 95% CI | DOM (Blink) heap | JS + DOM heap | samples | ratio (JS + DOM, theirs / ours) |', '|---|---:|---:|---:|---:|---:|---:|'];
  const total = (res) => res.heap.map((h, i) => h + res.embedder[i]);
  for (const { id, name } of IMPLS) {
    const res = results[id];
    const s = summarize(res.heap);
    const r = id === 'ours' ? '1 (reference)' : fmtRatio(ratio(total(res), total(results.ours)));
    lines.push(`| ${name} | ${fmt.mb(s.median)} | ${fmt.mb(s.lo)} – ${fmt.mb(s.hi)} | ${fmt.mb(median(res.embedder))} | ${fmt.mb(median(total(res)))} | ${s.n} | ${r} |`);
  }
  lines.push(`| blank page with the same 1,000 contacts (baseline) | ${fmt.mb(median(baseline.heap))} | | ${fmt.mb(median(baseline.embedder))} | ${fmt.mb(median(total(baseline)))} | ${baseline.heap.length} | |`);
  return lines.join('\n');
}

function clsSection() {
  const lines = [
    '| implementation | CLS when the data arrives | 95% CI | samples | ratio (theirs / ours) | CLS of the whole load (median) |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const { id, name } of IMPLS) {
    const res = results[id];
    const s = summarize(res.clsAfterData);
    const r = id === 'ours' ? '1 (reference)' : fmtRatio(ratio(res.clsAfterData, results.ours.clsAfterData));
    lines.push(`| ${name} | ${fmt.cls(s.median)} | ${fmt.cls(s.lo)} – ${fmt.cls(s.hi)} | ${s.n} | ${r} | ${fmt.cls(median(res.cls))} |`);
  }
  const sources = IMPLS.map(({ id, name }) => {
    const entries = [...results[id].shiftSources].sort().map(([k, v]) => `  - ${k} (${v} of ${results[id].cls.length} loads)`);
    return `- ${name}: ${entries.length ? `\n${entries.join('\n')}` : 'no layout shift'}`;
  });
  return `${lines.join('\n')}\n\nElements that moved (layout-shift sources; "before data" is the first render into the empty page, and for the VA components their hydration):\n\n${sources.join('\n')}\n`;
}

// The project's size budget script, for the split between the elements' own code and Lit.
const size = spawnSync('node', ['scripts/size.mjs'], { cwd: ROOT, encoding: 'utf8' });
const sizeTable = (size.stdout || '').trim() || `(scripts/size.mjs printed nothing: ${(size.stderr || '').trim().split('\n')[0]})`;

function goals() {
  const out = [];
  const ours = median(results.ours.bytes);
  for (const { id, name } of THEIRS) {
    const theirs = median(results[id].bytes);
    const ok = ours * 3 <= theirs;
    out.push(
      `- Bytes ≤ 1/3 of ${name}: **${ok ? 'met' : 'missed'}** — ours ${fmt.kb(ours)} is ${((ours / theirs) * 100).toFixed(0)}% of ${fmt.kb(theirs)}` +
        (ok ? '.' : `; the goal is ≤ ${fmt.kb(theirs / 3)}, ${fmt.kb(ours - theirs / 3)} too much.`),
    );
  }
  // The contract's goals: the 4-card page is the figure that matters; 1,000 cards is a stress figure.
  for (const [label, pick, dom, goal] of [
    ['4 cards (script start to visible)', (r) => r.visible, (r) => r.visibleDom, 0.5],
    ['1,000 cards (data set to laid out)', (r) => r.render, (r) => r.renderDom, 0.75],
  ]) {
    const o = median(pick(results.ours));
    const t = median(pick(results.react));
    const r = ratio(pick(results.ours), pick(results.react));
    const ok = r.hi <= goal;
    const verdict = ok ? 'met' : r.value <= goal ? 'met at the median, not with 95% confidence' : 'missed';
    let line =
      `- Render time ≤ ${goal}× React, ${label}: **${verdict}** — ours ${fmt.ms(o)} vs React ${fmt.ms(t)}: ${r.value.toFixed(2)}× (95% CI ${r.lo.toFixed(2)}–${r.hi.toFixed(2)})` +
      (r.value <= goal ? '.' : `; the goal needs ≤ ${fmt.ms(t * goal)}, ${fmt.ms(o - t * goal)} slower than that.`);
    if (!ok) {
      const split = (res) => {
        const d = dom(res);
        return [median(d), median(pick(res).map((x, i) => x - d[i]))];
      };
      const [oDom, oLayout] = split(results.ours);
      const [tDom, tLayout] = split(results.react);
      line += ` Split: building the DOM ours ${fmt.ms(oDom)} vs React ${fmt.ms(tDom)}; style and layout ours ${fmt.ms(oLayout)} vs React ${fmt.ms(tLayout)}.`;
      if (label.startsWith('1,000')) {
        const n = results.ours.nodes;
        const rn = results.react.nodes;
        line +=
          ` Style and layout take ${((tLayout / t) * 100).toFixed(0)}% of React's total, and ${((oLayout / o) * 100).toFixed(0)}% of ours, which lays out only the cards on screen past each group's first two (\`content-visibility: auto\`): ${oLayout > oDom ? 'style and layout are' : 'building the DOM is'} where ours spends most of its time.` +
          ` Ours builds ${n.elements + n.text + n.comments} nodes to React's ${rn.elements + rn.text + rn.comments}: ${n.comments} comments (Lit's part markers) and ${n.text - rn.text} more text nodes.` +
          " What is left is Lit's own work per card: cloning the card's template and one nested template per block on file, and filling their bindings.";
      }
    }
    out.push(line);
  }
  const cls = results.ours.clsAfterData;
  const worst = Math.max(...cls);
  const moved = [...results.ours.shiftSources.keys()].filter((k) => k.startsWith('after data')).map((k) => k.replace('after data: ', ''));
  out.push(
    `- CLS 0 when the data arrives: **${worst === 0 ? 'met' : 'missed'}** — ours ${worst === 0 ? `0 in all ${cls.length} loads` : `median ${fmt.cls(median(cls))}, worst ${fmt.cls(worst)} over ${cls.length} loads (React: ${fmt.cls(median(results.react.clsAfterData))})`}; whole load, first render included: median ${fmt.cls(median(results.ours.cls))}.` +
      (worst === 0
        ? " How: ours shows placeholder cards while loading; in this window the first group's placeholders and cards both reach below its bottom, so what moves below them is out of view."
        : ` What moved: ${[...new Set(moved)].join('; ')} — the placeholder cards and the cards differ in height, and what moved was in view.`),
  );
  return out.join('\n');
}

const cpus = os.cpus();
const bundleStat = statSync(BUNDLE);
const newestSource = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }, 0);
if (existsSync(join(ROOT, 'src')) && newestSource(join(ROOT, 'src')) > bundleStat.mtimeMs) {
  problems.push('src/ has changes newer than dist/health-contacts.bundle.js: these figures are for the older build (run `npm run build` first)');
}
const report = `# Side-by-side benchmark

The same UI three ways — the four contacts of \`contacts-full.json\` in "Medical emergency contacts"
and "Next of kin contacts", formatted \`tel:\` links, and the "Learn how to update your personal health
care contact information" disclosure:

1. **health-contacts-elements**: \`dist/health-contacts.bundle.js\` and a \`<health-contacts-list>\` given \`.contacts\` (\`ours/app.js\`).
2. **React 19** + \`react-dom/client\`, written by hand (\`react/contacts.jsx\` rendered by \`react/app.jsx\`, \`react/app.css\`; esbuild, minified, production).
3. **VA web components**: \`va-additional-info\`, \`va-card\`, \`va-telephone\` from
   \`@department-of-veterans-affairs/web-components\` (its \`component-library.esm.js\` loader and
   \`component-library.css\`), the DOM built in plain JavaScript (\`va/app.js\`, \`va/app.css\`).

- Machine: ${cpus.length} cores (${cpus[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}
- Browser: ${chromiumVersion}, headless, one browser for all three; every sample in a fresh browser context (own renderer, cache disabled); implementations interleaved sample by sample
- Date: ${new Date().toISOString()}; \`dist/health-contacts.bundle.js\` built ${bundleStat.mtime.toISOString()} (${fmt.kb(bundleStat.size)} raw)
- Load average (1, 5, 15 min) at start ${loadAtStart.map((x) => x.toFixed(2)).join(', ')}, at end ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}: other work on the machine widens the intervals
- Command: \`node bench/run.mjs\`${QUICK ? ' --quick (fewer samples: not for decisions)' : ''}; took ${((Date.now() - started) / 1000).toFixed(0)} s
- Statistics: median, 95% percentile-bootstrap interval of the median (${RESAMPLES} resamples); ratios are theirs / ours with a bootstrap interval of the ratio of medians.

## Bytes shipped to render the page (4 cards)

Sum over the page's JS and CSS responses of each body gzipped (level 9, as \`scripts/size.mjs\`);
the HTML, fonts, images (the VA icon sprite) and the benchmark's own files (\`/harness/*\`, \`/data.js\`) are not counted.

${bytesSection()}
The package's size budgets (\`scripts/size.mjs\`):

${sizeTable}

## Time from script start to contacts visible (4 cards, data already available)

From \`performance.now()\` at the top of the page's first script (\`harness/start.js\`) to the moment
all 4 cards and their 6 phone links are in the DOM (looking into shadow roots; for the VA
components, the \`<a>\` inside each \`va-telephone\`'s shadow root and the \`hydrated\` \`va-card\`)
and laid out (\`getBoundingClientRect\` on the last card, detected by a \`MutationObserver\` on the
document and every shadow root, with a \`requestAnimationFrame\` poll as a fallback). "Painted" is
the same after a double \`requestAnimationFrame\`. Includes fetching and running the code (from
127.0.0.1, no throttling): for the VA components, their lazy loading of each component's code.

${table('Contacts visible', 'ms', (r) => r.visible)}
${table('Contacts painted (next frame)', 'ms', (r) => r.painted)}
Where the time goes (medians of the same samples: "DOM complete" is when the last card's last
phone link was first seen in the DOM, before the forced layout):

${splitTable((r) => r.visible, (r) => r.visibleDom)}

## Time to render 1,000 cards

The page loads the implementation (and for the VA components, runs each of the three components
once in a hidden container so their code is loaded — otherwise their lazy loading would be timed),
then from setting the data (1,000 contacts cycling the fixture's four, 500 per group) to the
1,000th card and all 1,500 phone links rendered and laid out, detected as above. "Painted" adds a double \`requestAnimationFrame\`.

${table('1,000 cards laid out', 'ms', (r) => r.render)}
${table('1,000 cards painted (next frame)', 'ms', (r) => r.renderPainted)}
Where the time goes (medians):

${splitTable((r) => r.render, (r) => r.renderDom)}

DOM nodes for the 1,000 cards (under the page's container, shadow roots included):

${nodesTable()}

## Memory after rendering 1,000 cards

CDP \`HeapProfiler.collectGarbage\` (twice), then \`Runtime.getHeapUsage\`: the JS heap
(\`usedSize\`) and Blink's garbage-collected heap that holds the DOM (\`embedderHeapUsedSize\`).
The page holds the 1,000 contacts' data in all three.

${memorySection()}

## Layout shift when the data arrives

The page renders the list loading first (ours: \`.fetch\` resolving after 300 ms with the fixture,
meanwhile its loading state: both groups' headings and two placeholder cards each; React and VA:
"Please wait…", then the data after 300 ms), with a paragraph below the list, in Puppeteer's
default 800 × 600 window. A
buffered \`PerformanceObserver\` for \`layout-shift\` sums the shifts without recent input over the
whole load, read 500 ms and two frames after all cards are shown; "when the data arrives" counts
the shifts from the moment the 300 ms timer resolved; the whole load also counts the first render
into the empty page, before any data.

${clsSection()}
${gatedLoadSection}
${phone.section}
## Goals

${goals()}
${problems.length ? `\n## Problems seen while running\n\n${[...new Set(problems)].map((p) => `- ${p}`).join('\n')}\n` : ''}`;

writeFileSync(join(BENCH, 'RESULTS.md'), report);
console.log(`\nwrote bench/RESULTS.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(report.slice(report.indexOf('## Goals')));
console.log(`\n${phone.summary}`);
