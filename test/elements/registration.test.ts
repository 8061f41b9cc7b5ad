import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';

// This file imports the package only dynamically, so the first suite sees a registry the package has not touched.
type Classes = typeof import('../../src/classes.js');

const TAGS = ['contact-card', 'flag-gate', 'health-contacts-list'] as const;

/** Runs `action` with console.warn replaced, and returns what it was called with. */
function warningsDuring(action: () => void): unknown[][] {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args);
  try {
    action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

const uniqueTag = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

/** Evaluates a define module again, as a second `import` of a copy served under another URL would. */
async function importAgain(path: string): Promise<void> {
  const url = new URL(path, import.meta.url);
  url.search = `?again=${Math.random()}`;
  await import(url.href);
}

describe('registration', () => {
  describe('the classes module', () => {
    let classes: Classes;
    let registeredAfterImport: Array<CustomElementConstructor | undefined>;
    before(async () => {
      classes = await import('../../src/classes.js');
      registeredAfterImport = TAGS.map((tag) => customElements.get(tag));
    });

    it('exports ContactCard, HealthContactsList and FlagGate as Lit elements', () => {
      for (const element of [classes.ContactCard, classes.HealthContactsList, classes.FlagGate]) {
        expect(element.prototype).to.be.instanceOf(LitElement);
      }
    });

    it('registers no tag name', () => {
      expect(registeredAfterImport).to.deep.equal([undefined, undefined, undefined]);
    });
  });

  describe("importing 'health-contacts-elements'", () => {
    let classes: Classes;
    before(async () => {
      await import('../../src/index.js');
      classes = await import('../../src/classes.js');
    });

    it('registers our three classes under their tag names', () => {
      expect(customElements.get('contact-card')).to.equal(classes.ContactCard);
      expect(customElements.get('flag-gate')).to.equal(classes.FlagGate);
      expect(customElements.get('health-contacts-list')).to.equal(classes.HealthContactsList);
    });

    it('may happen twice without throwing or warning', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        await import('../../src/index.js');
        // Re-evaluating the define modules (as a second script tag would) must be just as quiet.
        for (const path of ['contact-card', 'flag-gate', 'health-contacts-list']) {
          // The test server serves sources under their TypeScript names.
          await importAgain(`../../src/${path}/define.ts`);
        }
      } finally {
        console.warn = original;
      }
      expect(warnings).to.deep.equal([]);
      expect(customElements.get('contact-card')).to.equal(classes.ContactCard);
      expect(customElements.get('flag-gate')).to.equal(classes.FlagGate);
      expect(customElements.get('health-contacts-list')).to.equal(classes.HealthContactsList);
    });

    it('leaves elements on the page working', async () => {
      const card = document.createElement('contact-card');
      card.setAttribute('contact-type', 'Emergency Contact');
      card.setAttribute('given-name', 'Rosa');
      document.body.append(card);
      try {
        await card.updateComplete;
        expect(card.shadowRoot!.textContent).to.include('Primary emergency contact');
      } finally {
        card.remove();
      }
    });
  });

  describe('defineElement', () => {
    let classes: Classes;
    before(async () => {
      await import('../../src/index.js');
      classes = await import('../../src/classes.js');
    });

    it('accepts a second copy of one of our classes silently and keeps the first', () => {
      const secondCopy = class extends classes.HealthContactsList {};
      const warnings = warningsDuring(() => {
        expect(() => classes.defineElement('health-contacts-list', secondCopy)).not.to.throw();
      });
      expect(warnings).to.deep.equal([]);
      expect(customElements.get('health-contacts-list')).to.equal(classes.HealthContactsList);
    });

    it('warns once, without throwing, when a foreign class holds the name', () => {
      const tag = uniqueTag('x-taken');
      const foreign = class extends HTMLElement {};
      customElements.define(tag, foreign);
      const ours = class extends HTMLElement {};
      const warnings = warningsDuring(() => {
        expect(() => classes.defineElement(tag, ours)).not.to.throw();
        expect(() => classes.defineElement(tag, ours)).not.to.throw();
        expect(() => classes.defineElement(tag, class extends HTMLElement {})).not.to.throw();
      });
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.include(`<${tag}>`);
      expect(customElements.get(tag)).to.equal(foreign);
    });

    it('warns when our element name is taken by someone else', () => {
      const tag = uniqueTag('x-taken');
      customElements.define(tag, class extends HTMLElement {});
      const warnings = warningsDuring(() => classes.defineElement(tag, class extends classes.ContactCard {}));
      expect(warnings).to.have.length(1);
    });

    it('registers a free name', () => {
      const tag = uniqueTag('x-free');
      const element = class extends HTMLElement {};
      const warnings = warningsDuring(() => classes.defineElement(tag, element));
      expect(customElements.get(tag)).to.equal(element);
      expect(warnings).to.deep.equal([]);
    });

    it('is silent when the same class is defined under the same name again', () => {
      const tag = uniqueTag('x-same');
      const element = class extends HTMLElement {};
      const warnings = warningsDuring(() => {
        classes.defineElement(tag, element);
        classes.defineElement(tag, element);
      });
      expect(warnings).to.deep.equal([]);
      expect(customElements.get(tag)).to.equal(element);
    });

    it('never throws, even for a class already registered under another name', () => {
      const tag = uniqueTag('x-again');
      const warnings = warningsDuring(() => {
        expect(() => classes.defineElement(tag, classes.ContactCard)).not.to.throw();
        expect(() => classes.defineElement(tag, classes.ContactCard)).not.to.throw();
      });
      expect(customElements.get('contact-card')).to.equal(classes.ContactCard);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.include(`<${tag}>`);
    });
  });
});
