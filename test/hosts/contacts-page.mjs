// What a person sees on a host app's contacts page in headless Chromium, and what its developer
// would see in the console; and the one set of expectations every host app meets.
import assert from 'node:assert/strict';
import { URL } from 'node:url';
import { readFixture } from '../../fixtures/index.mjs';
import { launchChromium } from '../runner/chromium.mjs';
import { serveHostApp } from './serve.mjs';

const WAIT = { timeout: 20_000 };
/** The phone the edit types over the primary emergency contact's, as shown once saved, and as the form sends it. */
export const NEW_PHONE = { typed: '(512) 555-0199', shown: '512-555-0199', sent: '5125550199' };
const SHOWN_TYPES = ['emergency contact', 'other emergency contact', 'primary next of kin', 'other next of kin'];

/**
 * Serves a built app (`root`: its folder of built files; `upstream`: its own server) behind the
 * stand-in API (`toggles`: flags its toggles endpoint answers besides the fixture's), opens it (at
 * `path`, `/` by default) in headless Chromium and returns what was seen: the contacts requests
 * the page made, the `X-Host-App` header each of them carried (what a host app's own fetch adds),
 * the paths it asked for, its requests, the CSRF token the stand-in handed out, and what
 * `evaluate`, a function run in the page (with `evaluateArgs`) once it showed the contacts,
 * returned. With `clickPhoneLink`, it then clicks the list's first phone link (the page's own
 * listener keeps the browser from following it) and reads what the app's `tel-click` handler
 * wrote in `#tel-status`. With `edit`, it then changes the primary emergency contact's phone in
 * the list's editor and saves (`edit`: what it saw, and the requests made meanwhile, which the
 * other figures leave out). With `navigate` (`{ link, path }`), it then clicks that link of the
 * app's and reads the list of the page it leads to. `onNewDocument`, a function, runs in the page
 * before any of its own scripts.
 */
export async function visitHostApp(options) {
  const server = await serveHostApp(options);
  const browser = await launchChromium().catch(async (error) => {
    await server.close();
    throw error;
  });
  try {
    const counted = () => server.requests.length;
    const seen = await openContactsPage(browser, new URL(options.path ?? '/', server.url).href, { ...options, counted });
    const [from, to] = seen.edit?.between ?? [counted(), counted()];
    const outside = [...server.requests.slice(0, from), ...server.requests.slice(to)];
    const contacts = outside.filter(({ method, path }) => method === 'GET' && path === '/v0/profile/contacts');
    return {
      ...seen,
      edit: seen.edit && { ...seen.edit, requests: server.requests.slice(from, to) },
      csrfToken: server.csrfToken,
      contactsRequests: contacts.length,
      contactsRequestsFrom: contacts.map(({ hostApp }) => hostApp ?? 'no X-Host-App header'),
      requested: [...new Set(outside.map(({ path }) => path))].sort(),
      requests: outside,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Opens `url` and waits until the app shows what it received in its `contacts-load` handler
 * (each app writes it into `#contacts-status`); then reads the list's shadow root.
 */
async function openContactsPage(browser, url, options) {
  const { evaluate = () => undefined, evaluateArgs = [], clickPhoneLink = false, edit = false, navigate, onNewDocument, counted } = options;
  const page = await browser.newPage();
  if (onNewDocument) await page.evaluateOnNewDocument(onNewDocument);
  const console = [];
  page.on('console', (message) => {
    if (!['error', 'warn', 'warning', 'assert'].includes(message.type())) return;
    const { url: source } = message.location();
    console.push(`${message.type()}: ${message.text()}${source ? ` (${source})` : ''}`);
  });
  page.on('pageerror', (error) => console.push(`uncaught: ${error}`));
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('#contacts-status')?.textContent.trim(), WAIT);
    const shown = await page.evaluate(readList);
    const evaluated = await page.evaluate(evaluate, ...evaluateArgs);
    const telStatus = clickPhoneLink ? await clickFirstPhoneLink(page) : undefined;
    const edited = edit ? await editPrimaryPhone(page, counted) : undefined;
    const afterNavigation = navigate ? await navigateInApp(page, navigate) : undefined;
    return { ...shown, evaluated, telStatus, edit: edited, afterNavigation, console };
  } finally {
    await page.close();
  }
}

/** What the page's list shows (run in the page). */
function readList() {
  const root = document.querySelector('health-contacts-list').shadowRoot;
  const tags = (selector) => [...root.querySelectorAll(selector)].map((element) => element.tagName.toLowerCase());
  return {
    status: document.querySelector('#contacts-status').textContent.trim(),
    cards: [...root.querySelectorAll('[part~="card"]')].map((card) => card.textContent),
    phoneLinks: root.querySelectorAll('a[href^="tel:"]').length,
    groupHeadings: tags('[part~="group-heading"]'),
    cardHeadings: tags('[part~="card-heading"]'),
  };
}

/** Clicks one of the app's own links (`link`, a selector) and reads the list of the page at `path` once it shows its contacts. */
async function navigateInApp(page, { link, path }) {
  const left = await page.evaluateHandle(() => document.querySelector('health-contacts-list'));
  await page.click(link);
  await page.waitForFunction(
    (expected, previous) => {
      const list = document.querySelector('health-contacts-list');
      return (
        window.location.pathname === expected &&
        list !== previous &&
        list?.shadowRoot?.querySelector('[part~="group-heading"]') &&
        document.querySelector('#contacts-status')?.textContent.trim()
      );
    },
    WAIT,
    path,
    left,
  );
  return page.evaluate(readList);
}

/** Clicks the list's first phone link, not followed, and returns what the app then shows in `#tel-status`. */
async function clickFirstPhoneLink(page) {
  await page.evaluate(() => {
    // Last on the event's way (the list's own listener has run): the browser does not dial.
    window.addEventListener('click', (event) => event.preventDefault(), { once: true });
    document.querySelector('health-contacts-list').shadowRoot.querySelector('a[href^="tel:"]').click();
  });
  await page.waitForFunction(() => document.querySelector('#tel-status')?.textContent.trim(), WAIT);
  return page.evaluate(() => document.querySelector('#tel-status').textContent.trim());
}

/**
 * Edits the primary emergency contact's phone as a person would: presses its "Edit", waits for the
 * editor in the card's place (focus in its first control), chooses the country (the fixture's
 * address has none, which the form asks for before it saves), types the new number over the old
 * one and presses "Save"; then waits until the editor has closed, the card shows the new number
 * and the app shows what its `contact-save` handler received in `#save-status`. Returns those, and
 * the span of the server's requests made meanwhile (`between`: from, to).
 */
async function editPrimaryPhone(page, counted) {
  const from = counted();
  const list = await page.$('health-contacts-list');
  const inList = async (selector) =>
    (await page.waitForFunction((element, inside) => element.shadowRoot.querySelector(inside), WAIT, list, selector)).asElement();
  await (await inList('article[data-role="emergency-primary"] [part~="edit-button"]')).click();
  await page.waitForFunction((element) => element.shadowRoot.activeElement?.getAttribute('name') === 'givenName', WAIT, list);
  await (await inList('[part~="editor"] select[name="country"]')).select('USA');
  await list.evaluate((element) => element.updateComplete);
  const phone = await inList('[part~="editor"] input[name="primaryPhone"]');
  await phone.click();
  await phone.evaluate((input) => input.select());
  await phone.type(NEW_PHONE.typed);
  await (await inList('[part~="editor"] [part~="save-button"]')).click();
  await page.waitForFunction(
    (element, shown) =>
      !element.shadowRoot.querySelector('[part~="editor"]') &&
      element.shadowRoot.querySelector('article[data-role="emergency-primary"]')?.textContent.includes(shown) &&
      document.querySelector('#save-status')?.textContent.trim(),
    WAIT,
    list,
    NEW_PHONE.shown,
  );
  const seen = await list.evaluate((element) => ({
    card: element.shadowRoot.querySelector('article[data-role="emergency-primary"]').textContent.replace(/\s+/g, ' ').trim(),
    saveStatus: document.querySelector('#save-status').textContent.trim(),
  }));
  return { ...seen, between: [from, counted()] };
}

/**
 * The edit went to the service once and back: one `PUT /v0/profile/contacts/Emergency%20Contact`
 * with `If-Match: *` (the slot holds a contact), the CSRF token the service's read handed out, and
 * the new phone (the rest as on file), then one fresh `GET` of the contacts, both through the same
 * fetch as the page's first read (its `X-Host-App` header, if any); the editor's code came in a
 * file of its own once Edit was pressed; the card shows the number the service now holds; and the
 * app's `contact-save` handler received `{ role: 'emergency-primary', action: 'update' }`.
 */
export function assertPhoneEdited(seen) {
  const { edit } = seen;
  assert.ok(edit, 'the visit did not edit');
  const [hostApp] = seen.contactsRequestsFrom;
  const api = edit.requests.filter(({ path }) => path.startsWith('/v0/'));
  assert.deepEqual(
    api.map(({ method, path, hostApp: from }) => `${method} ${path} (${from ?? 'no X-Host-App header'})`),
    [`PUT /v0/profile/contacts/Emergency%20Contact (${hostApp})`, `GET /v0/profile/contacts (${hostApp})`],
  );
  const [put] = api;
  assert.equal(put.ifMatch, '*');
  assert.equal(put.ifNoneMatch, undefined);
  assert.equal(put.csrfToken, seen.csrfToken);
  const { data } = JSON.parse(put.body);
  assert.equal(data.id, 'Emergency Contact');
  assert.equal(data.attributes.primaryPhone, NEW_PHONE.sent);
  assert.deepEqual([data.attributes.givenName, data.attributes.familyName, data.attributes.country], ['Denise', 'Okafor', 'USA']);
  assert.ok(
    edit.requests.some(({ path }) => path.endsWith('.js')),
    `no script was loaded when Edit was pressed: ${edit.requests.map(({ path }) => path)}`,
  );
  assert.match(edit.card, new RegExp(`^Primary emergency contact .*${NEW_PHONE.shown}`));
  assert.doesNotMatch(edit.card, /512-555-0108/);
  assert.equal(edit.saveStatus, 'saved emergency-primary update', "the app shows what its contact-save handler received");
}

/**
 * The page asked for the contacts once and shows the four of `contacts-full.json` (never the
 * power of attorney), group headings at the level the app passed, the `contacts-load` counts the
 * app's handler received, and nothing in the console.
 */
export function assertContactsShown(seen, { headingLevel }) {
  assert.equal(seen.contactsRequests, 1);
  assert.equal(seen.status, '2 emergency contacts, 2 next of kin', 'the app shows what its contacts-load handler received');
  assert.equal(seen.cards.length, 4);
  const { data } = readFixture('contacts-full.json');
  for (const { attributes } of data.filter((item) => SHOWN_TYPES.includes(item.attributes.contactType.toLowerCase()))) {
    assert.ok(
      seen.cards.some((text) => text.includes(attributes.givenName) && text.includes(attributes.familyName)),
      `no card for the ${attributes.contactType}`,
    );
  }
  assert.ok(seen.phoneLinks >= 4, `${seen.phoneLinks} phone links`);
  assert.deepEqual(seen.groupHeadings, [`h${headingLevel}`, `h${headingLevel}`]);
  assert.deepEqual(seen.cardHeadings, Array(4).fill(`h${headingLevel + 1}`));
  assert.deepEqual(seen.console, []);
}

/** The page an app navigated to shows the four contacts too, with its own heading levels and its contacts-load handler's counts. */
export function assertContactsShownAgain(shown, { headingLevel }) {
  assert.equal(shown.status, '2 emergency contacts, 2 next of kin');
  assert.equal(shown.cards.length, 4);
  assert.deepEqual(shown.groupHeadings, [`h${headingLevel}`, `h${headingLevel}`]);
  assert.deepEqual(shown.cardHeadings, Array(4).fill(`h${headingLevel + 1}`));
}

/**
 * What the app handed the elements the framework's way reached them: the list fetched with the
 * app's own fetch only (every contacts request carried its `X-Host-App` header), the gate decided
 * by its `.rules` (no toggles request), and the app's `tel-click` handler saw the first phone
 * link: the primary emergency contact's primary phone.
 */
export function assertHostWiring(seen, { app }) {
  assert.deepEqual(seen.contactsRequestsFrom, [app], 'the contacts were requested by the host fetch alone');
  assert.ok(!seen.requested.includes('/v0/feature_toggles'), 'the gate asked the toggles endpoint despite its rules');
  assert.equal(seen.telStatus, 'tel-click: emergency-primary, primary phone');
}
