// A host's unit test of a page that uses the list, in a DOM imitation. Prints one JSON object of
// what it saw. Usage: node [--conditions=browser] in-dom.mjs <environment> <contacts fixture>
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { environments } from './environments.mjs';

const [environmentName, fixturePath] = process.argv.slice(2);
const NodeResponse = globalThis.Response;
const environment = await environments[environmentName]();
const consoleErrors = [];
const consoleError = console.error;
console.error = (...args) => consoleErrors.push(args.map(String).join(' '));

// The timers the package has started and not yet ended, through the environment's own timer
// functions (the imitations keep timers of their own, which are not the package's to end).
const packageTimers = new Set();
const { setTimeout: environmentSetTimeout, clearTimeout: environmentClearTimeout } = globalThis;
globalThis.setTimeout = (handler, ms, ...args) => {
  const fromPackage = new Error().stack.includes('/node_modules/health-contacts-elements/');
  const timer = environmentSetTimeout(
    (...values) => {
      packageTimers.delete(timer);
      handler(...values);
    },
    ms,
    ...args,
  );
  if (fromPackage) packageTimers.add(timer);
  return timer;
};
globalThis.clearTimeout = (timer) => {
  packageTimers.delete(timer);
  environmentClearTimeout(timer);
};

await import('health-contacts-elements');

// The host's stub of the API its page calls: the full fixture, as the service answers it.
const body = readFileSync(fixturePath, 'utf8');
const requests = [];
const fetchStub = async (url) => {
  requests.push(String(url));
  return new NodeResponse(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
};

const list = document.createElement('health-contacts-list');
list.fetch = fetchStub;
const loaded = new Promise((resolve, reject) => {
  list.addEventListener('contacts-load', (event) => resolve(event.detail));
  list.addEventListener('contacts-error', (event) => reject(new Error(`contacts-error ${JSON.stringify(event.detail)}`)));
});
document.body.append(list);
const detail = await loaded;
await list.updateComplete;

const root = list.shadowRoot;
const telLinks = [...root.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href'));
const cards = root.querySelectorAll('article').length;
const headings = [...root.querySelectorAll('h2')].map((heading) => heading.textContent.trim());

// shadow-dom-testing-library, as the README's recipe uses it.
const { screen } = await import('shadow-dom-testing-library');
const shadowLinks = (await screen.findAllByShadowRole('link', { name: /^Call / })).length;

// A removed list leaves nothing running that would keep the test process alive.
const timersBeforeRemoval = packageTimers.size;
list.remove();
const timersAfterRemoval = packageTimers.size;

/** `check()`'s first truthy result, asked again every 10 ms for up to 20 s. */
async function until(check) {
  for (let attempt = 0; attempt < 2000; attempt += 1) {
    const found = check();
    if (found) return found;
    await new Promise((next) => setTimeout(next, 10));
  }
  throw new Error(`never true: ${check}`);
}

// The built-in editor, as a host's test drives it: Edit, the country (the contact on file has an
// address without one, which the form asks for), a new phone, Save; the stub answers a write with
// what it was sent.
const editable = document.createElement('health-contacts-list');
editable.editable = true;
const sent = [];
editable.fetch = async (url, init = {}) => {
  sent.push({ method: init.method ?? 'GET', url: String(url), ifMatch: init.headers?.['If-Match'], body: init.body });
  return new NodeResponse(init.method === 'PUT' ? init.body : body, { status: 200, headers: { 'Content-Type': 'application/json' } });
};
const editableLoaded = new Promise((resolve) => editable.addEventListener('contacts-load', resolve, { once: true }));
const saved = new Promise((resolve) => editable.addEventListener('contact-save', (event) => resolve(event.detail)));
document.body.append(editable);
await editableLoaded;
await editable.updateComplete;
const inEditable = (selector) => editable.shadowRoot.querySelector(selector);
inEditable('article[data-role="emergency-primary"] [part~="edit-button"]').click();
const form = await until(() => inEditable('[part~="editor"] form'));
const choose = (name, value, type) => {
  const control = form.querySelector(`[name="${name}"]`);
  control.value = value;
  control.dispatchEvent(new Event(type, { bubbles: true }));
};
choose('country', 'USA', 'change');
await editable.updateComplete;
choose('primaryPhone', '512-555-0199', 'input');
inEditable('[part~="editor"] [part~="save-button"]').click();
const savedDetail = await saved;
// The fresh read after the write, shown, and the editor closed.
await until(() => sent.length === 3 && !inEditable('[part~="editor"]') && inEditable('article[data-role="emergency-primary"]'));
editable.remove();
const edit = {
  saved: savedDetail,
  requests: sent.map(({ method, url }) => `${method} ${url}`),
  ifMatch: sent[1]?.ifMatch,
  phoneSent: sent[1]?.body && JSON.parse(sent[1].body).data.attributes.primaryPhone,
  timersAfterRemoval: packageTimers.size,
};

console.error = consoleError;
environment.close();
process.stdout.write(
  JSON.stringify({ environment: environment.version, detail, requests, telLinks, cards, headings, shadowLinks, timersBeforeRemoval, timersAfterRemoval, edit, consoleErrors }),
);
