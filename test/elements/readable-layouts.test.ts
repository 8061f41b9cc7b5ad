import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HealthContactsList } from '../../src/classes.js';
import { loadFixture } from '../fixtures.js';
import { applyRulesFor, rulesWhen, styleSheetsOf } from '../media-rules.js';
import { respond, stubFetch } from '../stub-fetch.js';

const root = (el: Element) => el.shadowRoot!;
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];

/** Four cards with "Edit" buttons, in a column `width` wide: the full fixture's, or a document given. */
async function listIn(width: string, document?: unknown): Promise<HealthContactsList> {
  const { fetch } = stubFetch(respond(200, document ?? (await loadFixture('contacts-full.json'))));
  const column = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}"><health-contacts-list editable .fetch=${fetch}></health-contacts-list></div>`,
  );
  const el = column.querySelector('health-contacts-list')!;
  await waitUntil(() => all(el, 'article').length === 4, 'the cards never came');
  await el.updateComplete;
  return el;
}

/** Names, relationships and addresses as long as real ones get, with words no line can hold whole. */
const LONG_VALUES = {
  data: [
    ['Emergency Contact', '+442079460958'],
    ['Other emergency contact', '(512) 555-0108 ext. 42'],
    ['Primary Next of Kin', '+81355550123'],
    ['Other Next of Kin', '202.555.0155'],
  ].map(([contactType, primaryPhone], i) => ({
    id: String(i),
    type: 'contact',
    attributes: {
      contactType,
      givenName: 'Maximiliana',
      familyName: 'Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft',
      relationship: 'Great-great-grandniece-in-law',
      addressLine1: '1600 Pennsylvania Avenue Northwest, Apartment 12345678',
      city: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
      zipCode: '95814',
      primaryPhone,
      alternatePhone: 'Office-switchboard-only-before-noon-please',
    },
  })),
};

/** What a person reads on a card: its heading, description, name, relationship, address and phones. */
const readable = (card: HTMLElement) => [...card.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, p, a')];

/**
 * Everything each card says, laid out within the card and the column: nothing sticks out sideways
 * (which would need scrolling in two directions) and nothing is cut off. Widths are compared with
 * a pixel to spare, for rounding.
 */
function expectEveryCardReadable(el: HealthContactsList) {
  const sticksOut: string[] = [];
  const column = el.parentElement!.getBoundingClientRect();
  for (const card of all(el, 'article')) {
    const box = card.getBoundingClientRect();
    if (box.left < column.left - 0.5 || box.right > column.right + 0.5) sticksOut.push(`a card: ${textOf(card.querySelector('h3'))}`);
    if (card.scrollWidth > card.clientWidth + 1) sticksOut.push(`what is in the card: ${textOf(card.querySelector('h3'))}`);
    for (const node of readable(card)) {
      const rect = node.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) sticksOut.push(`nothing to see of "${textOf(node)}"`);
      if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) sticksOut.push(`"${textOf(node)}" outside its card`);
      if (node.localName !== 'a' && node.scrollWidth > node.clientWidth + 1) sticksOut.push(`"${textOf(node)}" cut off`);
    }
  }
  expect(sticksOut.join('; ')).to.equal('');
  expect(el.scrollWidth, 'the list scrolls sideways').to.be.at.most(el.clientWidth + 1);
  expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(document.documentElement.clientWidth + 1);
}

/** The system colours (CSS Color 4), whose values the user's high-contrast theme sets; in lower case. */
const SYSTEM_COLOURS = new Set([
  'canvas',
  'canvastext',
  'linktext',
  'visitedtext',
  'activetext',
  'buttonface',
  'buttontext',
  'buttonborder',
  'field',
  'fieldtext',
  'highlight',
  'highlighttext',
  'selecteditem',
  'selecteditemtext',
  'mark',
  'marktext',
  'graytext',
  'accentcolor',
  'accentcolortext',
]);

describe('every contact and phone stays readable', () => {
  describe('at 320 px wide', () => {
    it('lays every card, name and phone link out within the column, with nothing cut off', async () => {
      const el = await listIn('320px');
      expect(all(el, 'a[href^="tel:"]')).to.have.length(6);
      expectEveryCardReadable(el);
      await expect(el).to.be.accessible();
    });

    it('wraps names, addresses and numbers longer than a line', async () => {
      const el = await listIn('320px', LONG_VALUES);
      expect(all(el, 'a[href^="tel:"]').map(textOf)).to.deep.equal(['+442079460958', '512-555-0108, ext. 42', '+81355550123', '202-555-0155']);
      expect(all(el, '[part="phone-text"]')).to.have.length(4);
      expectEveryCardReadable(el);
    });
  });

  describe('at 200% zoom', () => {
    // Zoom doubles text (and all that is measured in rem and em) against the width: a 1280 px
    // window at 200% lays out 640 px, and text-only zoom doubles the root font size. Both at once
    // here: a 640 px column with text twice its size, as many characters a line as 320 px.
    afterEach(() => {
      document.documentElement.style.fontSize = '';
    });

    it('lays every card, name and phone link out within a 640 px column at twice the text size', async () => {
      document.documentElement.style.fontSize = '200%';
      const el = await listIn('640px');
      const heading = all(el, 'article h3')[0];
      expect(parseFloat(getComputedStyle(heading).fontSize), 'the card heading at twice its size').to.equal(40);
      expectEveryCardReadable(el);
    });

    it('wraps names, addresses and numbers longer than a line at twice the text size', async () => {
      document.documentElement.style.fontSize = '200%';
      expectEveryCardReadable(await listIn('640px', LONG_VALUES));
    });
  });

  describe('in forced colours (Windows high contrast)', () => {
    it('gives every card a border in a system colour', async () => {
      const el = await listIn('40rem');
      const cardRules = rulesWhen(el, /forced-colors:\s*active/).filter((rule) =>
        all(el, 'article').every((card) => card.matches(rule.selectorText)),
      );
      const borders = cardRules.map((rule) => [rule.style.borderLeftStyle, rule.style.borderLeftWidth, rule.style.borderLeftColor.toLowerCase()]);
      expect(borders).to.deep.include(['solid', '1px', 'canvastext']);

      // Those rules, applied as forced colours apply them, draw the border on every card.
      const takeAway = applyRulesFor(el, /forced-colors:\s*active/);
      try {
        for (const card of all(el, 'article')) {
          const style = getComputedStyle(card);
          expect([style.borderLeftStyle, style.borderRightStyle, style.borderBottomStyle]).to.deep.equal(['solid', 'solid', 'solid']);
          expect(parseFloat(style.borderLeftWidth)).to.be.at.least(1);
        }
      } finally {
        takeAway();
      }
    });

    it('leaves every colour of text, links and phones to the system (none opts out of forced colours)', async () => {
      const el = await listIn('40rem');
      const rules = styleSheetsOf(el).flatMap((sheet) => [...sheet.cssRules]);
      const everyRule = (list: CSSRule[]): CSSStyleRule[] =>
        list.flatMap((rule) =>
          rule instanceof CSSStyleRule ? [rule] : 'cssRules' in rule ? everyRule([...(rule as CSSGroupingRule).cssRules]) : [],
        );
      const optingOut = everyRule(rules).filter((rule) => rule.style.getPropertyValue('forced-color-adjust') === 'none');
      expect(optingOut.map((rule) => rule.selectorText)).to.deep.equal([]);
      // A colour written for forced colours is a system colour, which the user's theme sets.
      const forcedColours = rulesWhen(el, /forced-colors:\s*active/).flatMap((rule) =>
        ['color', 'background-color', 'border-left-color', 'outline-color']
          .map((property) => rule.style.getPropertyValue(property).toLowerCase())
          .filter(Boolean),
      );
      expect(forcedColours.length).to.be.greaterThan(0);
      expect(forcedColours.filter((colour) => !SYSTEM_COLOURS.has(colour))).to.deep.equal([]);
    });
  });

  describe('in print', () => {
    /** Every name and phone takes room on the page; no "Edit" button does. */
    function expectPrinted(el: HealthContactsList) {
      const printed = (node: HTMLElement) =>
        getComputedStyle(node).display !== 'none' && node.getBoundingClientRect().width > 0 && node.getBoundingClientRect().height > 0;
      const names = all(el, '[part="name"]');
      const phones = all(el, 'a[href^="tel:"]');
      expect(names.filter((node) => !printed(node)).map(textOf), 'names not printed').to.deep.equal([]);
      expect(phones.filter((node) => !printed(node)).map(textOf), 'phones not printed').to.deep.equal([]);
      expect([names.length, phones.length]).to.deep.equal([4, 6]);
      expect(all(el, '[part="edit-button"]').map((button) => getComputedStyle(button).display)).to.deep.equal([
        'none',
        'none',
        'none',
        'none',
      ]);
      const contentVisibility = all(el, 'article').map((card) => getComputedStyle(card).getPropertyValue('content-visibility'));
      expect(contentVisibility.filter((value) => value && value !== 'visible'), 'cards skipped when off screen').to.deep.equal([]);
    }

    it('prints every name and phone, and no "Edit" button, by the print rules', async () => {
      const el = await listIn('40rem');
      const takeAway = applyRulesFor(el, /^print$/);
      try {
        expectPrinted(el);
      } finally {
        takeAway();
      }
      expect(all(el, '[part="edit-button"]').every((button) => getComputedStyle(button).display !== 'none'), 'Edit shown on screen').to.be.true;
    });

    it('prints every name and phone, and no "Edit" button, as the browser prints (where the test runner can emulate print)', async function () {
      const el = await listIn('40rem');
      const emulated = await emulateMedia({ media: 'print' }).then(
        () => matchMedia('print').matches,
        () => false,
      );
      // Only Chromium's runner emulates print media; the rules themselves are checked above in every engine.
      if (!emulated) this.skip();
      try {
        expectPrinted(el);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
});
