import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createContactsService, serviceFetch } from '../../demo/contacts-service.mjs';
import '../../src/index.js';
import type { HealthContactsList } from '../../src/classes.js';
import { clearContactsCache } from '../../src/data/contacts-cache.js';
import { validateContactForm } from '../../src/editing/validation.js';
import { loadFixture } from '../fixtures.js';

/** VA.gov's own mapping of the components the editor reports as (its page listener's entries). */
const VA_SITE_EVENTS: Record<string, { action: string; event: string; prefix: string }[]> = {
  'va-button': [{ action: 'click', event: 'cta-button-click', prefix: 'button' }],
  'va-modal': [
    { action: 'click', event: 'cta-modal-click', prefix: 'modal' },
    { action: 'show', event: 'int-modal-show', prefix: 'modal' },
  ],
  'va-alert': [{ action: 'linkClick', event: 'nav-alert-box-link-click', prefix: 'alert-box' }],
};

const full = await loadFixture('contacts-full.json');
const root = (el: Element) => el.shadowRoot!;

describe("the editor in VA.gov's analytics", () => {
  let dataLayer: Record<string, unknown>[] = [];
  let analytics: CustomEvent[] = [];
  const toDataLayer = (event: Event) => {
    const { detail } = event as CustomEvent;
    analytics.push(event as CustomEvent);
    const mapping = VA_SITE_EVENTS[detail.componentName]?.find((candidate) => candidate.action === detail.action);
    if (!mapping) return;
    const entry: Record<string, unknown> = { event: mapping.event };
    for (const [key, value] of Object.entries(detail.details)) entry[`${mapping.prefix}-${key}`] = value;
    dataLayer.push(entry);
  };
  beforeEach(() => {
    clearContactsCache();
    dataLayer = [];
    analytics = [];
    document.body.addEventListener('component-library-analytics', toDataLayer);
  });
  afterEach(() => document.body.removeEventListener('component-library-analytics', toDataLayer));

  it('hears the editor opened, a change cancelled after the dialog, and a failed save, with nothing typed', async () => {
    const service = serviceFetch(createContactsService({ document: full, validate: validateContactForm }));
    const fetch = ((input: RequestInfo | URL, init: RequestInit = {}) =>
      init.method === 'PUT' ? Promise.resolve(new Response('{}', { status: 503 })) : service(input, init)) as typeof globalThis.fetch;
    const el = await fixture<HealthContactsList>(html`<health-contacts-list editable .fetch=${fetch}></health-contacts-list>`);
    await waitUntil(() => root(el).querySelectorAll('article').length === 4, 'the contacts never came');
    root(el).querySelector<HTMLButtonElement>('article[data-role="emergency-secondary"] [part~="edit-button"]')!.click();
    await waitUntil(() => root(el).querySelector('[part~="editor"]'), 'the editor never opened');
    const type = (name: string, value: string) => {
      const control = root(el).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      control.value = value;
      control.dispatchEvent(new Event('change', { bubbles: true }));
    };
    type('relationship', 'UNRELATED FRIEND');
    type('familyName', 'Lee-Park');
    root(el).querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitUntil(() => root(el).querySelector('[part~="editor-failure"]'), 'no failure');
    root(el).querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
    await waitUntil(() => root(el).querySelector('dialog[open]'), 'no dialog');
    root(el).querySelector<HTMLButtonElement>('dialog button[value="confirm"]')!.click();
    await waitUntil(() => !root(el).querySelector('[part~="editor"]'), 'the editor stayed');

    expect(dataLayer).to.deep.equal([
      { event: 'cta-button-click', 'button-type': 'secondary', 'button-label': 'Edit' },
      { event: 'cta-button-click', 'button-type': 'primary', 'button-label': 'Save' },
      { event: 'cta-button-click', 'button-type': 'secondary', 'button-label': 'Cancel' },
      {
        event: 'int-modal-show',
        'modal-title': 'Cancel changes?',
        'modal-status': 'warning',
        'modal-primaryButtonText': 'Cancel changes',
        'modal-secondaryButtonText': 'Keep editing',
      },
      { event: 'cta-modal-click', 'modal-title': 'Cancel changes?', 'modal-status': 'warning', 'modal-clickLabel': 'Cancel changes' },
    ]);
    const failure = analytics.find((event) => event.detail.componentName === 'va-alert')!.detail;
    expect(failure.details).to.deep.equal({ status: 'error', headline: "We couldn't save your changes", kind: 'server' });
    const said = JSON.stringify(analytics.map((event) => event.detail));
    for (const typed of ['Lee-Park', 'Marcus', '202', 'UNRELATED']) expect(said, typed).to.not.include(typed);
  });

  it('says nothing to analytics with disable-analytics', async () => {
    const fetch = serviceFetch(createContactsService({ document: full, validate: validateContactForm }));
    const el = await fixture<HealthContactsList>(html`<health-contacts-list editable disable-analytics .fetch=${fetch}></health-contacts-list>`);
    await waitUntil(() => root(el).querySelectorAll('article').length === 4, 'the contacts never came');
    root(el).querySelector<HTMLButtonElement>('[part~="edit-button"]')!.click();
    await waitUntil(() => root(el).querySelector('[part~="editor"]'), 'the editor never opened');
    root(el).querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
    await waitUntil(() => !root(el).querySelector('[part~="editor"]'), 'the editor stayed');
    expect(analytics).to.deep.equal([]);
  });
});
