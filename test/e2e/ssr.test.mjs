// Server-side rendering: the elements rendered with @lit-labs/ssr to declarative shadow DOM,
// served under a strict Content-Security-Policy, then hydrated in a headless browser (Chromium;
// Firefox with ENGINE=firefox) with the data they were rendered with: shown before any script
// runs, no request, no error, no node replaced.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { fixturesDir, readFixture } from '../../fixtures/index.mjs';
import { launchBrowser } from '../runner/browsers.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const ssrDir = resolve(repoRoot, 'test/ssr');
// Inside the package, so that the server build's imports of Lit resolve to the package's own copy.
const buildDir = resolve(repoRoot, 'node_modules/.cache/health-contacts-elements-ssr');
const WAIT = { timeout: 15_000 };
const CLIENT_DELAY = 200;

/** The fixture's items as a host hands them to `.contacts`: `{ id, ...attributes }`. */
function contactsOf(fixture) {
  const { data } = readFixture(fixture);
  return data.map((item) => (item && typeof item === 'object' ? { id: item.id, ...item.attributes } : item));
}

const fullContacts = contactsOf('contacts-full.json');
const denise = fullContacts.find((contact) => contact.givenName === 'Denise');

let renderContactsPage;
let styleHashes;
const clients = {};
let server;
let origin;
let browser;

/** Bundles the page's client for the browser; `withoutHydration` leaves Lit's hydration support out. */
async function bundleClient({ withoutHydration = false } = {}) {
  const leaveOutHydration = {
    name: 'leave-out-hydration',
    setup(plugin) {
      plugin.onResolve({ filter: /lit-element-hydrate-support/ }, () => ({ path: 'none', namespace: 'empty' }));
      plugin.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
    },
  };
  const result = await build({
    entryPoints: [resolve(ssrDir, 'client.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: resolve(repoRoot, 'tsconfig.json'),
    write: false,
    outfile: 'client.js',
    metafile: true,
    logLevel: 'silent',
    plugins: withoutHydration ? [leaveOutHydration] : [],
  });
  // Hydration patches the LitElement that the elements extend: a second copy of Lit would not be patched.
  const inputs = Object.keys(result.metafile.inputs);
  for (const core of ['lit-html/lit-html.js', 'lit-element/lit-element.js', 'reactive-element/reactive-element.js']) {
    const copies = inputs.filter((input) => input.replace(/\/development\//, '/').endsWith(core));
    assert.equal(copies.length, 1, `one copy of ${core} in the client bundle: ${copies.join(', ')}`);
  }
  return result.outputFiles[0].text;
}

/** Serves the server-rendered pages, the client bundles and a stand-in API, all from one origin. */
async function handle(request, response) {
  const { pathname } = new URL(request.url, 'http://localhost');
  const page = async (contacts, client, { scripts = true } = {}) => {
    const html = await renderContactsPage({ contacts, card: denise, rules: { enabled: true } }, client);
    const csp = [
      "default-src 'self'",
      scripts ? "script-src 'self'" : "script-src 'none'",
      `style-src 'self' ${styleHashes(html).join(' ')}`,
      "require-trusted-types-for 'script'",
    ].join('; ');
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
    response.end(html);
  };
  const send = (status, body, type) => {
    response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    response.end(body);
  };
  try {
    if (pathname === '/') return await page(fullContacts, '/client.js');
    // The browser runs none of this page's scripts: a browser with JavaScript off, in any engine
    // (switching JavaScript off is a Chromium-only call; Firefox's WebDriver BiDi has none).
    if (pathname === '/without-script') return await page(fullContacts, '/client.js', { scripts: false });
    if (pathname === '/hostile') return await page(contactsOf('contacts-hostile.json'), '/client.js');
    if (pathname === '/without-hydration') return await page(fullContacts, '/client-without-hydration.js');
    if (pathname === '/client.js') {
      // As over a slow network: the page shows for a while before its script arrives.
      await delay(CLIENT_DELAY);
      return send(200, clients.hydrating, 'text/javascript');
    }
    if (pathname === '/client-without-hydration.js') return send(200, clients.rendering, 'text/javascript');
    if (pathname === '/v0/profile/contacts') {
      return send(200, readFileSync(resolve(fixturesDir, 'contacts-full.json')), 'application/json');
    }
    // A save from the editor: stored as sent.
    if (request.method === 'PUT' && pathname.startsWith('/v0/profile/contacts/')) {
      let body = '';
      for await (const chunk of request) body += chunk;
      return send(200, body, 'application/json');
    }
    if (pathname === '/favicon.ico') return send(204, '', 'text/plain');
    return send(404, 'Not found', 'text/plain');
  } catch (error) {
    return send(500, String(error?.stack ?? error), 'text/plain');
  }
}

before(async () => {
  // The server renders from the sources, bundled for Node with Lit left as an import: the same
  // Lit that @lit-labs/ssr patches and renders with.
  mkdirSync(buildDir, { recursive: true });
  const serverBuild = resolve(buildDir, 'render-page.mjs');
  await build({
    entryPoints: [resolve(ssrDir, 'render-page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    tsconfig: resolve(repoRoot, 'tsconfig.json'),
    outfile: serverBuild,
    logLevel: 'silent',
  });
  ({ renderContactsPage, styleHashes } = await import(`${pathToFileURL(serverBuild).href}?${Date.now()}`));
  [clients.hydrating, clients.rendering] = await Promise.all([
    bundleClient(),
    bundleClient({ withoutHydration: true }),
  ]);

  server = createServer((request, response) => void handle(request, response));
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
});

/**
 * Runs in the page before its scripts. Once the document is parsed, and before any module script
 * runs, it records the server's cards and watches every shadow root: nodes removed or added, and
 * whether `text` is on screen in each animation frame until the person closes the page.
 */
function watchHydration(text) {
  const watch = { violations: [], removed: [], added: 0, frames: 0, framesBeforeHydration: 0, framesWithoutText: 0, serverCards: [] };
  window.__watch = watch;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => watch.violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    true,
  );
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const hosts = [...document.querySelectorAll('flag-gate, health-contacts-list, contact-card')];
    const lists = hosts.filter((host) => host.localName !== 'flag-gate');
    watch.serverCards = lists.map((host) => [...(host.shadowRoot?.querySelectorAll('article') ?? [])]);
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) if (node.nodeType === 1) watch.removed.push(node.localName);
        for (const node of record.addedNodes) if (node.nodeType === 1) watch.added += 1;
      }
    });
    for (const host of hosts) if (host.shadowRoot) observer.observe(host.shadowRoot, { childList: true, subtree: true });
    const sample = () => {
      watch.frames += 1;
      if (!hosts.every((host) => host.hasUpdated)) watch.framesBeforeHydration += 1;
      if (!lists.every((host) => host.shadowRoot?.textContent.includes(text))) watch.framesWithoutText += 1;
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

/** Opens a page with JavaScript on, recording errors, warnings and requests to the API. */
async function openPage(path) {
  const page = await browser.newPage();
  const problems = [];
  const apiRequests = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
  });
  // A hydration mismatch throws from the element's first update, which then never completes.
  const failed = new Promise((_, fail) =>
    page.on('pageerror', (error) => {
      problems.push(error.message);
      fail(new Error(`the page did not hydrate: ${error.message}`));
    }),
  );
  failed.catch(() => {}); // reported by the race below, or as a problem after it
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/v0/')) apiRequests.push(request.url());
  });
  await page.evaluateOnNewDocument(watchHydration, 'Denise Okafor');
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  const hydrated = page.waitForFunction(
    () =>
      [...document.querySelectorAll('flag-gate, health-contacts-list, contact-card')].every(
        (element) => element.hasUpdated && !element.hasAttribute('defer-hydration'),
      ),
    WAIT,
  );
  try {
    await Promise.race([hydrated, failed]);
  } catch (error) {
    await page.close();
    throw error;
  }
  // A few frames more, so that a late re-render would be seen.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return { page, problems, apiRequests };
}

/** What a person sees in each element's shadow root. */
function readElements() {
  const text = (root) => root.textContent.replace(/\s+/g, ' ').trim();
  const visible = (element) => element.checkVisibility();
  const list = (id) => {
    const root = document.getElementById(id).shadowRoot;
    return {
      text: text(root),
      phones: [...root.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href')),
      cardBorder: getComputedStyle(root.querySelector('article')).borderTopStyle,
    };
  };
  const gate = document.getElementById('gate');
  return {
    gated: list('gated-contacts'),
    contacts: list('contacts'),
    card: list('card'),
    gate: {
      slot: gate.shadowRoot?.querySelector('slot')?.getAttribute('name') ?? 'default',
      listVisible: visible(document.getElementById('gated-contacts')),
      fallbackVisible: visible(gate.querySelector('[slot="fallback"]')),
    },
  };
}

/** What the watch saw, and whether each element still holds the very cards the server rendered. */
function readWatch() {
  const hosts = [...document.querySelectorAll('health-contacts-list, contact-card')];
  const { serverCards, ...watch } = window.__watch;
  return {
    ...watch,
    serverCards: serverCards.map((cards) => cards.length),
    cards: hosts.map((host) => host.shadowRoot.querySelectorAll('article').length),
    sameCards: hosts.every((host, index) => {
      const cards = [...host.shadowRoot.querySelectorAll('article')];
      return cards.length === serverCards[index].length && cards.every((card, i) => card === serverCards[index][i]);
    }),
  };
}

/** Each element's text as hydrated, and as a new element given the same property values renders it. */
async function renderAfresh() {
  const props = JSON.parse(document.getElementById('server-props').textContent);
  // Text nodes only (Lit's markers are comments), and not the server's <style>: the browser's
  // styles are adopted style sheets instead. Nor the status region: it is rendered empty, and
  // what it announces is written into it a moment after each render.
  const textOf = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement; // null right under the shadow root
      if (parent?.nodeName !== 'STYLE' && !parent?.closest('[role="status"]')) text += walker.currentNode.data;
    }
    return text.replace(/\s+/g, ' ').trim();
  };
  const results = [];
  for (const id of ['gated-contacts', 'contacts', 'card']) {
    const hydrated = document.getElementById(id);
    const fresh = document.createElement(hydrated.localName);
    // The properties the hydrated element holds now, which its shadow root must reflect.
    for (const name of Object.keys(props[id])) fresh[name] = hydrated[name];
    fresh.hidden = true;
    document.body.append(fresh);
    await fresh.updateComplete;
    results.push({ id, server: textOf(hydrated.shadowRoot), browser: textOf(fresh.shadowRoot) });
    fresh.remove();
  }
  return results;
}

const FULL_PHONES = [
  'tel:+15125550108,42',
  'tel:+442079460958',
  'tel:+12025550155',
  'tel:+19165550142',
  'tel:+19165550199',
  'tel:+15035550173',
];

test('renders each element on the server as declarative shadow DOM, the gate already open', async () => {
  const html = await renderContactsPage({ contacts: fullContacts, card: denise, rules: { enabled: true } }, '/client.js');
  const [markup, data] = html.split('<script type="application/json"');
  assert.equal(markup.match(/<template shadowroot(mode)?="open"/g)?.length ?? 0, 4, 'a shadow root for the gate, two lists and the card');
  assert.match(markup, /<flag-gate[^>]*><template shadowroot="open" shadowrootmode="open"><style>[^<]*<\/style><!--lit-part [^>]*--><slot><\/slot>/);
  assert.match(markup, /Medical emergency contacts/);
  assert.match(markup, /Next of kin contacts/);
  assert.match(markup, /Mrs\. Alma Luisa Reyes/);
  assert.match(markup, /href="tel:\+15125550108,42"/);
  assert.doesNotMatch(markup, /Gail Brennan/, 'the power of attorney is never shown');
  assert.doesNotMatch(markup, />\s*(null|undefined)\s*</, 'no missing field shown as text');
  assert.deepEqual(JSON.parse(data.slice(data.indexOf('>') + 1, data.indexOf('</script>'))).card.contact, denise);
});

test('shows the contacts, phone links and styles before any script runs', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/without-script`, { waitUntil: 'load' });
    const shown = await page.evaluate(readElements);
    for (const list of [shown.gated, shown.contacts]) {
      assert.match(list.text, /Learn how to update your personal health care contact information/);
      assert.match(list.text, /Medical emergency contacts.*Primary emergency contact.*Denise Okafor.*Secondary emergency contact.*Marcus Lee/);
      assert.match(list.text, /Next of kin contacts.*Primary next of kin.*Mrs\. Alma Luisa Reyes.*Secondary next of kin.*Tomas Reyes Jr\./);
      assert.doesNotMatch(list.text, /Gail Brennan/);
      assert.deepEqual(list.phones, FULL_PHONES);
      assert.equal(list.cardBorder, 'solid', 'the server-rendered styles apply under the page policy');
    }
    assert.match(shown.card.text, /Primary emergency contact.*Denise Okafor.*Sister/);
    assert.deepEqual(shown.card.phones, ['tel:+15125550108,42', 'tel:+442079460958']);
    assert.deepEqual(shown.gate, { slot: 'default', listVisible: true, fallbackVisible: false });
    const hydrated = await page.evaluate(() => document.getElementById('contacts').hasUpdated === true);
    assert.equal(hydrated, false, 'no script ran');
  } finally {
    await page.close();
  }
});

test('hydrates with the data it was rendered with: no request, no error, no node replaced, no flash', async () => {
  const { page, problems, apiRequests } = await openPage('/');
  try {
    const shown = await page.evaluate(readElements);
    assert.match(shown.contacts.text, /Denise Okafor/);
    assert.deepEqual(shown.gated.phones, FULL_PHONES);
    assert.deepEqual(shown.contacts.phones, FULL_PHONES);
    assert.deepEqual(shown.gate, { slot: 'default', listVisible: true, fallbackVisible: false });

    // Hydration keeps the server's text as it is, so compare it with what the browser renders
    // afresh from the same properties: they must read the same.
    const rendered = await page.evaluate(renderAfresh);
    for (const { id, server, browser } of rendered) assert.equal(server, browser, `#${id} reads as the browser would render it`);

    const watched = await page.evaluate(readWatch);
    assert.deepEqual(watched.serverCards, [4, 4, 1], 'the server rendered every card');
    assert.equal(watched.sameCards, true, "hydration kept the server's cards");
    assert.deepEqual(watched.removed, [], 'no element removed from a shadow root');
    assert.equal(watched.added, 0, 'no element added to a shadow root');
    assert.ok(watched.framesBeforeHydration > 0, 'frames were sampled while the page waited for its script');
    assert.equal(watched.framesWithoutText, 0, 'the contacts were on screen in every frame');
    assert.deepEqual(watched.violations, []);
    assert.deepEqual(problems, [], 'no error or warning (a hydration mismatch throws)');
    assert.deepEqual(apiRequests, [], 'nothing fetched: the contacts came with the page');
  } finally {
    await page.close();
  }
});

test('is interactive once hydrated: the disclosure reports its toggle, the gate can still close', async () => {
  const { page, problems } = await openPage('/');
  try {
    await page.evaluate(() => {
      window.__toggles = [];
      document.addEventListener('additional-info-toggle', (event) => window.__toggles.push(event.detail));
    });
    const summary = await page.evaluateHandle(() => document.getElementById('contacts').shadowRoot.querySelector('summary'));
    await summary.click();
    await page.waitForFunction(() => window.__toggles.length > 0, WAIT);
    assert.deepEqual(await page.evaluate(() => window.__toggles), [{ open: true }]);

    // The kill switch: rules turned off after hydration show the fallback instead of the list.
    await page.evaluate(() => {
      document.getElementById('gate').rules = { enabled: false };
    });
    await page.waitForFunction(() => document.getElementById('gate').shadowRoot.querySelector('slot')?.name === 'fallback', WAIT);
    const gate = await page.evaluate(readGate);
    assert.deepEqual(gate, { listVisible: false, fallbackVisible: true });
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }

  function readGate() {
    const gate = document.getElementById('gate');
    return {
      listVisible: document.getElementById('gated-contacts').checkVisibility(),
      fallbackVisible: gate.querySelector('[slot="fallback"]').checkVisibility(),
    };
  }
});

test('shows markup in contact fields as text on the server-rendered page, and never runs it', async () => {
  const { page, problems } = await openPage('/hostile');
  try {
    const shown = await page.evaluate(() => {
      const root = document.getElementById('contacts').shadowRoot;
      return {
        pwned: window.__pwned ?? null,
        text: root.textContent,
        injected: root.querySelectorAll('img, svg, script, iframe').length,
        links: [...root.querySelectorAll('a')].map((link) => link.getAttribute('href')).filter((href) => !href.startsWith('https://www.va.gov/')),
        violations: window.__watch.violations,
      };
    });
    assert.equal(shown.pwned, null, 'no script from the data ran');
    assert.equal(shown.injected, 0, 'no element made from the data');
    assert.ok(shown.text.includes('<img src=x onerror="window.__pwned=1">'), 'the markup shows as text');
    assert.ok(shown.links.every((href) => href.startsWith('tel:')), `only tel: links: ${shown.links.join(', ')}`);
    assert.deepEqual(shown.violations, []);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('shows every card twice when the client renders instead of hydrating (the checks above can fail)', async () => {
  // Without Lit's hydration support the elements render afresh into the shadow roots the server
  // filled: the watch that saw nothing added above must see it here.
  const { page } = await openPage('/without-hydration');
  try {
    const watched = await page.evaluate(readWatch);
    assert.deepEqual(watched.serverCards, [4, 4, 1]);
    assert.deepEqual(watched.cards, [8, 8, 2], 'the server\'s cards and the client\'s');
    assert.equal(watched.sameCards, false);
    assert.ok(watched.added > 0, 'nodes were rendered anew');
  } finally {
    await page.close();
  }
});

test('renders "Edit" on the server but never the editor, and edits once hydrated', async () => {
  const response = await fetch(`${origin}/`);
  const html = await response.text();
  // The one editable list's four cards.
  assert.equal(html.match(/part="edit-button"/g)?.length, 4);
  assert.doesNotMatch(html, /<form|part="editor"/);

  const { page, problems, apiRequests } = await openPage('/');
  try {
    await page.evaluate(() => {
      window.__saves = [];
      document.addEventListener('contact-save', (event) => window.__saves.push(event.detail));
      document.getElementById('contacts').shadowRoot.querySelector('article[data-role="emergency-secondary"] [part~="edit-button"]').click();
    });
    await page.waitForFunction(() => document.getElementById('contacts').shadowRoot.querySelector('[part~="editor"]'), WAIT);
    await page.evaluate(() => {
      const root = document.getElementById('contacts').shadowRoot;
      for (const [name, value] of [['relationship', 'UNRELATED FRIEND'], ['primaryPhone', '202 555 0199']]) {
        const control = root.querySelector(`[name="${name}"]`);
        control.value = value;
        control.dispatchEvent(new Event('change', { bubbles: true }));
      }
      root.querySelector('[part~="save-button"]').click();
    });
    await page.waitForFunction(() => window.__saves.length > 0, WAIT);
    assert.deepEqual(await page.evaluate(() => window.__saves), [{ role: 'emergency-secondary', action: 'update' }]);
    // The host gave the contacts: it sets them again; the list reads nothing itself.
    assert.deepEqual(apiRequests, [`${origin}/v0/profile/contacts/Other%20emergency%20contact`]);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

