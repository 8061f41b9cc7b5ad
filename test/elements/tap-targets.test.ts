import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createContactsService, serviceFetch } from '../../demo/contacts-service.mjs';
import '../../src/index.js';
import type { HealthContactsList } from '../../src/classes.js';
import { clearContactsCache } from '../../src/data/contacts-cache.js';
import { validateContactForm } from '../../src/editing/validation.js';
import { loadFixture } from '../fixtures.js';
import { applyRulesFor } from '../media-rules.js';
import { respond, stubFetch } from '../stub-fetch.js';

const full = await loadFixture<{ data: { attributes: { contactType: string } }[] }>('contacts-full.json');
const root = (el: Element) => el.shadowRoot!;
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const MIN = 44;

/** Every phone link, button and disclosure summary of the list: what a finger taps. */
const targets = (el: HealthContactsList) => [...root(el).querySelectorAll<HTMLElement>('a[href^="tel:"], button, summary')];

/** The targets smaller than 44 × 44 CSS px, named with their size. */
function tooSmall(el: HealthContactsList): string[] {
  return targets(el)
    .map((target) => ({ target, box: target.getBoundingClientRect() }))
    .filter(({ box }) => box.width < MIN - 0.5 || box.height < MIN - 0.5)
    .map(({ target, box }) => `${target.localName} "${textOf(target)}" ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
}

/**
 * Makes the page a touch screen's: emulated where the engine can (Chromium), else the list's own
 * `(pointer: coarse)` rules applied as if the screen were one. Returns how to undo it.
 */
async function onATouchScreen(el: HealthContactsList): Promise<() => Promise<void>> {
  const emulated = (await executeServerCommand('coarse-pointer', { active: true })) === true;
  if (emulated) {
    expect(matchMedia('(pointer: coarse)').matches, 'the emulation took').to.equal(true);
    return async () => void (await executeServerCommand('coarse-pointer', { active: false }));
  }
  const takeAway = applyRulesFor(el, /pointer:\s*coarse/);
  return async () => takeAway();
}

describe('tap targets on a phone', () => {
  beforeEach(() => clearContactsCache());

  async function editableList(document: unknown = full): Promise<HealthContactsList> {
    const fetch = serviceFetch(createContactsService({ document, validate: validateContactForm }));
    // A phone's width: 390 CSS px.
    const column = await fixture<HTMLElement>(html`<div style="width: 390px"><health-contacts-list editable .fetch=${fetch}></health-contacts-list></div>`);
    const el = column.querySelector('health-contacts-list')!;
    await waitUntil(() => root(el).querySelector('article, [part~="empty"]'), 'the contacts never came');
    await el.updateComplete;
    return el;
  }

  it('gives every phone link, "Edit" and the disclosure at least 44 × 44 CSS px', async () => {
    const el = await editableList();
    const undo = await onATouchScreen(el);
    try {
      expect(root(el).querySelectorAll('a[href^="tel:"]').length).to.equal(6);
      expect(tooSmall(el)).to.deep.equal([]);
    } finally {
      await undo();
    }
  });

  it('gives "Add" buttons, and the editor\'s buttons and controls, at least 44 × 44 CSS px', async () => {
    const emergencyOnly = { data: full.data.filter((item) => item.attributes.contactType === 'Emergency Contact') };
    const el = await editableList(emergencyOnly);
    root(el).querySelector<HTMLButtonElement>('[part~="edit-button"]')!.click();
    await waitUntil(() => root(el).querySelector('[part~="editor"]'), 'the editor never opened');
    await el.updateComplete;
    const undo = await onATouchScreen(el);
    try {
      expect(root(el).querySelectorAll('[part~="save-button"], [part~="cancel-button"], [part~="delete-button"]').length).to.equal(3);
      expect(tooSmall(el)).to.deep.equal([]);
      const controls = [...root(el).querySelectorAll<HTMLElement>('input, select')];
      expect(controls.filter((control) => control.getBoundingClientRect().height < MIN - 0.5).map((control) => control.getAttribute('name'))).to.deep.equal([]);
    } finally {
      await undo();
    }
  });

  it('gives "Try again" at least 44 × 44 CSS px', async () => {
    const { fetch } = stubFetch(respond(400, { errors: [] }));
    const el = await fixture<HealthContactsList>(html`<health-contacts-list .fetch=${fetch}></health-contacts-list>`);
    await waitUntil(() => root(el).querySelector('[part~="try-again"]'), 'no "Try again"');
    const undo = await onATouchScreen(el);
    try {
      expect(tooSmall(el)).to.deep.equal([]);
    } finally {
      await undo();
    }
  });

  it('changes nothing with a mouse: the phone links keep their text\'s height', async () => {
    const el = await editableList();
    const heights = [...root(el).querySelectorAll<HTMLElement>('a[href^="tel:"]')].map((link) => link.getBoundingClientRect().height);
    expect(heights.every((height) => height < MIN)).to.equal(true);
  });
});
