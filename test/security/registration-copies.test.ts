import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { loadFixture } from '../fixtures.js';

/*
 * Registrations belong to the page, and every test in this file shares one page. The steps a host
 * page goes through therefore run once, in order, whichever test asks for them first: the host
 * registers its own <contact-card>, then the CDN bundle is loaded, then a second copy of it.
 * Nothing in this file imports the package's source, so the bundle is the only copy of our elements.
 */
const BUNDLE = '/dist/health-contacts.bundle.js';

/** The host's own element that happens to use one of our tag names. */
class HostContactCard extends HTMLElement {
  connectedCallback() {
    this.textContent = "The host's own card";
  }
}

function once<T>(step: () => Promise<T> | T): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= Promise.resolve().then(step));
}

/** Loads the bundle; resolves to the error it threw, if any. */
const loadBundle = (copy: number) => async (): Promise<unknown> => {
  try {
    const url = `${BUNDLE}?copy=${copy}`;
    await import(/* @vite-ignore */ url);
    return undefined;
  } catch (error) {
    return error;
  }
};

const hostRegistersContactCard = once(() => customElements.define('contact-card', HostContactCard));
const firstCopy = once(async () => (await hostRegistersContactCard(), loadBundle(1)()));
const secondCopy = once(async () => (await firstCopy(), loadBundle(2)()));

const warnings: string[] = [];
const originalWarn = console.warn;
before(() => {
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    originalWarn.apply(console, args);
  };
});
after(() => {
  console.warn = originalWarn;
});

const warningsNaming = (tag: string) => warnings.filter((warning) => warning.includes(tag));

describe('two copies of the CDN bundle on a page whose host has its own <contact-card>', () => {
  it("leaves the host's <contact-card> in place and says so once in the console", async () => {
    expect(await firstCopy(), 'error loading the bundle').to.equal(undefined);
    expect(customElements.get('contact-card')).to.equal(HostContactCard);
    expect(warningsNaming('contact-card')).to.have.length(1);
    expect(customElements.get('health-contacts-list'), '<health-contacts-list>').to.not.equal(undefined);
    expect(customElements.get('flag-gate'), '<flag-gate>').to.not.equal(undefined);
  });

  it('loads a second copy without an error, keeps the first registrations and warns no more', async () => {
    await firstCopy();
    const list = customElements.get('health-contacts-list');
    const gate = customElements.get('flag-gate');
    expect(await secondCopy(), 'error loading the second copy').to.equal(undefined);
    expect(customElements.get('health-contacts-list')).to.equal(list);
    expect(customElements.get('flag-gate')).to.equal(gate);
    expect(customElements.get('contact-card')).to.equal(HostContactCard);
    expect(warningsNaming('contact-card'), 'warnings naming contact-card').to.have.length(1);
    expect(warnings, 'all warnings').to.have.length(1);
  });

  it("still shows the gate and the contacts list, beside the host's own card", async () => {
    await secondCopy();
    const contacts = JSON.stringify(await loadFixture('contacts-full.json'));
    const toggles = JSON.stringify(await loadFixture('feature-toggles.json'));
    const fetch = (async (input: RequestInfo | URL) =>
      new Response(String(input).startsWith('/v0/feature_toggles') ? toggles : contacts, { status: 200 })) as typeof window.fetch;

    const changes: unknown[] = [];
    // fixtureSync: a test page may run hidden beside another, where animation frames never come.
    const container = fixtureSync<HTMLDivElement>(html`<div>
      <flag-gate
        flag="profile_contacts"
        src="/v0/feature_toggles?copies"
        .fetch=${fetch}
        @flag-change=${(event: CustomEvent) => changes.push(event.detail)}
      >
        <health-contacts-list src="/v0/profile/contacts?copies" .fetch=${fetch}></health-contacts-list>
      </flag-gate>
      <contact-card given-name="Alma"></contact-card>
    </div>`);
    const list = container.querySelector('health-contacts-list')!;
    await waitUntil(() => list.shadowRoot?.querySelectorAll('article').length === 4, 'the list shows no contacts', { timeout: 5_000 });
    expect(changes).to.deep.equal([{ flag: 'profile_contacts', enabled: true, source: 'remote' }]);
    expect(list.shadowRoot!.textContent).to.contain('Medical emergency contacts');
    expect(container.querySelector('contact-card')!.textContent).to.equal("The host's own card");
    expect(warnings, 'all warnings').to.have.length(1);
  });
});
