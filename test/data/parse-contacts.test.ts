import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CONTACT_FIELDS, CONTACT_TYPES, fullName } from '../../src/data/contact.js';
import { ContactsError } from '../../src/data/contacts-error.js';
import {
  groupContacts,
  normalizeContact,
  parseContactsDocument,
  type ContactGroups,
  type ParsedContact,
} from '../../src/data/parse-contacts.js';
import { loadFixture } from '../fixtures.js';

const names = (contacts: readonly ParsedContact[]) => contacts.map((contact) => contact.givenName);
const everyContact = (groups: ContactGroups) => [...groups.emergency, ...groups.nextOfKin];

function invalidResponseFrom(document: unknown): unknown {
  try {
    parseContactsDocument(document);
  } catch (error) {
    return error;
  }
  throw new Error('expected the document to be rejected');
}

describe('parseContactsDocument', () => {
  describe('shows the contacts of a valid document, primary first in each group', () => {
    let groups: ContactGroups;
    before(async () => {
      groups = parseContactsDocument(await loadFixture('contacts-full.json'));
    });

    it('lists the primary emergency contact before the secondary one', () => {
      expect(names(groups.emergency)).to.deep.equal(['Denise', 'Marcus']);
      expect(groups.emergency.map((contact) => contact.role)).to.deep.equal([
        'emergency-primary',
        'emergency-secondary',
      ]);
    });

    it('lists the primary next of kin before the secondary one', () => {
      expect(names(groups.nextOfKin)).to.deep.equal(['Alma', 'Tomas']);
      expect(groups.nextOfKin.map((contact) => contact.role)).to.deep.equal([
        'next-of-kin-primary',
        'next-of-kin-secondary',
      ]);
    });

    it('never shows the power of attorney, but counts it', () => {
      expect(everyContact(groups).map((contact) => contact.givenName)).not.to.include('Gail');
      expect(groups.ignored).to.equal(1);
    });

    it('keeps every field on file, and the server id', () => {
      expect(groups.nextOfKin[0]).to.deep.equal({
        id: 'f1d6a0c2-5b0e-4a52-9f1e-2f0d7b7c9a11',
        role: 'next-of-kin-primary',
        contactType: 'Primary Next of Kin',
        prefix: 'Mrs.',
        givenName: 'Alma',
        middleName: 'Luisa',
        familyName: 'Reyes',
        relationship: 'Spouse',
        addressLine1: '1221 Maple Grove Rd',
        addressLine2: 'Apt 4B',
        city: 'Sacramento',
        state: 'CA',
        zipCode: '95814',
        zipPlus4: '1234',
        country: 'USA',
        primaryPhone: '(916) 555-0142',
        alternatePhone: '916-555-0199',
      });
      expect(fullName(groups.nextOfKin[1])).to.equal('Tomas Reyes Jr.');
    });

    it('keeps the server order within a role', () => {
      const emergency = (givenName: string) => ({
        type: 'contact',
        attributes: { contactType: 'Emergency Contact', givenName },
      });
      const document = { data: [emergency('First'), emergency('Second'), emergency('Third')] };
      expect(names(parseContactsDocument(document).emergency)).to.deep.equal(['First', 'Second', 'Third']);
    });

    it('gives both groups empty when no contacts are on file', async () => {
      const empty = parseContactsDocument(await loadFixture('contacts-empty.json'));
      expect(empty).to.deep.equal({ emergency: [], nextOfKin: [], ignored: 0 });
    });
  });

  describe('reads the service default snake_case keys like the camelCase ones', () => {
    let groups: ContactGroups;
    before(async () => {
      groups = parseContactsDocument(await loadFixture('contacts-snake.json'));
    });

    it('gives the same contacts as the camelCase answer would', () => {
      expect(groups.emergency).to.deep.equal([
        {
          id: 'Emergency Contact',
          role: 'emergency-primary',
          contactType: 'Emergency Contact',
          givenName: 'ETHAN',
          middleName: 'JEREMY',
          familyName: 'BISHOP',
          relationship: 'BROTHER',
          addressLine1: '9758 TEST AVE',
          city: 'ALBUQUERQUE',
          state: 'NM',
          zipCode: '87109',
          primaryPhone: '(505)555-0127',
        },
      ]);
      expect(names(groups.nextOfKin)).to.deep.equal(['JAMES']);
      expect(groups.nextOfKin[0].addressLine2).to.equal('COL. CENTRO');
      expect(groups.ignored).to.equal(0);
    });

    it('reads every field under its snake_case name', () => {
      const snakeOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
      const attributes = Object.fromEntries(CONTACT_FIELDS.map((field) => [snakeOf(field), `${field} value`]));
      attributes.contact_type = 'Other Next of Kin';
      const [contact] = parseContactsDocument({ data: [{ attributes }] }).nextOfKin;
      for (const field of CONTACT_FIELDS.filter((name) => name !== 'contactType')) {
        expect(contact[field], field).to.equal(`${field} value`);
      }
      expect(contact.addressLine1).to.equal('addressLine1 value');
      expect(contact.zipPlus4).to.equal('zipPlus4 value');
    });

    it('prefers the camelCase value when both are sent', () => {
      const attributes = { contactType: 'Emergency Contact', givenName: 'Camel', given_name: 'Snake' };
      expect(names(parseContactsDocument({ data: [{ attributes }] }).emergency)).to.deep.equal(['Camel']);
    });

    it('keeps ids even when they repeat, and ignores the top-level meta', () => {
      const item = { id: 'Emergency Contact', attributes: { contact_type: 'Emergency Contact' } };
      const groups = parseContactsDocument({ data: [item, item], meta: { contact_count: 'x' } });
      expect(groups.emergency.map((contact) => contact.id)).to.deep.equal(['Emergency Contact', 'Emergency Contact']);
    });
  });

  describe('200, body not JSON, or data not an array: invalid-response', () => {
    for (const [label, document] of [
      ['no document', undefined],
      ['null', null],
      ['a string', '{"data":[]}'],
      ['a number', 42],
      ['an array', []],
      ['an error body', { errors: [{ status: '500' }] }],
      ['data that is an object', { data: { attributes: { contactType: 'Emergency Contact' } } }],
      ['data that is null', { data: null }],
      ['data that is a string', { data: 'contacts' }],
    ] as const) {
      it(`rejects ${label} as an invalid response`, () => {
        const error = invalidResponseFrom(document);
        expect(error).to.be.instanceOf(ContactsError);
        expect((error as ContactsError).kind).to.equal('invalid-response');
      });
    }
  });

  describe('an item without usable attributes, or a field of the wrong type: skipped, the rest shown', () => {
    let groups: ContactGroups;
    before(async () => {
      groups = parseContactsDocument(await loadFixture('contacts-hostile.json'));
    });

    it('still shows the usable contacts', () => {
      expect(groups.emergency).to.have.length(1);
      expect(names(groups.nextOfKin)).to.have.length(1);
      expect(groups.nextOfKin[0].familyName).to.equal("O'Brien-Núñez 山田");
    });

    it('leaves out fields of the wrong type', () => {
      const [contact] = groups.emergency;
      expect(contact).not.to.have.any.keys('addressLine2', 'addressLine3', 'city');
      expect(contact.state).to.equal('TX');
    });

    it('counts items that are not objects, have no attributes, or an unknown type', () => {
      // attributes null, attributes missing, a string, null, and a numeric contactType
      expect(groups.ignored).to.equal(5);
      expect(everyContact(groups).map((contact) => contact.givenName)).not.to.include('Unknown type');
    });

    it('never throws for odd items or attributes', () => {
      const data = [null, 'x', 3, true, [], [{}], {}, { attributes: null }, { attributes: [] }, { attributes: 'a' }];
      expect(parseContactsDocument({ data })).to.deep.equal({ emergency: [], nextOfKin: [], ignored: data.length });
    });

    it('drops an id that is not a string', () => {
      const [contact] = parseContactsDocument({ data: [{ id: 7, attributes: { contactType: 'Emergency Contact' } }] }).emergency;
      expect(contact).not.to.have.property('id');
    });
  });

  describe('null, absent, empty or blank fields: not on file', () => {
    let groups: ContactGroups;
    before(async () => {
      groups = parseContactsDocument(await loadFixture('contacts-partial.json'));
    });

    it('keeps only the fields on file', () => {
      expect(groups.emergency).to.deep.equal([
        {
          id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c66',
          role: 'emergency-primary',
          contactType: 'Emergency Contact',
          givenName: 'Rosa',
          alternatePhone: '555-0100',
        },
      ]);
      expect(fullName(groups.emergency[0])).to.equal('Rosa');
    });

    it('keeps an address abroad with its country and postal code', () => {
      const [kin] = groups.nextOfKin;
      expect(kin).to.include({ city: 'Tokyo', postalCode: '153-0063', country: 'Japan' });
      expect(kin).not.to.have.any.keys('state', 'zipCode', 'provinceCode', 'alternatePhone');
    });

    it('trims the text it keeps', () => {
      const attributes = { contactType: ' Emergency Contact ', givenName: '\n Ana \t', familyName: '\u00a0' };
      const [contact] = parseContactsDocument({ data: [{ attributes }] }).emergency;
      expect(contact).to.deep.equal({ role: 'emergency-primary', contactType: 'Emergency Contact', givenName: 'Ana' });
    });
  });

  describe('markup or script in any field: kept as text for the view to show as text', () => {
    it('keeps markup verbatim, never interpreted or stripped', async () => {
      const [contact] = parseContactsDocument(await loadFixture('contacts-hostile.json')).emergency;
      expect(contact.givenName).to.equal('<img src=x onerror="window.__pwned=1">');
      expect(contact.familyName).to.equal('<script>window.__pwned=1</script>');
      expect(contact.relationship).to.equal('"><svg onload=window.__pwned=1>');
      expect(contact.addressLine1).to.equal('javascript:window.__pwned=1');
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });

    it('reads a contact type regardless of case and surrounding spaces', async () => {
      const [contact] = parseContactsDocument(await loadFixture('contacts-hostile.json')).emergency;
      expect(contact.role).to.equal('emergency-primary');
      expect(contact.contactType).to.equal('emergency CONTACT');
    });
  });

  describe('a phone value that is not a valid number: kept as the text on file', () => {
    it('keeps the value for the view to show as plain text', async () => {
      const groups = parseContactsDocument(await loadFixture('contacts-hostile.json'));
      expect(groups.emergency[0]).to.include({
        primaryPhone: 'javascript:window.__pwned=1//5125550108',
        alternatePhone: 'CALL-ME-NOW',
      });
      expect(groups.nextOfKin[0].alternatePhone).to.equal('12345');
    });
  });

  describe('any document: groups or invalid-response, never anything else', () => {
    const knownKeys = [...CONTACT_FIELDS, 'contact_type', 'given_name', 'primary_phone', 'address_line1', 'zip_plus4'];
    const contactTypes = CONTACT_TYPES.map((type) => type.contactType);
    const typeValue = fc.oneof(
      fc.constantFrom(...contactTypes, 'Primary Power of Attorney', ''),
      fc.constantFrom(...contactTypes).map((type) => `  ${type.toUpperCase()} `),
    );
    const value = fc.oneof(fc.string(), typeValue, fc.constantFrom(' ', '\t\n'), fc.anything());
    const attributes = fc.oneof(
      fc.dictionary(fc.oneof(fc.constantFrom(...knownKeys), fc.string()), value),
      fc.anything(),
    );
    const item = fc.oneof(
      fc.record({ id: fc.anything(), type: fc.constant('contact'), attributes }, { requiredKeys: [] }),
      fc.anything(),
    );

    function check(document: unknown) {
      let groups: ContactGroups;
      try {
        groups = parseContactsDocument(document);
      } catch (error) {
        expect(error).to.be.instanceOf(ContactsError);
        expect((error as ContactsError).kind).to.equal('invalid-response');
        return;
      }
      const data = (document as { data: unknown[] }).data;
      expect(groups.emergency.length + groups.nextOfKin.length + groups.ignored).to.equal(data.length);
      for (const contact of everyContact(groups)) {
        for (const [key, field] of Object.entries(contact)) {
          if (key === 'id' || key === 'role') continue;
          expect(CONTACT_FIELDS).to.include(key);
          expect(field).to.be.a('string');
          expect(field).to.equal(field.trim());
          expect(field).not.to.equal('');
        }
        if (contact.id !== undefined) expect(contact.id).to.be.a('string');
      }
      expect(groups.emergency.every((contact) => contact.role.startsWith('emergency-'))).to.equal(true);
      expect(groups.nextOfKin.every((contact) => contact.role.startsWith('next-of-kin-'))).to.equal(true);
    }

    it('holds for any JSON value', () => {
      fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 2000 });
    });

    it('holds for any data array', () => {
      fc.assert(fc.property(fc.record({ data: fc.array(fc.anything()) }), check), { numRuns: 2000 });
    });

    it('holds for items with arbitrary attributes', () => {
      fc.assert(fc.property(fc.record({ data: fc.array(item, { maxLength: 12 }) }), check), { numRuns: 2000 });
    });
  });
});

describe('groupContacts', () => {
  it('groups contacts given by the host, primary first', () => {
    const groups = groupContacts([
      { contactType: 'Other Next of Kin', givenName: 'Tomas' },
      { contactType: 'Other emergency contact', givenName: 'Marcus' },
      { contactType: 'Primary Next of Kin', givenName: 'Alma' },
      { contactType: 'Emergency Contact', givenName: 'Denise', id: 'a' },
      { contactType: 'Primary Power of Attorney', givenName: 'Gail' },
    ]);
    expect(names(groups.emergency)).to.deep.equal(['Denise', 'Marcus']);
    expect(names(groups.nextOfKin)).to.deep.equal(['Alma', 'Tomas']);
    expect(groups.emergency[0].id).to.equal('a');
    expect(groups.ignored).to.equal(1);
  });

  it('gives the same result when fed contacts it parsed', async () => {
    const parsed = parseContactsDocument(await loadFixture('contacts-full.json'));
    const regrouped = groupContacts([...parsed.nextOfKin, ...parsed.emergency]);
    expect(regrouped).to.deep.equal({ ...parsed, ignored: 0 });
  });

  it('normalises blank, null and wrong-typed fields', () => {
    const [contact] = groupContacts([
      { contactType: 'Emergency Contact', givenName: ' Ana ', familyName: '  ', city: null, state: 5 },
    ]).emergency;
    expect(contact).to.deep.equal({ role: 'emergency-primary', contactType: 'Emergency Contact', givenName: 'Ana' });
  });

  it('accepts a role in place of a contact type, but the contact type wins', () => {
    const groups = groupContacts([
      { role: 'next-of-kin-secondary', givenName: 'Role only' },
      { role: 'next-of-kin-primary', contactType: 'Emergency Contact', givenName: 'Both' },
      { role: 'boss', givenName: 'Unknown role' },
    ]);
    expect(groups.nextOfKin).to.deep.equal([{ role: 'next-of-kin-secondary', givenName: 'Role only' }]);
    expect(names(groups.emergency)).to.deep.equal(['Both']);
    expect(groups.ignored).to.equal(1);
  });

  it('never throws for odd host data', () => {
    expect(groupContacts([null, undefined, 'x', 1, [], {}])).to.deep.equal({ emergency: [], nextOfKin: [], ignored: 6 });
    expect(groupContacts(null as unknown as unknown[])).to.deep.equal({ emergency: [], nextOfKin: [], ignored: 0 });
    fc.assert(
      fc.property(fc.array(fc.anything()), (items) => {
        const groups = groupContacts(items);
        expect(groups.emergency.length + groups.nextOfKin.length + groups.ignored).to.equal(items.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalizeContact', () => {
  it('keeps the fields on file of one contact, whatever its type', () => {
    const contact = normalizeContact({
      id: 'x',
      contact_type: 'Primary Power of Attorney',
      given_name: ' Gail ',
      familyName: null,
      city: 7,
    });
    expect(contact).to.deep.equal({ id: 'x', contactType: 'Primary Power of Attorney', givenName: 'Gail' });
  });

  it('gives nothing for a value that is not an object', () => {
    for (const value of [null, undefined, 'Gail', 3, ['Gail']]) expect(normalizeContact(value)).to.equal(undefined);
  });
});
