import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { HealthContactsList } from '../../src/classes.js';
import { loadFixture } from '../fixtures.js';
import { heldBack, respond, stubFetch, type Answer } from '../stub-fetch.js';

const root = (el: Element) => el.shadowRoot!;
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const names = (el: Element) => all(el, '[part="name"]').map(textOf);
const busy = (el: Element, selector: string) => all(el, selector).map((node) => node.getAttribute('aria-busy'));
/** Where focus is, as words (a failed comparison of elements cannot be reported): `h2 "Medical emergency contacts"`. */
function focusIn(el: Element): string {
  const active = root(el).activeElement;
  if (active) return `${active.localName} "${textOf(active)}"`;
  return document.activeElement === el ? 'the list itself' : `outside the list, on ${document.activeElement?.localName}`;
}
/** Whether the list still shows the very elements it showed before (cards, the error box). */
const same = (el: Element, selector: string, before: HTMLElement[]) =>
  all(el, selector).length === before.length && all(el, selector).every((node, i) => node === before[i]);

async function mount(...answers: Answer[]) {
  const { fetch, calls } = stubFetch(...answers);
  const el = await fixture<HealthContactsList>(html`<health-contacts-list .fetch=${fetch}></health-contacts-list>`);
  return { el, calls };
}

/** Waits for the list to show the contacts (or the error), with nothing loading any more. */
async function settled(el: HealthContactsList) {
  await waitUntil(
    () => (all(el, 'article').length || all(el, '[part="error"]').length) && !all(el, '[aria-busy="true"]').length,
    'the list never settled',
  );
  await el.updateComplete;
}

/**
 * Everything the list's status region says from now on, in order, as a screen reader hears a
 * polite live region: each change to a text that is not empty. The region must be there, and
 * empty, when listening starts.
 */
function listen(el: HealthContactsList): string[] {
  const region = root(el).querySelector('[role="status"]');
  expect(region !== null, 'a status region').to.be.true;
  expect(textOf(region), 'what the region says when it is first there').to.equal('');
  const heard: string[] = [];
  const observer = new MutationObserver(() => {
    if (textOf(region)) heard.push(textOf(region));
  });
  observer.observe(region!, { childList: true, characterData: true, subtree: true });
  return heard;
}

/** What was heard once `count` messages came, and a while after, so that one more would be heard too. */
async function heardWhen(heard: string[], count: number): Promise<string[]> {
  await waitUntil(() => heard.length >= count, `heard only ${JSON.stringify(heard)}`, { timeout: 3000 });
  await aTimeout(400);
  return heard;
}

const FULL_LOADED = 'Contacts loaded: 2 emergency contacts, 2 next of kin.';
const UNAVAILABLE = "This page isn't available right now.";

describe('<health-contacts-list> for screen-reader, braille and keyboard users', () => {
  let full: unknown;
  let partial: unknown;
  let empty: unknown;
  before(async () => {
    [full, partial, empty] = await Promise.all(
      ['contacts-full', 'contacts-partial', 'contacts-empty'].map((name) => loadFixture(`${name}.json`)),
    );
  });

  describe('the status region', () => {
    it('is there, empty, from the first render, then says "Please wait…" and how many contacts came, once each', async () => {
      const answer = heldBack(respond(200, full));
      const { el } = await mount(answer.answer);
      const heard = listen(el);
      await waitUntil(() => heard.length === 1, '"Please wait…" never said');
      await expect(el).to.be.accessible();
      answer.release();
      expect(await heardWhen(heard, 2)).to.deep.equal(['Please wait…', FULL_LOADED]);
      await expect(el).to.be.accessible();
    });

    it('says only counts, never a name or a number', async () => {
      const { el } = await mount(respond(200, partial));
      const heard = await heardWhen(listen(el), 2);
      expect(heard).to.deep.equal(['Please wait…', 'Contacts loaded: 1 emergency contact, 1 next of kin.']);
      expect(heard.join(' ')).not.to.match(/Rosa|Hiroshi|Tanaka|555|\+81/);
    });

    it('says when no contacts are on file', async () => {
      const { el } = await mount(respond(200, empty));
      expect(await heardWhen(listen(el), 2)).to.deep.equal(['Please wait…', 'No contacts on file.']);
      await expect(el).to.be.accessible();
    });

    it('says the page is not available when the contacts cannot be loaded, once (the message box is not a second live region)', async () => {
      const { el } = await mount(respond(400, {}));
      expect(await heardWhen(listen(el), 2)).to.deep.equal(['Please wait…', UNAVAILABLE]);
      const error = root(el).querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal(null);
      expect(error.getAttribute('aria-live')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says "Please wait…" again after "Try again", then what came of it', async () => {
      const { el } = await mount(respond(400, {}), respond(200, full));
      const heard = listen(el);
      await heardWhen(heard, 2);
      root(el).querySelector<HTMLButtonElement>('[part="try-again"]')!.click();
      expect(await heardWhen(heard, 4)).to.deep.equal(['Please wait…', UNAVAILABLE, 'Please wait…', FULL_LOADED]);
    });

    it('says how many contacts the host gave, once, with no "Please wait…"', async () => {
      const contacts = [
        { contactType: 'Primary Next of Kin', givenName: 'Ana', familyName: 'Silva', primaryPhone: '202-555-0111' },
        { contactType: 'Emergency Contact', givenName: 'Ben', familyName: 'Cho' },
      ];
      const el = await fixture<HealthContactsList>(html`<health-contacts-list .contacts=${contacts}></health-contacts-list>`);
      expect(await heardWhen(listen(el), 1)).to.deep.equal(['Contacts loaded: 1 emergency contact, 1 next of kin.']);
    });

    it('says nothing more when the list renders again with the same contacts', async () => {
      const { el } = await mount(respond(200, full));
      const heard = await heardWhen(listen(el), 2);
      el.headingLevel = 3;
      await el.updateComplete;
      el.editable = true;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      await aTimeout(400);
      expect(heard).to.deep.equal(['Please wait…', FULL_LOADED]);
    });
  });

  describe('loading again', () => {
    it('reload() keeps the cards on screen, marked busy, until the new answer replaces them', async () => {
      const again = heldBack(respond(200, partial));
      const { el } = await mount(respond(200, full), again.answer);
      await settled(el);
      const cards = all(el, 'article');
      const reloaded = el.reload();
      await el.updateComplete;
      expect(same(el, 'article', cards), 'the same cards').to.be.true;
      expect(all(el, '.placeholders')).to.have.length(0);
      expect(busy(el, 'section')).to.deep.equal(['true', 'true']);
      await expect(el).to.be.accessible();

      again.release();
      await reloaded;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Rosa', 'Hiroshi Tanaka']);
      expect(busy(el, 'section')).to.deep.equal(['false', 'false']);
    });

    it('a new src keeps the cards on screen, marked busy, until its answer arrives', async () => {
      const newer = heldBack(respond(200, partial));
      const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) =>
        String(input) === '/old' ? respond(200, full)(init) : newer.answer(init)) as typeof globalThis.fetch;
      const el = await fixture<HealthContactsList>(html`<health-contacts-list src="/old" .fetch=${fetch}></health-contacts-list>`);
      await settled(el);
      const cards = all(el, 'article');
      el.src = '/new';
      await el.updateComplete;
      expect(same(el, 'article', cards), 'the same cards').to.be.true;
      expect(busy(el, 'section')).to.deep.equal(['true', 'true']);

      newer.release();
      await waitUntil(() => names(el).length === 2, 'the new answer never shown');
      expect(names(el)).to.deep.equal(['Rosa', 'Hiroshi Tanaka']);
      expect(busy(el, 'section')).to.deep.equal(['false', 'false']);
    });

    it('"Try again" keeps the message on screen, marked busy, until the answer arrives', async () => {
      const retry = heldBack(respond(200, full));
      const { el } = await mount(respond(400, {}), retry.answer);
      await settled(el);
      const error = all(el, '[part="error"]');
      root(el).querySelector<HTMLButtonElement>('[part="try-again"]')!.click();
      await el.updateComplete;
      expect(same(el, '[part="error"]', error), 'the same message').to.be.true;
      expect(busy(el, '[part="error"]')).to.deep.equal(['true']);
      expect(all(el, 'section, .placeholders')).to.have.length(0);
      await expect(el).to.be.accessible();

      retry.release();
      await settled(el);
      expect(all(el, '[part="error"]')).to.have.length(0);
      expect(names(el)).to.have.length(4);
    });

    it('shows placeholders only the first time, while there is nothing to keep', async () => {
      const first = heldBack(respond(200, full));
      const { el } = await mount(first.answer);
      expect(all(el, '.placeholders')).to.have.length(2);
      expect(busy(el, 'section')).to.deep.equal(['true', 'true']);
      first.release();
      await settled(el);
      expect(busy(el, 'section')).to.deep.equal(['false', 'false']);
    });
  });

  describe('"Try again" with the keyboard', () => {
    /** A list that failed once, with focus on "Try again", reached with Tab from a button before it. */
    async function focusedOnTryAgain(...answers: Answer[]) {
      const { fetch, calls } = stubFetch(respond(400, {}), ...answers);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button>Before</button><health-contacts-list .fetch=${fetch}></health-contacts-list></div>`,
      );
      const el = wrapper.querySelector('health-contacts-list')!;
      await settled(el);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusIn(el), 'the disclosure comes first').to.equal('summary "Learn how to update your personal health care contact information"');
      await sendKeys({ press: 'Tab' });
      expect(focusIn(el)).to.equal('button "Try again"');
      return { el, calls };
    }

    // The space bar as a character: every driver knows ' ', not all of them know "Space".
    for (const [key, name] of [['Enter', 'Enter'], [' ', 'Space']]) {
      it(`keeps the message and focus while asking again, then moves focus to the first group heading (${name})`, async () => {
        const retry = heldBack(respond(200, full));
        const { el, calls } = await focusedOnTryAgain(retry.answer);
        await sendKeys({ press: key });
        await waitUntil(() => calls.length === 2, 'not asked again');
        await el.updateComplete;
        expect(focusIn(el), 'focus while the answer is on its way').to.equal('button "Try again"');
        expect(busy(el, '[part="error"]')).to.deep.equal(['true']);
        await expect(el).to.be.accessible();

        const loadedEvent = oneEvent(el, 'contacts-load');
        retry.release();
        await loadedEvent;
        expect(all(el, 'article')).to.have.length(4);
        expect(document.activeElement === el, 'focus stays in the list').to.be.true;
        expect(focusIn(el)).to.equal('h2 "Medical emergency contacts"');
        expect(root(el).activeElement === root(el).querySelector('section h2'), 'the first group heading').to.be.true;
        expect(root(el).activeElement!.getAttribute('tabindex')).to.equal('-1');
        await expect(el).to.be.accessible();
      });
    }

    it('keeps focus on "Try again" when asking again fails too', async () => {
      const { el, calls } = await focusedOnTryAgain(respond(400, {}));
      const failed = oneEvent(el, 'contacts-error');
      await sendKeys({ press: 'Enter' });
      await failed;
      await el.updateComplete;
      expect(calls).to.have.length(2);
      expect(focusIn(el)).to.equal('button "Try again"');
      expect(busy(el, '[part="error"]')).to.deep.equal(['false']);
    });

    it('moves focus to the message heading when the new answer leaves no "Try again"', async () => {
      const { el } = await focusedOnTryAgain(respond(403, {}));
      const failed = oneEvent(el, 'contacts-error');
      await sendKeys({ press: 'Enter' });
      await failed;
      expect(all(el, '[part="try-again"]')).to.have.length(0);
      expect(focusIn(el)).to.equal(`h2 "${UNAVAILABLE}"`);
      await expect(el).to.be.accessible();
    });
  });

  describe('contacts given by the host', () => {
    class CountingList extends HealthContactsList {
      renders = 0;
      override render() {
        this.renders += 1;
        return super.render();
      }
    }
    before(() => customElements.define('counting-contacts-list', CountingList));

    it('renders them once, and keeps those very cards', async () => {
      const contacts = [
        { contactType: 'Emergency Contact', givenName: 'Ben', familyName: 'Cho', primaryPhone: '202-555-0111' },
      ];
      const el = await fixture<CountingList>(
        html`<counting-contacts-list .contacts=${contacts}></counting-contacts-list>`,
      );
      const cards = all(el, 'article');
      await aTimeout(100);
      await el.updateComplete;
      expect(el.renders).to.equal(1);
      expect(same(el, 'article', cards), 'the same card').to.be.true;
    });

    it('fetches once the host takes its contacts away', async () => {
      const { fetch, calls } = stubFetch(respond(200, partial));
      const contacts = [{ contactType: 'Emergency Contact', givenName: 'Ben', familyName: 'Cho' }];
      const el = await fixture<HealthContactsList>(
        html`<health-contacts-list .fetch=${fetch} .contacts=${contacts}></health-contacts-list>`,
      );
      await aTimeout(50);
      expect(calls).to.have.length(0);
      el.contacts = undefined;
      await waitUntil(() => names(el).length === 2, 'the fetched contacts never shown');
      expect(calls).to.have.length(1);
      expect(names(el)).to.deep.equal(['Rosa', 'Hiroshi Tanaka']);
    });
  });
});
