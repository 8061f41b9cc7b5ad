import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { Contact, ContactCard, HealthContactsList } from '../../src/classes.js';
import { respond, stubFetch, stuck } from '../stub-fetch.js';

/** The VA Design System's tokens as VA.gov loads them, from the package in the repository's node_modules. */
const VA_VARIABLES = '/node_modules/@department-of-veterans-affairs/css-library/dist/tokens/css/variables.css';

const contact: Contact = {
  contactType: 'Emergency Contact',
  givenName: 'Denise',
  familyName: 'Okafor',
  relationship: 'Sister',
  primaryPhone: '512-555-0108',
};

/** What is on screen: a card, a list in each state with its own colours, and a button to tab from. */
interface Page {
  wrapper: HTMLElement;
  start: HTMLButtonElement;
  card: ContactCard;
  failed: HealthContactsList;
  nonPatient: HealthContactsList;
  loading: HealthContactsList;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const colourOf = (el: Element, property: 'color' | 'backgroundColor' | 'borderTopColor' | 'borderLeftColor' | 'outlineColor') =>
  getComputedStyle(el)[property];

/** Any CSS colour as the browser computes it, `rgb(r, g, b)`, to compare colours written differently. */
function computed(colour: string): string {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** The colour a rule of the element's own style sheets gives, resolved inside the element. */
function ruleColour(el: Element, selector: string): string {
  const sheets = el.shadowRoot!.adoptedStyleSheets.length ? el.shadowRoot!.adoptedStyleSheets : [...el.shadowRoot!.styleSheets];
  const rule = sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .find((candidate): candidate is CSSStyleRule => candidate instanceof CSSStyleRule && candidate.selectorText === selector);
  if (!rule) throw new Error(`no rule for ${selector}`);
  const probe = document.createElement('span');
  probe.style.color = rule.style.getPropertyValue('color');
  el.shadowRoot!.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const centreOf = (el: Element): [number, number] => {
  const box = el.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
};

/** The phone link's colour while the mouse is over it. */
async function hoveredLinkColour(page: Page): Promise<string> {
  const link = part(page.card, 'phone-link');
  await sendMouse({ type: 'move', position: centreOf(link) });
  try {
    await waitUntil(() => link.matches(':hover'), 'the mouse never got over the link');
    return colourOf(link, 'color');
  } finally {
    // Away from the link again (resetting the mouse alone leaves it there in some engines).
    await sendMouse({ type: 'move', position: centreOf(page.start) });
    await resetMouse();
    await waitUntil(() => !link.matches(':hover'), 'the mouse never left the link');
  }
}

/** The focus ring's colour on the phone link, reached with the Tab key. */
async function focusRingColour(page: Page): Promise<string> {
  page.start.focus();
  await sendKeys({ press: 'Tab' });
  const link = part(page.card, 'phone-link');
  expect(page.card.shadowRoot!.activeElement, 'Tab reaches the phone link').to.equal(link);
  return colourOf(link, 'outlineColor');
}

/**
 * Every colour default, the VA token it falls back to, the `--hc-*` property that wins over it,
 * and how to read it off the page. A visited link's colour comes from its rule: browsers do not
 * tell scripts which links were visited.
 */
const COLOURS: { what: string; token: string; hc: string; seen: (page: Page) => string | Promise<string> }[] = [
  { what: 'text', token: '--vads-color-base', hc: '--hc-text-color', seen: (p) => colourOf(part(p.card, 'name'), 'color') },
  { what: 'role description', token: '--vads-color-text-muted', hc: '--hc-muted-color', seen: (p) => colourOf(part(p.card, 'description'), 'color') },
  { what: 'phone link', token: '--vads-color-link', hc: '--hc-link-color', seen: (p) => colourOf(part(p.card, 'phone-link'), 'color') },
  { what: 'disclosure summary', token: '--vads-color-link', hc: '--hc-link-color', seen: (p) => colourOf(part(p.failed, 'additional-info-summary'), 'color') },
  { what: 'visited link', token: '--vads-color-link-visited', hc: '--hc-link-visited-color', seen: (p) => ruleColour(p.card, 'a:visited') },
  { what: 'hovered link', token: '--vads-color-link-active', hc: '--hc-link-hover-color', seen: hoveredLinkColour },
  { what: 'focus ring', token: '--vads-color-action-focus-on-light', hc: '--hc-focus-color', seen: focusRingColour },
  { what: 'card border', token: '--vads-color-gray-medium', hc: '--hc-border-color', seen: (p) => colourOf(part(p.card, 'card'), 'borderTopColor') },
  { what: 'disclosure border', token: '--vads-color-gray-medium', hc: '--hc-border-color', seen: (p) => colourOf(part(p.failed, 'additional-info-body'), 'borderLeftColor') },
  { what: 'card background', token: '--vads-color-white', hc: '--hc-card-background', seen: (p) => colourOf(part(p.card, 'card'), 'backgroundColor') },
  { what: 'error box border', token: '--vads-color-error', hc: '--hc-error-color', seen: (p) => colourOf(part(p.failed, 'error'), 'borderLeftColor') },
  { what: 'error box background', token: '--vads-color-error-lighter', hc: '--hc-error-background', seen: (p) => colourOf(part(p.failed, 'error'), 'backgroundColor') },
  { what: '"Try again" background', token: '--vads-color-primary', hc: '--hc-button-background', seen: (p) => colourOf(part(p.failed, 'try-again'), 'backgroundColor') },
  { what: '"Try again" text', token: '--vads-color-white', hc: '--hc-button-color', seen: (p) => colourOf(part(p.failed, 'try-again'), 'color') },
  { what: 'non-patient box border', token: '--vads-color-info', hc: '--hc-info-color', seen: (p) => colourOf(part(p.nonPatient, 'non-patient'), 'borderLeftColor') },
  { what: 'non-patient box background', token: '--vads-color-info-lighter', hc: '--hc-info-background', seen: (p) => colourOf(part(p.nonPatient, 'non-patient'), 'backgroundColor') },
  {
    what: 'placeholder background',
    token: '--vads-color-base-lightest',
    hc: '--hc-placeholder-background',
    seen: (p) => colourOf(p.loading.shadowRoot!.querySelector('.placeholders > .card')!, 'backgroundColor'),
  },
];

async function render(): Promise<Page> {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <button>Start</button>
    <contact-card .contact=${contact}></contact-card>
    <health-contacts-list class="failed" .fetch=${stubFetch(respond(400, { errors: [{ status: '400' }] })).fetch}></health-contacts-list>
    <health-contacts-list non-patient></health-contacts-list>
    <health-contacts-list class="loading" .fetch=${stubFetch(stuck).fetch}></health-contacts-list>
  </div>`);
  const page: Page = {
    wrapper,
    start: wrapper.querySelector('button')!,
    card: wrapper.querySelector('contact-card')!,
    failed: wrapper.querySelector('.failed')!,
    nonPatient: wrapper.querySelector('[non-patient]')!,
    loading: wrapper.querySelector('.loading')!,
  };
  await waitUntil(() => page.failed.shadowRoot!.querySelector('[part~="try-again"]'), 'the error never showed');
  await waitUntil(() => page.loading.shadowRoot!.querySelector('.placeholders'), 'the placeholders never showed');
  return page;
}

/** Each colour as the person sees it, by what it is. */
async function seen(page: Page): Promise<Record<string, string>> {
  const colours: Record<string, string> = {};
  for (const { what, seen: read } of COLOURS) colours[what] = await read(page);
  return colours;
}

/** The colours expected: each entry's colour picked by `pick`, computed. */
function expected(pick: (entry: (typeof COLOURS)[number]) => string): Record<string, string> {
  return Object.fromEntries(COLOURS.map((entry) => [entry.what, computed(pick(entry))]));
}

/** Each token's value in the css-library file: `--vads-color-link: #005ea2;` lines. */
async function vaTokenValues(): Promise<Map<string, string>> {
  const text = await (await fetch(VA_VARIABLES)).text();
  return new Map([...text.matchAll(/^\s*(--[\w-]+):\s*([^;]+);/gm)].map(([, name, value]) => [name!, value!.trim()]));
}

/** Loads the css-library variables on `:root`, as VA.gov does; resolves once they apply. */
async function loadVaVariables(): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = VA_VARIABLES;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`${VA_VARIABLES} did not load`)), { once: true });
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** The tokens, and the `--hc-*` properties, each once (the link and the summary share theirs). */
const TOKENS = [...new Set(COLOURS.map(({ token }) => token))];
const PROPERTIES = [...new Set(COLOURS.map(({ hc }) => hc))];

/** A colour of its own for each token, so that one colour taken for another shows. */
const changedToken = (token: string) => `rgb(1, ${TOKENS.indexOf(token) + 2}, 3)`;
const hostColour = (hc: string) => `rgb(9, ${PROPERTIES.indexOf(hc) + 2}, 9)`;

describe('colours from the VA Design System tokens', () => {
  let vaVariables: HTMLLinkElement | undefined;

  afterEach(() => {
    vaVariables?.remove();
    vaVariables = undefined;
    document.documentElement.removeAttribute('style');
  });

  it("on a page without VA's tokens, draws every colour in css-library's current values", async () => {
    const values = await vaTokenValues();
    const page = await render();
    expect(getComputedStyle(document.documentElement).getPropertyValue('--vads-color-link')).to.equal('');
    expect(await seen(page)).to.deep.equal(expected(({ token }) => values.get(token) ?? `no ${token} in css-library`));
  });

  it("on a page with css-library's variables on :root, draws every colour from VA's tokens", async () => {
    vaVariables = await loadVaVariables();
    const page = await render();
    const root = getComputedStyle(document.documentElement);
    expect(root.getPropertyValue('--vads-color-link').trim()).to.equal('#005ea2');
    expect(await seen(page)).to.deep.equal(expected(({ token }) => root.getPropertyValue(token).trim()));
  });

  it('follows a token the page changes on :root', async () => {
    vaVariables = await loadVaVariables();
    const page = await render();
    document.documentElement.style.setProperty('--vads-color-link', 'rgb(1, 2, 3)');
    expect(colourOf(part(page.card, 'phone-link'), 'color'), 'the phone link').to.equal('rgb(1, 2, 3)');
    for (const token of TOKENS) document.documentElement.style.setProperty(token, changedToken(token));
    expect(await seen(page)).to.deep.equal(expected(({ token }) => changedToken(token)));
  });

  it("lets a --hc-* property set by the host win over VA's token", async () => {
    vaVariables = await loadVaVariables();
    const page = await render();
    for (const token of TOKENS) document.documentElement.style.setProperty(token, changedToken(token));
    for (const hc of PROPERTIES) page.wrapper.style.setProperty(hc, hostColour(hc));
    expect(await seen(page)).to.deep.equal(expected(({ hc }) => hostColour(hc)));
  });
});
