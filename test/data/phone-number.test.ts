import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ContactRole } from '../../src/data/contact.js';
import { parsePhoneNumber, type PhoneNumber } from '../../src/data/phone-number.js';
import { phoneNumberToSave } from '../../src/editing/validation.js';
import { en } from '../../src/locales/en.js';
import { loadFixture } from '../fixtures.js';

interface PhoneVectors {
  vectors: { input: string; href: string | null; display: string | null }[];
  names: { input: string; role: ContactRole; name: string }[];
}

/** The digits a `tel:` link dials, without the US country code and the extension. */
const dialledNumber = (href: string) => href.replace(/^tel:\+/, '').replace(/,\d+$/, '').replace(/^1(?=\d{10}$)/, '');

const TEL = /^tel:\+\d+(,\d+)?$/;
const US_DISPLAY = /^\d{3}-\d{3}-\d{4}(, ext\. \d{1,6})?$/;

// The link's accessible name, composed the way a card composes it.
function callLabel(role: ContactRole, phone: PhoneNumber): string {
  return en.call(en.roles[role].spoken, phone.display);
}

function parsed(raw: string): PhoneNumber {
  const phone = parsePhoneNumber(raw);
  expect(phone, `parsePhoneNumber(${JSON.stringify(raw)})`).to.not.equal(null);
  return phone!;
}

function expectLinked(raw: string, href: string, display: string): void {
  const phone = parsed(raw);
  expect(phone.href, `href of ${JSON.stringify(raw)}`).to.equal(href);
  expect(phone.display, `display of ${JSON.stringify(raw)}`).to.equal(display);
}

function expectPlainText(raw: string): void {
  expect(parsed(raw), JSON.stringify(raw)).to.deep.equal({
    href: null,
    display: raw.trim(),
  });
}

describe('phone numbers', () => {
  describe('the shared phone vectors', () => {
    let fixture: PhoneVectors;
    before(async () => {
      fixture = await loadFixture<PhoneVectors>('phone-vectors.json');
    });

    it('links, shows or leaves out every vector as the contract says', () => {
      expect(fixture.vectors.length).to.be.greaterThan(0);
      for (const { input, href, display } of fixture.vectors) {
        const phone = parsePhoneNumber(input);
        const name = JSON.stringify(input);
        if (display === null) {
          expect(phone, `${name} counts as nothing on file`).to.equal(null);
        } else {
          expect(phone?.href, `href of ${name}`).to.equal(href);
          expect(phone?.display, `display of ${name}`).to.equal(display);
        }
      }
    });

    it('names every linked vector with the role and the number exactly as shown', () => {
      for (const { input, href, display } of fixture.vectors) {
        if (href === null || display === null) continue;
        const label = callLabel('emergency-secondary', parsed(input));
        expect(label, `label of ${JSON.stringify(input)}`).to.equal(`Call secondary emergency contact at ${display}`);
      }
    });

    it('names the listed links exactly as listed', () => {
      expect(fixture.names.length).to.be.greaterThan(0);
      for (const { input, role, name } of fixture.names) {
        expect(callLabel(role, parsed(input)), JSON.stringify(input)).to.equal(name);
      }
    });
  });

  describe('US numbers', () => {
    it('links a ten-digit number however it is punctuated', () => {
      const forms = ['9165550142', '916 555 0142', '916.555.0142', '(916) 555 -0142'];
      for (const raw of forms) expectLinked(raw, 'tel:+19165550142', '916-555-0142');
    });

    it('links a number written with a leading 1 or +1', () => {
      const forms = ['19165550142', '1-916-555-0142', '+19165550142', '+1 (916) 555-0142'];
      for (const raw of forms) expectLinked(raw, 'tel:+19165550142', '916-555-0142');
    });

    it('links a US number with an extension after a pause', () => {
      const forms = ['x42', 'X42', 'x 42', 'ext42', 'ext 42', 'ext. 42', 'EXT.42', 'extension 42'];
      for (const extension of forms) {
        expectLinked(`512-555-0108 ${extension}`, 'tel:+15125550108,42', '512-555-0108, ext. 42');
      }
      expectLinked('512-555-0108x42', 'tel:+15125550108,42', '512-555-0108, ext. 42');
    });

    it('reads our own display of an extension back as the same number', () => {
      expectLinked('512-555-0108, ext. 42', 'tel:+15125550108,42', '512-555-0108, ext. 42');
    });

    it('accepts extensions of one to six digits and shows longer ones as plain text', () => {
      expectLinked('512-555-0108 x1', 'tel:+15125550108,1', '512-555-0108, ext. 1');
      expectLinked('512-555-0108 x123456', 'tel:+15125550108,123456', '512-555-0108, ext. 123456');
      expectPlainText('512-555-0108 x1234567');
      expectPlainText('512-555-0108 x');
    });

    it('shows a number with a digit too few or too many as plain text', () => {
      for (const raw of ['916-555-014', '916-555-01422', '2-916-555-0142', '555-0100']) {
        expectPlainText(raw);
      }
    });

    it('shows a number whose digits are not grouped 3-3-4 as plain text', () => {
      expectPlainText('91-65-55-01-42');
      expectPlainText('(916 555-0142');
      expectPlainText('(9165) 55-0142');
    });
  });

  describe('international numbers', () => {
    it('links a number with a leading + and shows it as written', () => {
      expectLinked('+44 20 7946 0958', 'tel:+442079460958', '+44 20 7946 0958');
      expectLinked('+49 (30) 1234-5678', 'tel:+493012345678', '+49 (30) 1234-5678');
      expectLinked('+33.1.23.45.67.89', 'tel:+33123456789', '+33.1.23.45.67.89');
    });

    it('links 8 to 15 digits and shows 7 or 16 as plain text', () => {
      expectLinked('+49 301 234', 'tel:+49301234', '+49 301 234');
      expectLinked('+49 301 234 567 890 1', 'tel:+493012345678901', '+49 301 234 567 890 1');
      expectPlainText('+49 301 23');
      expectPlainText('+49 301 234 567 890 12');
    });

    it('shows +1 with anything but ten digits after it as plain text', () => {
      expectPlainText('+1 916 555 014');
      expectPlainText('+1 916 555 01422');
    });

    it('does not link a number with a national trunk prefix in parentheses', () => {
      expectPlainText('+44 (0)20 7946 0958');
    });

    it('does not link a number without its leading +', () => {
      expectPlainText('44 20 7946 0958');
      expectPlainText('00 44 20 7946 0958');
    });
  });

  describe('values that are not phone numbers', () => {
    it('shows letters, scripts and markup as plain text, never as a link', () => {
      const values = [
        'CALL-ME-NOW',
        '1-800-FLOWERS',
        'javascript:alert(1)//5125550108',
        'tel:+15125550108',
        '<a href="tel:5125550108">5125550108</a>',
        '512-555-0108 ext. 42; drop table',
        '512-555-0108\u0000',
        '+44 20 7946 0958 x12',
      ];
      for (const raw of values) expectPlainText(raw);
    });

    it('treats nothing on file as no phone at all', () => {
      const values = [null, undefined, 42, 5125550108, {}, [], ['512-555-0108'], true];
      values.push('', '   ', '\n\t');
      for (const raw of values) expect(parsePhoneNumber(raw), String(raw)).to.equal(null);
    });

    it('trims the text it shows', () => {
      expectPlainText('  call the front desk \n');
    });
  });

  describe('the name a screen reader, voice control and braille get', () => {
    it('names the call link with the role and the number exactly as shown', () => {
      expect(callLabel('emergency-primary', parsed('(916) 555-0142'))).to.equal(
        'Call primary emergency contact at 916-555-0142',
      );
      expect(callLabel('next-of-kin-secondary', parsed('512-555-0108 x42'))).to.equal(
        'Call secondary next of kin at 512-555-0108, ext. 42',
      );
      expect(callLabel('next-of-kin-primary', parsed('+44 20 7946 0958'))).to.equal(
        'Call primary next of kin at +44 20 7946 0958',
      );
    });

    it('names the alternate phone as such', () => {
      expect(en.callAlternate(en.roles['emergency-primary'].spoken, '202-555-0155')).to.equal(
        'Call primary emergency contact at alternate phone 202-555-0155',
      );
    });
  });

  describe('any input at all', () => {
    const options = { numRuns: 2000 };

    function checkString(raw: string): void {
      const phone = parsePhoneNumber(raw);
      if (raw.trim() === '') {
        expect(phone).to.equal(null);
        return;
      }
      expect(phone).to.not.equal(null);
      const { href, display } = phone!;
      if (href === null) {
        expect(display).to.equal(raw.trim());
      } else {
        expect(href).to.match(TEL);
        expect(display === raw.trim() || US_DISPLAY.test(display), display).to.equal(true);
        // The number shown (and so the link's name) is the number the link dials.
        const shownDigits = display.replace(/, ext\. \d+$/, '').replace(/\D/g, '');
        expect(shownDigits, display).to.equal(dialledNumber(href));
      }
    }

    it('never throws and never builds anything but a tel: link from any text', () => {
      fc.assert(fc.property(fc.string({ unit: 'grapheme' }), checkString), options);
      fc.assert(fc.property(fc.string({ unit: 'binary' }), checkString), options);
    });

    it('never throws or builds anything but a tel: link from text made of phone characters', () => {
      const phoneish = fc.string({ unit: fc.constantFrom(...'0123456789+-.() xext,'.split('')) });
      fc.assert(fc.property(phoneish, checkString), options);
    });

    it('never throws for any JSON value or other value', () => {
      const check = (raw: unknown): void => {
        const phone = parsePhoneNumber(raw);
        if (typeof raw !== 'string') expect(phone).to.equal(null);
        else checkString(raw);
      };
      fc.assert(fc.property(fc.jsonValue(), check), options);
      fc.assert(fc.property(fc.anything(), check), options);
    });

    it('links any ten-digit US number however written; its display reads back the same', () => {
      const separator = fc.constantFrom('', ' ', '-', '.', ' - ');
      const usNumber = fc.record({
        prefix: fc.constantFrom('', '1', '1 ', '+1', '+1 ', '+1-'),
        area: fc.stringMatching(/^\d{3}$/),
        exchange: fc.stringMatching(/^\d{3}$/),
        line: fc.stringMatching(/^\d{4}$/),
        parens: fc.boolean(),
        sep1: separator,
        sep2: separator,
        extension: fc.option(fc.stringMatching(/^\d{1,6}$/)),
      });
      fc.assert(
        fc.property(usNumber, (n) => {
          const area = n.parens ? `(${n.area})` : n.area;
          const ext = n.extension === null ? '' : ` ext. ${n.extension}`;
          const phone = parsed(`${n.prefix}${area}${n.sep1}${n.exchange}${n.sep2}${n.line}${ext}`);
          const suffix = n.extension === null ? '' : `,${n.extension}`;
          expect(phone.href).to.equal(`tel:+1${n.area}${n.exchange}${n.line}${suffix}`);
          expect(parsePhoneNumber(phone.display)).to.deep.equal(phone);
        }),
        options,
      );
    });
  });

  describe('the form a save sends a number in', () => {
    it('sends a US number as its ten digits, with an extension after an x', () => {
      expect(phoneNumberToSave('(512) 555-0108')).to.equal('5125550108');
      expect(phoneNumberToSave('+1 512.555.0108')).to.equal('5125550108');
      expect(phoneNumberToSave('1-512-555-0108 ext. 42')).to.equal('5125550108x42');
      expect(phoneNumberToSave('512 555 0108 extension 123456')).to.equal('5125550108x123456');
    });

    it('sends an international number as + and its digits', () => {
      expect(phoneNumberToSave('  +44 20 7946 0958 ')).to.equal('+442079460958');
      expect(phoneNumberToSave('+49(30)12345678')).to.equal('+493012345678');
    });

    it('sends nothing for a value the cards would not link', () => {
      for (const raw of ['', '   ', '555-0100', '512-555-01O8', '+44 20 79', '+44 (0)20 7946 0958', '+1234567890123456']) {
        expect(phoneNumberToSave(raw), JSON.stringify(raw)).to.equal(null);
      }
    });

    it('agrees with the link for every shared vector', async () => {
      const { vectors } = await loadFixture<PhoneVectors>('phone-vectors.json');
      for (const { input, href } of vectors) {
        const saved = phoneNumberToSave(input);
        expect(saved === null, JSON.stringify(input)).to.equal(href === null);
        if (saved !== null) expect(parsePhoneNumber(saved)?.href, JSON.stringify(input)).to.equal(href);
      }
    });

    it('gives a value that links to the same number, for any text', () => {
      const phoneish = fc.string({ unit: fc.constantFrom(...'0123456789+-.() xext,'.split('')) });
      fc.assert(
        fc.property(fc.oneof(phoneish, fc.string()), (raw) => {
          const saved = phoneNumberToSave(raw);
          const href = parsePhoneNumber(raw)?.href ?? null;
          expect(saved === null).to.equal(href === null);
          if (saved === null) return;
          expect(saved).to.match(/^(\d{10}(x\d{1,6})?|\+[2-9]\d{7,14})$/);
          expect(phoneNumberToSave(saved)).to.equal(saved);
          expect(parsePhoneNumber(saved)?.href).to.equal(href);
        }),
        { numRuns: 2000 },
      );
    });
  });
});
