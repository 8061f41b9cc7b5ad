// The phone profile: what a Veteran on a mid-range phone on a slow network waits for. The same
// page three ways (this package, React 19, the VA design system's web components), each served
// with its real files over HTTP from a local server, opened in headless Chromium with the CPU
// slowed 4× and a slow-4G network, cold cache; timed from navigation start to the four contacts
// visible and to the largest contentful paint. Pages: client-rendered with the flag asked of the
// toggles endpoint and then the contacts (two requests in series, as the real host page does),
// client-rendered with the flag known to the host (one request), and server-rendered.
// `bench/run.mjs` writes its section into RESULTS.md; `node bench/phone/measure.mjs [--quick]`
// prints it alone; `--serve` only serves the pages, to look at them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFixture } from '../../fixtures/index.mjs';
import { chromiumArgs, requireChromiumPath } from '../../test/runner/chromium.mjs';
import { median, ratio, summarize } from '../stats.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const BENCH = join(HERE, '..');
const ROOT = join(BENCH, '..');
const OUT = join(BENCH, '.out', 'phone');
const VA_DIST = join(BENCH, 'node_modules', '@department-of-veterans-affairs', 'web-components', 'dist');

/** The phone: Lighthouse's mobile CPU slowdown and screen, on slow 4G (1.6 Mbps down, 150 ms round trip). */
export const PROFILE = {
  cpuSlowdown: 4,
  // A round trip of `latency` ms per request, which the server waits on top of its own think
  // time (Chromium's latency emulation would count the server's time within its latency
  // instead); the bandwidth is Chromium's emulation, shared by all of a page's responses.
  network: { latency: 150, download: (1.6 * 1000 * 1000) / 8, upload: (750 * 1000) / 8 },
  viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  // The API's own time before it answers (fixed, so that only the pages differ).
  think: { toggles: 100, contacts: 200 },
};

export const IMPLS = [
  { id: 'ours', name: 'health-contacts-elements' },
  { id: 'react', name: 'React 19' },
  { id: 'va', name: 'VA web components' },
];

const TOGGLES = '/v0/feature_toggles';
const CONTACTS = '/v0/profile/contacts';

/** The pages, per implementation: how each one gets its contacts. */
export const PAGES = [
  {
    id: 'gated',
    title: 'Client-rendered, flag from the toggles request, then the contacts (in series)',
    path: (impl) => `/${impl}.html`,
    api: [TOGGLES, CONTACTS],
    series: true,
  },
  {
    id: 'known',
    title: 'Client-rendered, flag known to the host (the contacts request alone)',
    path: (impl) => `/${impl}.html?flag=known`,
    api: [CONTACTS],
  },
  {
    id: 'ssr',
    title: 'Server-rendered (the contacts and the flag in the HTML)',
    path: (impl) => `/${impl}-ssr.html`,
    api: [],
    hydration: (impl) => impl !== 'va',
  },
  // What-ifs for our page alone: what a host could change without changing the elements.
  {
    id: 'preload-toggles',
    title: 'series page, the toggles request preloaded from the HTML',
    impls: ['ours'],
    path: () => '/ours.html?preload=toggles',
    api: [TOGGLES, CONTACTS],
    series: true,
  },
  {
    id: 'preload-both',
    title: 'series page, the toggles and contacts requests preloaded from the HTML (the contacts asked for before the flag is known)',
    impls: ['ours'],
    path: () => '/ours.html?preload=both',
    api: [TOGGLES, CONTACTS],
  },
];
const implsOf = (page) => IMPLS.filter(({ id }) => !page.impls || page.impls.includes(id));
const COMPARED = PAGES.filter((page) => !page.impls);
const PRELOADS = {
  toggles: [`${TOGGLES}?features=profile_contacts`],
  both: [`${TOGGLES}?features=profile_contacts`, CONTACTS],
};

const STEP_TIMEOUT = 60_000;

// ---------------------------------------------------------------- data
const contactsDocument = readFixture('contacts-full.json');
const togglesDocument = readFixture('feature-toggles.json');
const contacts = contactsDocument.data.map(({ id, attributes }) => ({ id, ...attributes }));
const SHOWN = new Set(['emergency contact', 'other emergency contact', 'primary next of kin', 'other next of kin']);
const shownContacts = contacts.filter((c) => SHOWN.has(c.contactType.trim().toLowerCase()));
const EXPECTED = {
  cards: shownContacts.length,
  links: shownContacts.reduce((sum, c) => sum + [c.primaryPhone, c.alternatePhone].filter(Boolean).length, 0),
};

// ---------------------------------------------------------------- builds
async function build() {
  const esbuild = await import('esbuild');
  const browser = {
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  };
  await Promise.all(
    ['react.jsx', 'react-hydrate.jsx', 'va.js'].map((entry) =>
      esbuild.build({ ...browser, entryPoints: [join(HERE, entry)], outfile: join(OUT, 'js', entry.replace(/\.jsx$/, '.js')) }),
    ),
  );
  // Hydration patches the LitElement the elements extend: the bundle must hold one copy of Lit.
  const ours = await esbuild.build({ ...browser, entryPoints: [join(HERE, 'ours-hydrate.js')], outfile: join(OUT, 'js', 'ours-hydrate.js'), metafile: true });
  const inputs = Object.keys(ours.metafile.inputs);
  for (const core of ['lit-html/lit-html.js', 'lit-element/lit-element.js', 'reactive-element/reactive-element.js']) {
    const copies = inputs.filter((input) => input.replace(/\/development\//, '/').endsWith(core));
    if (copies.length !== 1) throw new Error(`ours-hydrate.js: ${copies.length} copies of ${core}`);
  }
  // React bundled in, so that its production build is the one that renders.
  const server = await esbuild.build({
    ...browser,
    minify: false,
    platform: 'node',
    // React's CommonJS asks for Node's modules with require().
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    entryPoints: [join(HERE, 'react-server.jsx')],
    outfile: join(OUT, 'react-server.mjs'),
    metafile: true,
  });
  if (Object.keys(server.metafile.inputs).some((input) => input.includes('.development.'))) throw new Error('react-server.mjs: React in development mode');
  return import(pathToFileURL(join(OUT, 'react-server.mjs')).href);
}

// ---------------------------------------------------------------- server
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const MOUNTS = [
  ['/dist/', join(ROOT, 'dist')],
  ['/js/', join(OUT, 'js')],
  ['/react/', join(BENCH, 'react')],
  ['/va/', join(BENCH, 'va')],
  ['/va-components/', join(VA_DIST, 'component-library')],
  ['/img/', join(VA_DIST, 'img')],
];
const PAGE_FILES = { '/ours.html': 'ours', '/react.html': 'react', '/va.html': 'va' };
const SSR_FILES = { '/ours-ssr.html': 'ours', '/react-ssr.html': 'react', '/va-ssr.html': 'va' };
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server's waits, and by how much each came late (a busy machine delays timers). */
const late = [];
async function wait(ms) {
  const start = performance.now();
  await delay(ms);
  late.push(performance.now() - start - ms);
}

function fileFor(pathname) {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    return file.startsWith(dir + sep) && existsSync(file) && statSync(file).isFile() ? file : undefined;
  }
  return undefined;
}

/**
 * Serves the pages and their files as a CDN would (gzip -9 when the browser accepts it), the
 * API with its think time, and the server-rendered pages, rendered on each request after the
 * server has asked for the flag and then the contacts (the same think times, in series; no
 * network between the server and the API). Every answer waits one round trip first.
 * HTTP/1.1 on 127.0.0.1.
 */
async function serve({ renderOurs, jsonForScript, renderReact, pageData }) {
  const gzipped = new Map();
  const ssrRenderMs = { ours: [], react: [], va: [] };
  const send = (request, response, status, body, type, key) => {
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      if (key && !gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = (key && gzipped.get(key)) ?? gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    response.writeHead(status, headers).end(body);
  };
  const template = (name) => readFileSync(join(HERE, 'pages', name), 'utf8');

  async function ssrPage(impl) {
    await wait(PROFILE.think.toggles + PROFILE.think.contacts);
    const started = performance.now();
    let rendered;
    let props = '';
    if (impl === 'ours') ({ body: rendered, props } = await renderOurs(contacts));
    else if (impl === 'react') {
      rendered = renderReact(contacts);
      props = jsonForScript({ contacts });
    } else rendered = pageData.vaMarkup;
    const html = template(`${impl}-ssr.html`).replace('<!--rendered-->', rendered).replace('<!--props-->', props);
    ssrRenderMs[impl].push(performance.now() - started);
    return html;
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const { pathname } = url;
    await wait(PROFILE.network.latency); // the round trip
    try {
      if (PAGE_FILES[pathname]) {
        // "flag known": the server writes the flag it knows into the page.
        const known = url.searchParams.get('flag') === 'known';
        let html = template(`${PAGE_FILES[pathname]}.html`).replace(/<!--flag-known (.*?) -->\n?/s, known ? '$1\n' : '');
        // A host's preload of the API requests, which the elements' own fetches then use.
        const preloads = PRELOADS[url.searchParams.get('preload')] ?? [];
        const links = preloads.map((href) => `\n    <link rel="preload" as="fetch" crossorigin href="${href}" />`).join('');
        html = html.replace('</title>', `</title>${links}`);
        if (url.searchParams.has('editable')) html = html.replace('<health-contacts-list>', '<health-contacts-list editable>');
        return send(request, response, 200, Buffer.from(html), TYPES['.html']);
      }
      if (SSR_FILES[pathname]) return send(request, response, 200, Buffer.from(await ssrPage(SSR_FILES[pathname])), TYPES['.html']);
      if (pathname === '/va-markup.html') {
        const html = '<!doctype html><html lang="en"><body><main id="app"></main><script type="module" src="/va/app.js"></script></body></html>';
        return send(request, response, 200, Buffer.from(html), TYPES['.html']);
      }
      if (pathname === TOGGLES) {
        await wait(PROFILE.think.toggles);
        const asked = new Set((url.searchParams.get('features') ?? '').split(','));
        const camel = (name) => name.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
        const features = togglesDocument.data.features.filter(({ name }) => asked.has(name) || [...asked].some((a) => camel(a) === name));
        const body = Buffer.from(JSON.stringify({ data: { ...togglesDocument.data, features } }));
        return send(request, response, 200, body, TYPES['.json']);
      }
      if (pathname === CONTACTS) {
        await wait(PROFILE.think.contacts);
        return send(request, response, 200, Buffer.from(JSON.stringify(contactsDocument)), TYPES['.json'], CONTACTS);
      }
      const file = fileFor(pathname);
      if (!file) return send(request, response, 404, Buffer.from('not found'), 'text/plain');
      return send(request, response, 200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream', file);
    } catch (error) {
      return send(request, response, 500, Buffer.from(String(error?.stack ?? error)), 'text/plain');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}`, ssrRenderMs };
}

// ---------------------------------------------------------------- browser
// Not 'v8' (an event per function call): it would slow the traced page more than the rest.
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'toplevel',
];

/**
 * One page load on the phone profile, in a fresh browser context (own renderer, empty cache,
 * new connections): the page's timings from navigation start, and its trace when asked.
 */
async function loadOnPhone(browser, url, { hydration = false, trace = false, problems, watch, after }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(PROFILE.viewport);
    await page.setCacheEnabled(false);
    await page.emulateCPUThrottling(PROFILE.cpuSlowdown);
    // The round trip is the server's; Chromium throttles the bandwidth.
    await page.emulateNetworkConditions({ download: PROFILE.network.download, upload: PROFILE.network.upload, latency: 0 });
    await page.evaluateOnNewDocument(`window.__phoneExpected = ${JSON.stringify(EXPECTED)};\n${watch}`);
    const where = new URL(url).pathname + new URL(url).search;
    page.on('requestfailed', (r) => problems.push(`${where}: request failed ${r.url()}`));
    page.on('pageerror', (error) => problems.push(`${where}: page error ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`${where}: console.${message.type()} ${message.text()}`);
    });
    if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT });
    let timer;
    const result = await Promise.race([
      page.evaluate((h) => window.__phone.result({ hydration: h }), hydration),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${where}: the contacts were not visible within ${STEP_TIMEOUT / 1000} s`)), STEP_TIMEOUT);
      }),
    ]).finally(() => clearTimeout(timer));
    if (trace) result.trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    if (after) await after(page, result);
    return result;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- tapping "Edit" to the form
/**
 * The time from tapping a card's "Edit" to the editor's form shown, on the same phone profile: our
 * page with the flag known and `editable` on the list, loaded on the phone, then a touch tap on the
 * first card's "Edit", timed in the page from its `pointerdown`. The editor's module is loaded by
 * that tap (read-only pages never load it), so this is what that module costs a person on a phone.
 */
export const EDIT_TO_FORM = {
  enabled: true,
  path: '/ours.html?flag=known&editable',
  /** Runs in the page; resolves with performance.now() in the frame that first shows the form's first control. */
  formShown: () =>
    new Promise((resolve) => {
      const list = window.document.querySelector('health-contacts-list');
      const check = () => {
        const control = list.shadowRoot.querySelector('[part~="editor"] input');
        if (control && control.getBoundingClientRect().height > 0) requestAnimationFrame(() => resolve(performance.now()));
        else requestAnimationFrame(check);
      };
      check();
    }),
};

async function editToFormSample(browser, base, { problems, watch }) {
  if (!EDIT_TO_FORM.enabled || !EDIT_TO_FORM.formShown) throw new Error('tapping "Edit" to the form: not yet enabled (no editor)');
  return loadOnPhone(browser, base + EDIT_TO_FORM.path, {
    problems,
    watch,
    async after(page, result) {
      const button = await page.evaluateHandle(() =>
        window.document.querySelector('health-contacts-list').shadowRoot.querySelector('[part~="edit-button"]'),
      );
      await button.evaluate((b) => {
        b.scrollIntoView({ block: 'center' });
        window.__tapAt = new Promise((resolve) => b.addEventListener('pointerdown', () => resolve(performance.now()), { once: true }));
      });
      const box = await button.boundingBox();
      const shown = page.evaluate(EDIT_TO_FORM.formShown);
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      result.editToForm = (await shown) - (await page.evaluate(() => window.__tapAt));
    },
  });
}

/** The markup va/app.js builds for the contacts, with the components not defined: what a server template writes. */
async function captureVaMarkup(browser, base) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/va-markup.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchApp);
    return await page.evaluate((list) => {
      window.benchApp.render(list);
      return window.document.getElementById('app').innerHTML;
    }, contacts);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- run
/**
 * Measures `samples` rounds (after one warm-up round), each loading every page of every
 * implementation once, interleaved; then `traced` more loads of our series page with a CDP trace,
 * for where its main-thread time goes. Returns the Markdown section and a short summary.
 */
export async function measurePhoneProfile({ samples = 9, traced = 3, log = (line) => console.log(line) } = {}) {
  const started = Date.now();
  const loadAtStart = os.loadavg();
  if (!existsSync(join(ROOT, 'dist', 'health-contacts.bundle.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const { renderReact } = await build();
  // Imported here, not above: it loads the package's dist/ (and @lit-labs/ssr's DOM shim).
  const { renderOurs, jsonForScript } = await import('./ours-server.mjs');
  const watch = readFileSync(join(HERE, 'watch.js'), 'utf8');
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: requireChromiumPath(), headless: true, args: chromiumArgs });
  const problems = [];
  const results = Object.fromEntries(PAGES.map((page) => [page.id, Object.fromEntries(implsOf(page).map(({ id }) => [id, []]))]));
  const traces = [];
  const editToForm = [];
  let served;
  try {
    const pageData = { vaMarkup: '' };
    served = await serve({ renderOurs, jsonForScript, renderReact, pageData });
    pageData.vaMarkup = await captureVaMarkup(browser, served.base);
    for (let round = 0; round <= samples; round++) {
      for (const page of PAGES) {
        for (const { id: impl } of implsOf(page)) {
          const result = await loadOnPhone(browser, served.base + page.path(impl), { hydration: page.hydration?.(impl), problems, watch });
          check(page, impl, result, problems);
          if (round > 0) results[page.id][impl].push(result); // the first round warms up
        }
      }
      if (EDIT_TO_FORM.enabled) {
        const result = await editToFormSample(browser, served.base, { problems, watch });
        if (round > 0) editToForm.push(result.editToForm);
      }
      if (round > 0) log(`phone profile: round ${round} of ${samples}`);
    }
    for (let i = 0; i < traced; i++) {
      traces.push(await loadOnPhone(browser, served.base + PAGES[0].path('ours'), { trace: true, problems, watch }));
    }
  } finally {
    await browser.close();
    served?.server.close();
  }
  const measured = { results, traces, editToForm, late: [...late], problems, ssrRenderMs: served.ssrRenderMs, loadAtStart, seconds: (Date.now() - started) / 1000, samples };
  return { ...report(measured), measured };
}

/** Each page asked the API what it should have, in the order it should have. */
function check(page, impl, result, problems) {
  const api = result.resources.filter((r) => r.path.startsWith('/v0/'));
  const asked = api.map((r) => r.path.split('?')[0]);
  if (asked.join() !== page.api.join()) problems.push(`${page.id}, ${impl}: asked ${asked.join(', ') || 'nothing'} instead of ${page.api.join(', ') || 'nothing'}`);
  if (page.series && api.length === 2 && api[1].start < api[0].end) problems.push(`${page.id}, ${impl}: the contacts request started before the toggles answer`);
}

// ---------------------------------------------------------------- timeline of one load
const isApi = (r, path) => r.path.split('?')[0] === path;

/**
 * The critical path of one client-rendered load, step by step (ms; each step starts where the
 * one before it ends, so they add up to the time the contacts were visible).
 */
function criticalPath(result) {
  const api = result.resources.filter((r) => r.path.startsWith('/v0/'));
  const toggles = result.resources.find((r) => isApi(r, TOGGLES));
  const contactsRequest = result.resources.find((r) => isApi(r, CONTACTS));
  const firstApi = api[0];
  const html = result.document.end;
  // The page's code and styles: from the first request for one to the last byte of the last of
  // them that arrived before the first API request.
  const code = result.resources.filter((r) => ['script', 'link', 'css'].includes(r.type) && r.end <= (firstApi?.start ?? Infinity));
  const codeStart = Math.max(html, Math.min(...code.map((r) => r.start)));
  const codeEnd = Math.max(codeStart, ...code.map((r) => r.end));
  const steps = { html, request: codeStart - html, code: codeEnd - codeStart };
  if (firstApi) steps.run = firstApi.start - codeEnd;
  if (toggles && contactsRequest) {
    steps.toggles = toggles.end - toggles.start;
    steps.flagToContacts = contactsRequest.start - toggles.end;
  }
  if (contactsRequest) {
    steps.contacts = contactsRequest.end - contactsRequest.start;
    steps.render = result.visible - contactsRequest.end;
  } else steps.render = result.visible - (firstApi?.end ?? codeEnd);
  return steps;
}

const STEPS = {
  html: ['HTML', 'HTML: navigation start → its last byte'],
  request: ['starting the page', 'the browser starts the page (renderer, document, parser) → requests its scripts and styles'],
  code: ['scripts and styles', 'scripts and styles: first request → last byte of the last one needed before the first API request'],
  run: ['running the code', 'running them → the first API request sent'],
  toggles: ['toggles request', `toggles request (\`GET ${TOGGLES}?features=profile_contacts\`): sent → last byte`],
  flagToContacts: ['flag → contacts request', 'flag read → contacts request sent'],
  contacts: ['contacts request', `contacts request (\`GET ${CONTACTS}\`): sent → last byte`],
  render: ['rendering', 'contacts received → visible (parse, render, style, layout, paint; for the VA components, loading their code)'],
};

const bytesOf = (result) => result.document.transfer + result.resources.reduce((sum, r) => sum + r.transfer, 0);

// ---------------------------------------------------------------- trace of our page
const CATEGORIES = [
  ['creating the document and its JavaScript context', /^(DocumentLoader::.*|LocalWindowProxy::.*|V8\.DeserializeContext|FrameLoader.*|CommitLoad)$/],
  ['HTML parsing', /^(ParseHTML|ParseAuthorStyleSheet|HTMLDocumentParser::.*)$/],
  ['script compile (main thread)', /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.produceModuleCache|v8\.produceCache)$/, 'script'],
  ['bundle evaluation (defining and upgrading the elements)', /^(v8\.evaluateModule|EvaluateScript|v8\.run)$/, 'script'],
  ['other script (Lit updates and renders, fetch callbacks, JSON, microtasks)', /^(RunMicrotasks|FunctionCall|v8\.callFunction|v8\.callAsConstructor|v8\.newInstance|TimerFire|EventDispatch|FireAnimationFrame|V8\..*|BlinkScheduler_PerformMicrotaskCheckpoint)$/, 'script'],
  ['style and layout', /^(UpdateLayoutTree|Layout|RecalculateStyles|InvalidateLayout|ScheduleStyleRecalculation|AnimationFrame::StyleAndLayout)$/],
  ['paint, layerize and commit', /^(Paint|PrePaint|Layerize|Commit|UpdateLayer|PaintImage|BeginCommitCompositorFrame|AnimationFrame::Render)$/],
];
const scriptTime = (b) => CATEGORIES.filter(([, , kind]) => kind === 'script').reduce((sum, [name]) => sum + b.by[name], 0);
const OTHER = 'tasks and messages (network data from the browser, scheduling)';

/** Main-thread time of our page until the contacts were visible, by kind of work (ms), from a CDP trace. */
function mainThreadBreakdown(trace) {
  const events = trace.traceEvents;
  const mark = events.find((e) => e.name === 'contacts-visible');
  if (!mark) return undefined;
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === mark.pid && e.args?.data?.documentLoaderURL);
  const [t0, t1] = [nav.ts, mark.ts];
  const main = events
    .filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.dur > 0 && e.ts < t1 && e.ts + e.dur > t0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time of each event (its time minus its children's), clipped to navigation start → visible.
  const clip = (e) => Math.max(0, Math.min(e.ts + e.dur, t1) - Math.max(e.ts, t0));
  const self = new Map();
  const stack = [];
  for (const e of main) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    self.set(e, clip(e));
    if (parent) self.set(parent, self.get(parent) - clip(e));
    stack.push(e);
  }
  const by = Object.fromEntries([...CATEGORIES.map(([name]) => [name, 0]), [OTHER, 0]]);
  let busy = 0;
  let cpu = 0;
  for (const e of main) if (e.name === 'RunTask' && e.tdur !== undefined) cpu += (e.tdur * clip(e)) / e.dur / 1000;
  for (const [e, us] of self) {
    const category = CATEGORIES.find(([, pattern]) => pattern.test(e.name))?.[0] ?? OTHER;
    by[category] += us / 1000;
    busy += us / 1000;
  }
  // Parsing of the streamed bundle off the main thread, while it downloads.
  const background = events
    .filter((e) => e.pid === mark.pid && e.tid !== mark.tid && e.name === 'v8.parseOnBackground' && e.ts < t1)
    .reduce((sum, e) => sum + e.dur / 1000, 0);
  const evaluate = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.name === 'v8.evaluateModule' && e.ts < t1);
  return { by, busy, cpu, total: (t1 - t0) / 1000, idle: (t1 - t0) / 1000 - busy, background, evaluateModule: evaluate.reduce((sum, e) => sum + e.dur / 1000, 0) };
}

// ---------------------------------------------------------------- report
const KB = 1024;
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '–');
const kb = (x) => `${(x / KB).toFixed(1)} KB`;
const fmtRatio = (r) => `${r.value.toFixed(2)}× (${r.lo.toFixed(2)}–${r.hi.toFixed(2)})`;
const wireMs = (bytes) => (bytes * 8 * 1000) / (PROFILE.network.download * 8);
const mostCommon = (xs) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map())].sort((a, b) => b[1] - a[1])[0]?.[0];

function pageTable(page, results) {
  const ours = results.ours;
  const hydration = Boolean(page.hydration);
  const head = [
    'implementation',
    'contacts visible',
    '95% CI',
    'ratio (theirs / ours)',
    'LCP',
    'ratio (theirs / ours)',
    ...(hydration ? ['hydrated'] : []),
    'over the wire',
    'requests',
    'samples',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|---|${head.slice(1).map(() => '---:').join('|')}|`];
  for (const { id, name } of IMPLS) {
    const xs = results[id];
    const visible = xs.map((r) => r.visible);
    const lcp = xs.map((r) => r.lcp?.startTime ?? NaN);
    const s = summarize(visible);
    const hydrated = xs.map((r) => r.hydrated).filter((x) => x !== undefined);
    lines.push(
      `| ${name} | ${ms(s.median)} | ${ms(s.lo)} – ${ms(s.hi)} | ${id === 'ours' ? '1 (reference)' : fmtRatio(ratio(visible, ours.map((r) => r.visible)))} | ` +
        `${ms(median(lcp))} | ${id === 'ours' ? '1 (reference)' : fmtRatio(ratio(lcp, ours.map((r) => r.lcp?.startTime ?? NaN)))} | ` +
        `${hydration ? `${hydrated.length ? ms(median(hydrated)) : 'when visible'} | ` : ''}${kb(median(xs.map(bytesOf)))} | ${median(xs.map((r) => 1 + r.resources.length))} | ${xs.length} |`,
    );
  }
  const lcpElements = IMPLS.map(({ id, name }) => `${name}: ${mostCommon(results[id].map((r) => r.lcp?.element ?? '(none)'))}`);
  const lcpIsFirstPaint = IMPLS.every(({ id }) => results[id].every((r) => r.lcp?.startTime === r.fcp));
  return (
    `### ${page.title}\n\n${lines.join('\n')}\n\nLargest contentful paint element (most often): ${lcpElements.join('; ')}` +
    (lcpIsFirstPaint ? '; in every load it was painted in the first paint, so LCP here is the first contentful paint and says nothing of the contacts.\n' : '.\n')
  );
}

function pathTable(page, results) {
  const steps = Object.fromEntries(IMPLS.map(({ id }) => [id, results[id].map(criticalPath)]));
  const keys = Object.keys(STEPS).filter((key) => IMPLS.some(({ id }) => steps[id].some((s) => key in s)));
  const lines = [`| step | ${IMPLS.map(({ name }) => name).join(' | ')} |`, `|---|${IMPLS.map(() => '---:').join('|')}|`];
  for (const key of keys) {
    lines.push(`| ${STEPS[key][1]} | ${IMPLS.map(({ id }) => ms(median(steps[id].map((s) => s[key]).filter((x) => x !== undefined)))).join(' | ')} |`);
  }
  lines.push(`| **contacts visible** | ${IMPLS.map(({ id }) => `**${ms(median(results[id].map((r) => r.visible)))}**`).join(' | ')} |`);
  return lines.join('\n');
}

function oursFiles(results) {
  const sample = results.gated.ours[0];
  const rows = [sample.document, ...sample.resources].map(
    (r) => `| \`${r.path}\` | ${kb(r.encoded)} | ${kb(r.decoded)} | ${ms(wireMs(r.encoded))} |`,
  );
  return ['| response | gzip (as sent) | uncompressed | time on the wire at 1.6 Mbps (latency not counted) |', '|---|---:|---:|---:|', ...rows].join('\n');
}

function traceTable(breakdowns) {
  if (!breakdowns.length) return '(no traced load)';
  const lines = ['| main thread, navigation start → contacts visible | median | share of the time until visible |', '|---|---:|---:|'];
  const total = median(breakdowns.map((b) => b.total));
  for (const name of [...CATEGORIES.map(([n]) => n), OTHER]) {
    const x = median(breakdowns.map((b) => b.by[name]));
    lines.push(`| ${name} | ${ms(x)} | ${((x / total) * 100).toFixed(0)}% |`);
  }
  lines.push(`| **busy, all kinds** | **${ms(median(breakdowns.map((b) => b.busy)))}** | ${((median(breakdowns.map((b) => b.busy)) / total) * 100).toFixed(0)}% |`);
  lines.push(`| (of which the thread had a CPU: the rest is the ×${PROFILE.cpuSlowdown} throttle's pauses and, on a busy machine, waiting for a core) | ${ms(median(breakdowns.map((b) => b.cpu)))} | |`);
  lines.push(`| idle: waiting for the network | ${ms(median(breakdowns.map((b) => b.idle)))} | ${((median(breakdowns.map((b) => b.idle)) / total) * 100).toFixed(0)}% |`);
  lines.push(`| (off the main thread: parsing the bundle while it streams in) | ${ms(median(breakdowns.map((b) => b.background)))} | |`);
  return lines.join('\n');
}

/** Our page as it is (the series page), and as a host could change it, measured alike. */
function whatIfTable(results) {
  const rows = [
    ['series: the toggles request, then the contacts request (as the real page)', results.gated.ours],
    ['flag known to the host: the gate given `.rules` by the server', results.known.ours],
    ['series, the toggles request preloaded: `<link rel="preload" as="fetch" crossorigin>`', results['preload-toggles'].ours],
    ['series, the toggles and the contacts requests preloaded (the contacts asked for even when the flag is off)', results['preload-both'].ours],
    ['server-rendered', results.ssr.ours],
  ];
  const series = results.gated.ours.map((r) => r.visible);
  const lines = ['| our page | contacts visible | 95% CI | × the series page | sooner by (medians) |', '|---|---:|---:|---:|---:|'];
  for (const [label, xs] of rows) {
    const visible = xs.map((r) => r.visible);
    const s = summarize(visible);
    const same = xs === results.gated.ours;
    lines.push(`| ${label} | ${ms(s.median)} | ${ms(s.lo)} – ${ms(s.hi)} | ${same ? '1 (reference)' : fmtRatio(ratio(visible, series))} | ${same ? '' : ms(median(series) - s.median)} |`);
  }
  return lines.join('\n');
}

/** Where our series page's time goes, largest first, and what the measured variants save. */
function findings(results, breakdowns) {
  const path = results.gated.ours.map(criticalPath);
  const m = (key) => median(path.map((s) => s[key]));
  const visible = median(results.gated.ours.map((r) => r.visible));
  const known = median(results.known.ours.map((r) => r.visible));
  const ssr = median(results.ssr.ours.map((r) => r.visible));
  const bundle = results.gated.ours[0].resources.find((r) => r.path.endsWith('.bundle.js'));
  const series = m('toggles') + m('flagToContacts');
  const ranked = Object.keys(STEPS)
    .filter((key) => path.some((s) => key in s))
    .map((key) => [key, m(key)])
    .sort((a, b) => b[1] - a[1]);
  const share = (x) => `${((x / visible) * 100).toFixed(0)}%`;
  const lines = [
    `- Steps of our series page, largest first (medians; ${ms(visible)} in all): ${ranked.map(([key, x]) => `${STEPS[key][0]} ${ms(x)} (${share(x)})`).join('; ')}.`,
    `- The toggles request in series, and the step from its answer to the contacts request: ${ms(series)} (${share(series)}). ` +
      `Measured with the flag known to the host (the gate given \`.rules\`, the contacts request alone): ${ms(known)}, ${ms(visible - known)} sooner.`,
    `- The bundle: ${kb(bundle.encoded)} gzip, ${ms(wireMs(bundle.encoded))} on the wire at 1.6 Mbps after the ${PROFILE.network.latency} ms latency` +
      (breakdowns.length
        ? `; on the main thread, evaluating it takes ${ms(median(breakdowns.map((b) => b.evaluateModule)))} (with the elements' first renders), and all script ${ms(median(breakdowns.map((b) => scriptTime(b))))} of the ${ms(median(breakdowns.map((b) => b.busy)))} the main thread is busy until the contacts are visible (traced loads).`
        : '.'),
    `- Bytes over the wire (series page, headers included): ${IMPLS.map(({ id, name }) => `${name} ${kb(median(results.gated[id].map(bytesOf)))}`).join(', ')}; at 1.6 Mbps each 10 KB takes ${ms(wireMs(10 * KB))}, so ours spends ${ms(wireMs(median(results.gated.ours.map(bytesOf))))} of its load on bytes, and ${IMPLS.filter(({ id }) => id !== 'ours').map(({ id, name }) => `${name} ${ms(wireMs(median(results.gated[id].map(bytesOf)) - median(results.gated.ours.map(bytesOf))))} more`).join(', ')}.`,
    `- Server-rendered (declarative shadow DOM, the flag and the contacts in the HTML): visible at ${ms(ssr)}, ${ms(visible - ssr)} sooner than the series page, although its HTML waits ${PROFILE.think.toggles + PROFILE.think.contacts} ms for the server's own calls.`,
    `- Fonts: ${Object.values(results).some((byImpl) => Object.values(byImpl).some((xs) => xs.some((r) => r.resources.some((x) => /\.(woff2?|ttf|otf)$/.test(x.path))))) ? 'some were requested (see each page\'s responses)' : 'none requested by any of the pages (they use system-ui)'}.`,
  ];
  return lines.join('\n');
}

function report(measured) {
  const { results, traces, editToForm, late: lateness, problems, ssrRenderMs, loadAtStart, seconds, samples } = measured;
  const breakdowns = traces.map((t) => mainThreadBreakdown(t.trace)).filter(Boolean);
  const cpus = os.cpus();
  const tables = COMPARED.map((page) => pageTable(page, results[page.id])).join('\n');
  const section = `## Phone profile: a mid-range phone on a slow network

What a Veteran waits for on a phone: each page served with its real files over HTTP, its API
answering after a server's think time, in a browser with a slow CPU and a slow network.

- **Phone**: Chromium's CPU throttling ×${PROFILE.cpuSlowdown} (\`Emulation.setCPUThrottlingRate\`); viewport ${PROFILE.viewport.width} × ${PROFILE.viewport.height} at ${PROFILE.viewport.deviceScaleFactor}× with touch (a coarse pointer), as Lighthouse's mobile profile.
- **Network**: slow 4G: a ${PROFILE.network.latency} ms round trip for every request, which the server waits before it answers (Chromium's own latency emulation counts a server's time within the latency instead of adding it: a 100 ms answer would cost 150 ms, not 250 ms); ${((PROFILE.network.download * 8) / 1e6).toFixed(1)} Mbps down and ${((PROFILE.network.upload * 8) / 1e3).toFixed(0)} kbps up as Chromium emulates them (\`Network.emulateNetworkConditions\`), shared by all of a page's responses. Per request, as on a warm connection: no DNS, TCP or TLS handshakes and no slow start, so a real first visit pays a few round trips more (Chromium's own "Slow 4G" preset multiplies the latency by 3.75 to stand for them).
- **Cold**: every load in a fresh browser context (empty cache, new connections, own renderer), cache disabled; the implementations and pages interleaved load by load; one warm-up round not counted.
- **Server**: Node's HTTP/1.1 on 127.0.0.1, every response gzip -9 (as a CDN sends it; the throttled network carries the compressed bytes). The API thinks before it answers: \`GET ${TOGGLES}\` ${PROFILE.think.toggles} ms, \`GET ${CONTACTS}\` ${PROFILE.think.contacts} ms (fixed, so that only the pages differ). A server-rendered page's HTML waits for the same calls made by the server, in series (${PROFILE.think.toggles + PROFILE.think.contacts} ms, no network between the server and the API), then renders on each request (median ${IMPLS.map(({ id, name }) => `${name} ${median(ssrRenderMs[id]).toFixed(1)} ms`).join(', ')}, machine time, not throttled).
- **Contacts visible**: from navigation start to the end of the frame that paints all ${EXPECTED.cards} cards and their ${EXPECTED.links} phone links (all in the DOM, shadow roots included; the last card laid out, with a size, not hidden — the VA components are hidden until hydrated; then the first task after that frame's animation-frame callbacks, when the frame has been produced). Seen through a \`MutationObserver\` on the document and every shadow root, with no polling (\`phone/watch.js\`, injected, neither fetched nor throttled). **LCP** is Chromium's largest contentful paint from navigation start (a presentation time: the frame on screen, a little after the main thread produced it). **Over the wire**: every response of the page, headers included (Resource Timing's \`transferSize\`).
- **Pages** (\`phone/pages/\`): the same HTML around the same UI.
  - Ours: \`<flag-gate flag="profile_contacts"><health-contacts-list>\` in the HTML and the CDN bundle (\`dist/health-contacts.bundle.js\`): the gate asks the toggles endpoint, and once it opens the list asks for the contacts, in series. Flag known: the server writes \`<script>gate.rules = { enabled: true }</script>\` after the gate, so it decides at once and the list asks for the contacts as soon as the bundle runs.
  - React 19 (\`phone/react.jsx\`, esbuild, minified, production) and VA's components (\`phone/va.js\` bundled with \`va/app.js\`, plus the library's loader and CSS): on start, \`phone/load-contacts.js\` asks the toggles endpoint and, once the flag is on, the contacts — in series, as a page behind the flag does; meanwhile "Please wait…". Flag known: the server writes \`window.hostFlags\` into the page and the contacts are asked for at once.
  - Server-rendered: ours with \`@lit-labs/ssr\` as the README shows (\`phone/ours-server.mjs\`; declarative shadow DOM, \`defer-hydration\`, the properties in a JSON block; hydrated by \`phone/ours-hydrate.js\`, Lit's hydration support and the package's npm entry point bundled by esbuild); React with \`react-dom/server\`'s \`renderToString\` and \`hydrateRoot\` (\`phone/react-server.jsx\`, \`phone/react-hydrate.jsx\`); the VA components cannot be rendered on a server from their npm package (it ships no hydrate app), so their page is the markup \`va/app.js\` builds, written into the HTML by the server, which the components then upgrade: visible once hydrated.
  - What-ifs, our page alone: the series page with \`<link rel="preload" as="fetch" crossorigin>\` in its head for the toggles request, or for both API requests (\`?preload=toggles\`, \`?preload=both\`).
- **Statistics**: medians with a 95% percentile-bootstrap interval; ratios theirs / ours with a bootstrap interval of the ratio of medians (\`stats.mjs\`, as above).
- Machine: ${cpus.length} cores (${cpus[0]?.model.trim()}), load average at start ${loadAtStart.map((x) => x.toFixed(2)).join(', ')}, at end ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')}; ${samples} rounds of ${PAGES.reduce((sum, page) => sum + implsOf(page).length, 0)} loads and ${traces.length} traced loads took ${Math.round(seconds)} s. The server's round trips and think times came late by ${lateness.length ? `${median(lateness).toFixed(1)} ms (median), ${Math.max(...lateness).toFixed(0)} ms at most` : '–'}: more than a few ms means a busy machine, and every request a little slower than the profile says.

${tables}
### Where the time goes on the phone

The steps of each client-rendered load, from Resource Timing (medians over the loads above; each
step starts where the one before ends, so one load's steps add up to its "contacts visible",
though medians need not add up exactly).

Flag from the toggles request (series):

${pathTable(PAGES[0], results.gated)}

Flag known to the host (one request):

${pathTable(PAGES[1], results.known)}

What a host could change, measured alike (our page only; each preload is used by the element's own
request: one request per URL, checked in every load):

${whatIfTable(results)}

Our series page's main thread, from a CDP trace of ${breakdowns.length} more loads (tracing slows the page a little; self time of each kind of work):

${traceTable(breakdowns)}

Our series page's responses:

${oursFiles(results)}

${findings(results, breakdowns)}

### Tapping "Edit" to the form

${
  editToForm.length
    ? `From the \`pointerdown\` of a touch tap on the first card's "Edit" to the form shown (\`${EDIT_TO_FORM.path}\`): median ${ms(summarize(editToForm).median)} (95% CI ${ms(summarize(editToForm).lo)} – ${ms(summarize(editToForm).hi)}), ${editToForm.length} samples.`
    : 'Not measured yet: there is no editor. The hook is `EDIT_TO_FORM` in `phone/measure.mjs`, not yet enabled.'
}
${problems.length ? `\n### Problems seen while running\n\n${[...new Set(problems)].map((p) => `- ${p}`).join('\n')}\n` : ''}`;
  const summary = `Phone profile (CPU ×${PROFILE.cpuSlowdown}, ${PROFILE.network.latency} ms, ${((PROFILE.network.download * 8) / 1e6).toFixed(1)} Mbps), contacts visible:\n\n${tables}\n${findings(results, breakdowns)}\n`;
  return { section, summary };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--serve')) {
    // Only serve the pages, to look at them (with the round trip and think times, not throttled).
    const { renderReact } = await build();
    const { renderOurs, jsonForScript } = await import('./ours-server.mjs');
    const { base } = await serve({ renderOurs, jsonForScript, renderReact, pageData: { vaMarkup: '(the VA markup is captured in a browser when measuring)' } });
    for (const page of PAGES) console.log(implsOf(page).map(({ id }) => base + page.path(id)).join('  '));
  } else {
    const quick = process.argv.includes('--quick');
    const { section } = await measurePhoneProfile({ samples: quick ? 2 : 9, traced: quick ? 1 : 3 });
    console.log(`\n${section}`);
  }
}
