import { expect } from '@open-wc/testing';
import type { Contact } from '../../src/data/contact.js';
import { COUNTRIES, RELATIONSHIPS, SUFFIXES, US_STATES, regionCodeOf, relationshipLabel } from '../../src/editing/form-options.js';
import {
  FORM_FIELDS,
  SELECT_OPTIONS,
  fieldsShownFor,
  formValuesOf,
  validateContactForm,
  type FieldErrors,
  type FormValues,
} from '../../src/editing/validation.js';
import { loadFixture } from '../fixtures.js';

interface ValidationCase {
  name: string;
  contactType: string;
  input: FormValues;
  errors: FieldErrors;
  sent?: Record<string, string>;
}

const { cases } = await loadFixture<{ cases: ValidationCase[] }>('edit-validation-vectors.json');

const emergency = (values: FormValues = {}): FormValues => ({
  givenName: 'Denise',
  familyName: 'Okafor',
  relationship: 'SISTER',
  primaryPhone: '5125550108',
  ...values,
});

const usAddress: FormValues = { country: 'USA', addressLine1: '410 W Elm St', city: 'Austin', state: 'TX', zipCode: '78701' };

describe('contact form validation', () => {
  describe('the shared validation vectors', () => {
    it('has cases to check', () => {
      expect(cases.length).to.be.greaterThan(30);
    });

    for (const vector of cases) {
      it(vector.name, () => {
        const { errors, attributes } = validateContactForm(vector.contactType, vector.input);
        expect(errors).to.deep.equal(vector.errors);
        expect(attributes).to.deep.equal(vector.sent);
      });
    }

    it('opens every valid case as saved and saves it unchanged', () => {
      for (const vector of cases.filter((each) => each.sent)) {
        const reopened = validateContactForm(vector.contactType, formValuesOf(vector.sent as Contact));
        expect(reopened, vector.name).to.deep.equal({ errors: {}, attributes: vector.sent });
      }
    });
  });

  describe('lengths count characters as a person sees them', () => {
    it('counts a character outside the Basic Multilingual Plane once', () => {
      const name = (count: number) => '𝒜'.repeat(count);
      expect(validateContactForm('Emergency Contact', emergency({ givenName: name(25) })).errors).to.deep.equal({});
      expect(validateContactForm('Emergency Contact', emergency({ givenName: name(26) })).errors).to.deep.equal({ givenName: 'too-long' });
    });

    it('checks the lengths of an address abroad', () => {
      const abroad = { country: 'MEX', addressLine1: 'Calle 5 de Mayo 20', city: 'Guadalajara' };
      const { errors } = validateContactForm(
        'Emergency Contact',
        emergency({ ...abroad, provinceCode: 'P'.repeat(52), postalCode: '1'.repeat(21), addressLine3: 'L'.repeat(31) }),
      );
      expect(errors).to.deep.equal({ provinceCode: 'too-long', postalCode: 'too-long', addressLine3: 'too-long' });
      expect(
        validateContactForm('Emergency Contact', emergency({ ...abroad, provinceCode: 'P'.repeat(51), postalCode: '1'.repeat(20) })).errors,
      ).to.deep.equal({});
    });
  });

  describe('an address of the other kind of country', () => {
    it('neither checks nor sends a state and ZIP code for an address abroad', () => {
      const values = emergency({ country: 'MEX', addressLine1: 'Calle 5 de Mayo 20', city: 'Guadalajara', state: 'XX', zipCode: '1' });
      const { errors, attributes } = validateContactForm('Emergency Contact', values);
      expect(errors).to.deep.equal({});
      expect(attributes).to.not.have.any.keys('state', 'zipCode', 'zipPlus4');
    });

    it('neither checks nor sends a province and postal code for a US address', () => {
      const values = emergency({ ...usAddress, provinceCode: 'P'.repeat(60), postalCode: 'SW1A 1AA' });
      const { errors, attributes } = validateContactForm('Emergency Contact', values);
      expect(errors).to.deep.equal({});
      expect(attributes).to.include({ state: 'TX', zipCode: '78701' });
      expect(attributes).to.not.have.any.keys('provinceCode', 'postalCode');
    });

    it('shows a state and ZIP code for the United States and while no country is chosen', () => {
      for (const country of ['USA', '', undefined]) {
        expect(fieldsShownFor(country), String(country)).to.include.members(['state', 'zipCode']);
        expect(fieldsShownFor(country), String(country)).to.not.include.members(['provinceCode']);
        expect(fieldsShownFor(country)).to.not.include.members(['postalCode']);
      }
      expect(fieldsShownFor('MEX')).to.include.members(['provinceCode', 'postalCode']);
      expect(fieldsShownFor('MEX')).to.not.include.members(['state']);
      expect(fieldsShownFor('MEX')).to.not.include.members(['zipCode']);
    });

    it('lets an emergency contact have no address at all', () => {
      const { attributes } = validateContactForm('Other emergency contact', emergency());
      expect(Object.keys(attributes!)).to.deep.equal(['contactType', 'givenName', 'familyName', 'relationship', 'primaryPhone']);
    });

    it('requires a full address once a country is chosen', () => {
      expect(validateContactForm('Emergency Contact', emergency({ country: 'USA' })).errors).to.deep.equal({
        addressLine1: 'required',
        city: 'required',
        state: 'required',
        zipCode: 'required',
      });
    });

    it('accepts a ZIP+4 written with a space', () => {
      const { attributes } = validateContactForm('Emergency Contact', emergency({ ...usAddress, zipCode: '78701 1234' }));
      expect(attributes).to.include({ zipCode: '78701', zipPlus4: '1234' });
    });
  });

  describe('on-file values a select does not offer', () => {
    for (const [field, value] of [
      ['relationship', 'Spouse'],
      ['relationship', 'Friend'],
      ['suffix', 'JR'],
      ['country', 'Japan'],
      ['country', 'usa'],
      ['state', 'UM'],
    ] as const) {
      it(`reports ${field} "${value}" as invalid`, () => {
        const values = emergency({ ...usAddress, [field]: value });
        expect(validateContactForm('Primary Next of Kin', values).errors).to.deep.equal({ [field]: 'invalid' });
      });
    }
  });

  describe('what a save sends besides the form', () => {
    it('sends the prefix on file back unchanged', () => {
      const { attributes } = validateContactForm('Emergency Contact', emergency(), { prefix: ' Mrs. ', givenName: 'Other' });
      expect(attributes).to.include({ prefix: 'Mrs.', givenName: 'Denise' });
    });

    it('leaves out a blank prefix, and sends nothing for a form in error', () => {
      expect(validateContactForm('Emergency Contact', emergency(), { prefix: '  ' }).attributes).to.not.have.key('prefix');
      expect(validateContactForm('Emergency Contact', emergency({ givenName: '' }), { prefix: 'Mrs.' })).to.deep.equal({
        errors: { givenName: 'required' },
      });
    });

    it('normalises the alternate phone as the primary one', () => {
      const { attributes } = validateContactForm('Emergency Contact', emergency({ alternatePhone: '(512) 555-0199 ext. 7' }));
      expect(attributes).to.include({ alternatePhone: '5125550199x7' });
    });

    it('takes a value that is not a string as empty', () => {
      const values = { ...emergency(), givenName: 42, middleName: null } as unknown as FormValues;
      expect(validateContactForm('Emergency Contact', values).errors).to.deep.equal({ givenName: 'required' });
    });
  });

  describe('the values an editor opens with', () => {
    const onFile: Contact = {
      id: 'f1d6a0c2',
      contactType: 'Primary Next of Kin',
      prefix: 'Mrs.',
      givenName: 'Alma',
      familyName: 'Reyes',
      relationship: 'wife',
      zipCode: '95814',
      zipPlus4: '1234',
      country: 'USA',
      primaryPhone: '(916) 555-0142',
    };

    it('joins the ZIP code and ZIP+4, and spells the relationship as the service does', () => {
      expect(formValuesOf(onFile)).to.deep.equal({
        givenName: 'Alma',
        familyName: 'Reyes',
        relationship: 'WIFE',
        primaryPhone: '(916) 555-0142',
        country: 'USA',
        zipCode: '95814-1234',
      });
    });

    it('keeps a relationship the service does not list as on file', () => {
      expect(formValuesOf({ ...onFile, relationship: 'Spouse' }).relationship).to.equal('Spouse');
      expect(formValuesOf({ ...onFile, relationship: 'niece/Nephew' }).relationship).to.equal('NIECE/NEPHEW');
    });

    it('opens a ZIP+4 with no ZIP code as an empty ZIP code', () => {
      expect(formValuesOf({ ...onFile, zipCode: undefined })).to.not.have.key('zipCode');
    });
  });

  describe('the options the selects offer', () => {
    it('offers the suffixes, and the service relationships in sentence case', () => {
      expect(SUFFIXES).to.deep.equal(['Jr.', 'Sr.', 'II', 'III', 'IV']);
      expect(RELATIONSHIPS).to.have.length(15);
      expect(RELATIONSHIPS.map(relationshipLabel)).to.include.members([
        'Niece/nephew',
        'Unrelated friend',
        'Child-in-law',
        'Extended family member',
        'Wife',
      ]);
    });

    it('offers the states, DC, the territories and the military codes', () => {
      expect(US_STATES).to.have.length(62);
      expect(new Set(US_STATES).size).to.equal(62);
      expect(US_STATES).to.include.members(['CA', 'DC', 'PR', 'GU', 'VI', 'AS', 'MP', 'FM', 'MH', 'PW', 'AA', 'AE', 'AP']);
      expect(US_STATES).to.not.include('UM');
    });

    it('offers every ISO 3166-1 country by its alpha-3 code, United States first', () => {
      expect(COUNTRIES[0]).to.equal('USA');
      expect(COUNTRIES).to.have.length(249);
      expect(new Set(COUNTRIES).size).to.equal(249);
      for (const code of COUNTRIES) expect(code).to.match(/^[A-Z]{3}$/);
    });

    it('gives each country the alpha-2 code this browser names it by', () => {
      expect(regionCodeOf('MEX')).to.equal('MX');
      expect(regionCodeOf('AUT')).to.equal('AT');
      expect(regionCodeOf('GBR')).to.equal('GB');
      expect(regionCodeOf('Narnia')).to.equal(undefined);
      const names = new Intl.DisplayNames(['en'], { type: 'region' });
      expect(names.of(regionCodeOf('USA')!)).to.equal('United States');
      const regions = COUNTRIES.map((code) => regionCodeOf(code)!);
      expect(new Set(regions).size).to.equal(249);
      const unnamed = regions.filter((region) => !/^[A-Z]{2}$/.test(region) || names.of(region) === region);
      expect(unnamed).to.deep.equal([]);
    });

    it('lists each select among the controls', () => {
      expect(Object.keys(SELECT_OPTIONS)).to.have.members(['suffix', 'relationship', 'country', 'state']);
      for (const field of Object.keys(SELECT_OPTIONS)) expect(FORM_FIELDS).to.include(field);
    });
  });
});
