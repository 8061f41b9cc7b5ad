import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { ContactCard, HealthContactsList } from '../../src/classes.js';
import { CONTACT_FIELDS } from '../../src/data/contact.js';

/** Every tag the elements may put in their shadow roots; anything else came from the data. */
const ALLOWED_TAGS = new Set([
  'details', 'summary', 'div', 'p', 'strong', 'a', 'section',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'br', 'slot', 'button',
]);
/** The only links that are not phone numbers: the facility finder and VA health benefits. */
const KNOWN_LINKS = new Set(['https://www.va.gov/find-locations/', 'https://www.va.gov/health-care/']);
const TEL_HREF = /^tel:\+\d+(,\d+)?$/;

const CONTACT_TYPES = ['Emergency Contact', 'Other emergency contact', 'Primary Next of Kin', 'Other Next of Kin'];
const SNAKE_FIELDS = CONTACT_FIELDS.map((field) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));

const markup = fc.constantFrom(
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  "'><iframe srcdoc=\"<script>parent.__pwned=1</script>\">",
  '<a href="javascript:window.__pwned=1">call</a>',
  '<details open ontoggle=window.__pwned=1>',
  '<style>*{display:none}</style>',
  'javascript:window.__pwned=1',
  'javascript:window.__pwned=1//5125550108',
  'JaVaScRiPt:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'tel:javascript:window.__pwned=1',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!--',
  '\u202e\u0000',
);

const phoneLike = fc.oneof(
  fc.constantFrom(
    '(916) 555-0142',
    '512-555-0108 ext. 42',
    '+44 20 7946 0958',
    '1 (202) 555-0155',
    '5035550173',
    'CALL-ME-NOW',
    '12345',
    '+1 (555) 555-5555 x12345678901234567890',
  ),
  fc.stringMatching(/^(\+?1[ .-]?)?(\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]?\d{4}( ?(x|ext\.?|extension) ?\d{1,6})?$/),
  fc.stringMatching(/^\+\d{1,3}( \d{2,5}){1,4}$/),
  fc.stringMatching(/^[+(]?[\d ().x-]{0,25}$/),
  fc.tuple(markup, fc.stringMatching(/^\d{10}$/)).map(([script, digits]) => script + digits),
);

const contactType = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CONTACT_TYPES) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTACT_TYPES).map((type) => `  ${type.toUpperCase()}\t`) },
  { weight: 1, arbitrary: fc.constantFrom('Primary Power of Attorney', '', '   ') },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
);

/** A field's value: markup, script URLs, phone-like text, numbers, nulls, nested objects… */
const fieldValue = fc.oneof(
  { weight: 3, arbitrary: markup },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: phoneLike },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, 0, -1, 1e21, true, false, '', ' ', 'null', 'undefined') },
);

const fieldKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CONTACT_FIELDS) },
  { weight: 2, arbitrary: fc.constantFrom(...SNAKE_FIELDS) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'role', 'href', 'innerHTML') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const attributes = fc
  .tuple(
    fc.record({ contactType, primaryPhone: phoneLike, alternatePhone: phoneLike }, { requiredKeys: [] }),
    fc.dictionary(fieldKey, fieldValue, { maxKeys: 24 }),
  )
  .map(([type, fields]) => ({ ...fields, ...type }));

const item = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record(
      {
        id: fc.oneof(fc.string(), contactType, fc.jsonValue({ maxDepth: 1 })),
        type: fc.constantFrom('contact', 'contacts', ''),
        attributes: fc.oneof({ weight: 9, arbitrary: attributes }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** A response body: mostly documents shaped like the service's, some arbitrary JSON, some not JSON at all. */
const body = fc.oneof(
  {
    weight: 16,
    arbitrary: fc
      .record({ data: fc.array(item, { maxLength: 8 }), meta: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: ['data'] })
      .map((document) => JSON.stringify(document)),
  },
  { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.record({ data: fc.jsonValue({ maxDepth: 2 }) }).map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.oneof(fc.string(), markup) },
);

/** What a caller must be told about a body: counts for a usable document, `invalid-response` otherwise. */
function expectedOutcome(text: string): { usable: false } | { usable: true; items: number } {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { usable: false };
  }
  const isObject = typeof document === 'object' && document !== null && !Array.isArray(document);
  const data = isObject ? (document as { data?: unknown }).data : undefined;
  return Array.isArray(data) ? { usable: true, items: data.length } : { usable: false };
}

/** Everything in a shadow root that data must never be able to produce. Empty when all is well. */
function problemsIn(root: ShadowRoot): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.localName;
    if (!ALLOWED_TAGS.has(tag)) problems.push(`unexpected <${tag}>`);
    for (const { name } of element.attributes) {
      if (name.startsWith('on')) problems.push(`<${tag}> has an ${name} attribute`);
    }
    if (tag === 'a' && element.hasAttribute('href')) {
      const href = element.getAttribute('href')!;
      if (!TEL_HREF.test(href) && !KNOWN_LINKS.has(href)) problems.push(`link to ${JSON.stringify(href)}`);
    }
  }
  return problems;
}

const pwned = () => (window as unknown as { __pwned?: unknown }).__pwned;

/** Runs a property and makes sure the seed and counterexample reach the test output. */
async function assertProperty(property: fc.IAsyncProperty<[string]>, numRuns: number): Promise<void> {
  try {
    await fc.assert(property, { numRuns });
  } catch (error) {
    console.error(String((error as Error).message));
    throw error;
  }
}

describe('bad data from the contacts endpoint', () => {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason)}`);

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('shows 10,000 generated answers as text or an error, never as markup, script or a foreign link', async function () {
    this.timeout(180_000);
    let answer = '{"data":[]}';
    const stub = (async () => new Response(answer)) as typeof window.fetch;
    const outcomes: CustomEvent[] = [];
    const el = await fixture<HealthContactsList>(html`<health-contacts-list .fetch=${stub}></health-contacts-list>`);
    await el.updateComplete;
    const record = (event: Event) => outcomes.push(event as CustomEvent);
    el.addEventListener('contacts-load', record);
    el.addEventListener('contacts-error', record);
    const lightDomSize = document.body.querySelectorAll('*').length;
    const started = performance.now();
    const seen = { withCards: 0, withPhoneLinks: 0, errors: 0 };

    await assertProperty(
      fc.asyncProperty(body, async (text) => {
        answer = text;
        outcomes.length = 0;
        await el.reload();
        await el.updateComplete;
        const root = el.shadowRoot!;

        expect(problemsIn(root)).to.deep.equal([]);
        expect(pwned(), 'window.__pwned').to.equal(undefined);
        expect(uncaught).to.deep.equal([]);
        expect(document.body.querySelectorAll('*').length, 'elements outside the shadow root').to.equal(lightDomSize);

        const expected = expectedOutcome(text);
        expect(outcomes.map((event) => event.type)).to.deep.equal([expected.usable ? 'contacts-load' : 'contacts-error']);
        const detail = outcomes[0]!.detail as Record<string, unknown>;
        if (expected.usable) {
          const { emergency, nextOfKin, ignored } = detail as { emergency: number; nextOfKin: number; ignored: number };
          expect(emergency + nextOfKin + ignored, 'every item shown or counted as ignored').to.equal(expected.items);
          expect(root.querySelectorAll('article').length, 'cards shown').to.equal(emergency + nextOfKin);
          if (emergency + nextOfKin) seen.withCards += 1;
          if (root.querySelector('a[href^="tel:"]')) seen.withPhoneLinks += 1;
        } else {
          seen.errors += 1;
          expect(detail).to.deep.equal({ kind: 'invalid-response' });
          expect(root.querySelector('[part="error"]')?.textContent).to.contain("This page isn't available right now.");
        }
      }),
      10_000,
    );
    console.log(
      `fuzz: 10,000 answers through fetch, parser and render in ${Math.round(performance.now() - started)} ms ` +
        `(${seen.withCards} with cards, ${seen.withPhoneLinks} with phone links, ${seen.errors} invalid)`,
    );
    // The generator must reach every rendering path, or the run above proves little.
    expect(seen.withCards, 'answers that showed cards').to.be.above(3_000);
    expect(seen.withPhoneLinks, 'answers that showed phone links').to.be.above(500);
    expect(seen.errors, 'answers that were invalid').to.be.above(500);
  });

  it('shows 2,000 generated lists given by the host as `.contacts` as text, never as markup or a foreign link', async function () {
    this.timeout(60_000);
    const el = await fixture<HealthContactsList>(html`<health-contacts-list .contacts=${[]}></health-contacts-list>`);
    const role = fc.oneof(fc.constantFrom('emergency-primary', 'next-of-kin-secondary', 'admin'), fc.jsonValue({ maxDepth: 1 }));
    const hostContact = fc.oneof(
      {
        weight: 8,
        arbitrary: fc
          .tuple(attributes, fc.record({ role }, { requiredKeys: [] }))
          .map(([fields, given]) => ({ ...fields, ...given })),
      },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    );
    const hostContacts = fc.array(hostContact, { maxLength: 8 }).map((list) => JSON.stringify(list));

    await assertProperty(
      fc.asyncProperty(hostContacts, async (json) => {
        const contacts = JSON.parse(json) as unknown[];
        const loads: CustomEvent[] = [];
        const record = (event: Event) => loads.push(event as CustomEvent);
        el.addEventListener('contacts-load', record);
        el.contacts = contacts;
        await el.updateComplete;
        el.removeEventListener('contacts-load', record);
        expect(problemsIn(el.shadowRoot!)).to.deep.equal([]);
        expect(pwned(), 'window.__pwned').to.equal(undefined);
        expect(uncaught).to.deep.equal([]);
        expect(loads.length, 'contacts-load events').to.equal(1);
        const { emergency, nextOfKin, ignored } = loads[0]!.detail as { emergency: number; nextOfKin: number; ignored: number };
        expect(emergency + nextOfKin + ignored, 'every contact shown or counted as ignored').to.equal(contacts.length);
        expect(el.shadowRoot!.querySelectorAll('article').length, 'cards shown').to.equal(emergency + nextOfKin);
      }),
      2_000,
    );
  });

  it('shows 1,000 generated contacts given as <contact-card> attributes as text, never as markup or a foreign link', async function () {
    this.timeout(60_000);
    const el = await fixture<ContactCard>(html`<contact-card></contact-card>`);
    const stringValue = fc.oneof(markup, phoneLike, fc.string({ unit: 'grapheme', maxLength: 40 }));
    const cardAttributes = fc.record(
      {
        contactType: fc.oneof(fc.constantFrom(...CONTACT_TYPES), stringValue),
        ...Object.fromEntries(CONTACT_FIELDS.filter((field) => field !== 'contactType').map((field) => [field, stringValue])),
      },
      { requiredKeys: [] },
    );

    await assertProperty(
      fc.asyncProperty(cardAttributes.map((fields) => JSON.stringify(fields)), async (json) => {
        const fields = JSON.parse(json) as Record<string, string>;
        for (const attribute of [...el.attributes]) el.removeAttribute(attribute.name);
        for (const [field, value] of Object.entries(fields)) {
          el.setAttribute(field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), value);
        }
        await el.updateComplete;
        expect(problemsIn(el.shadowRoot!)).to.deep.equal([]);
        expect(pwned(), 'window.__pwned').to.equal(undefined);
        expect(uncaught).to.deep.equal([]);
        expect(el.shadowRoot!.querySelectorAll('article').length, 'one card').to.equal(1);
      }),
      1_000,
    );
  });
});
