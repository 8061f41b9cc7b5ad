/**
 * The editor's rules, in one module without DOM: the browser form checks with it before a save,
 * and the demo's stand-in service checks every write with it, so the two cannot disagree.
 */
import { CONTACT_FIELDS, groupOf, roleOf, type Contact } from '../data/contact.js';
import { FORM_FIELDS, type FieldError, type FormField, type FormValues } from '../data/form-fields.js';
import { parsePhoneNumber } from '../data/phone-number.js';
import { COUNTRIES, RELATIONSHIPS, SUFFIXES, US_STATES } from './form-options.js';

export { FORM_FIELDS, type FieldError, type FormField, type FormValues } from '../data/form-fields.js';


export type FieldErrors = Partial<Record<FormField, FieldError>>;

export interface ContactFormCheck {
  /** The controls in error; empty when the form may be saved. */
  readonly errors: FieldErrors;
  /** For a valid form only: the attributes of the PUT body (camelCase, empty values left out). */
  readonly attributes?: Readonly<Record<string, string>>;
}

/** The controls that are selects, with the values each offers (on-file values aside). */
export const SELECT_OPTIONS: Readonly<Partial<Record<FormField, readonly string[]>>> = {
  suffix: SUFFIXES,
  relationship: RELATIONSHIPS,
  country: COUNTRIES,
  state: US_STATES,
};

/** Required whatever else the form holds; the address is required with it for next of kin, and the state and ZIP code in the US. */
export const REQUIRED_ALWAYS: readonly FormField[] = ['givenName', 'familyName', 'relationship', 'primaryPhone'];
const US_ONLY: readonly FormField[] = ['state', 'zipCode'];
const ABROAD_ONLY: readonly FormField[] = ['provinceCode', 'postalCode'];
const ADDRESS_FIELDS: readonly FormField[] = FORM_FIELDS.slice(FORM_FIELDS.indexOf('country'));

/**
 * The controls shown for a country: a US address (also while no country is chosen) has a state and
 * ZIP code, one abroad a province and postal code. The other kind's controls are hidden, never
 * cleared, and their values are not sent.
 */
export function fieldsShownFor(country: string | undefined): readonly FormField[] {
  const code = (country ?? '').trim();
  const hidden = code !== '' && code !== 'USA' ? US_ONLY : ABROAD_ONLY;
  return FORM_FIELDS.filter((field) => !hidden.includes(field));
}

/** Lengths in code points: what a person counts as characters. */
export const LENGTHS: Partial<Record<FormField, { readonly min?: number; readonly max: number }>> = {
  givenName: { max: 25 },
  middleName: { max: 30 },
  familyName: { min: 2, max: 35 },
  addressLine1: { max: 30 },
  addressLine2: { max: 30 },
  addressLine3: { max: 30 },
  city: { max: 30 },
  provinceCode: { max: 51 },
  postalCode: { max: 20 },
};

const ZIP_CODE = /^(\d{5})(?:[- ]?(\d{4}))?$/;

/** Attributes on file that the form does not show; a save sends them back unchanged (PUT replaces the whole contact). */
const UNSHOWN_FIELDS = CONTACT_FIELDS.filter(
  (field) => field !== 'contactType' && field !== 'zipPlus4' && !(FORM_FIELDS as readonly string[]).includes(field),
);

/**
 * Checks a contact form and, when it is valid, builds the attributes a save sends.
 * @param contactType the slot being saved, spelled as the service names it (`Primary Next of Kin`).
 * @param values the controls' values as typed; they are trimmed before any check.
 * @param onFile the contact as on file (or a write's own attributes): the attributes the form does
 *   not show (`prefix`) are sent back from it unchanged.
 */
export function validateContactForm(
  contactType: string,
  values: FormValues,
  onFile?: Readonly<Record<string, unknown>>,
): ContactFormCheck {
  const valueOf = (field: FormField) => {
    // Values may come from plain JavaScript (or a request body), where anything may arrive.
    const value: unknown = values[field];
    return typeof value === 'string' ? value.trim() : '';
  };
  const country = valueOf('country');
  const shown = fieldsShownFor(country);
  const role = roleOf(contactType);
  const needsAddress =
    (role !== undefined && groupOf(role) === 'next-of-kin') ||
    ADDRESS_FIELDS.some((field) => shown.includes(field) && valueOf(field) !== '');
  const required = new Set<FormField>(REQUIRED_ALWAYS);
  if (needsAddress) for (const field of ['country', 'addressLine1', 'city'] as const) required.add(field);
  if (country === 'USA') for (const field of US_ONLY) required.add(field);

  const errors: FieldErrors = {};
  const attributes: Record<string, string> = { contactType };
  for (const field of shown) {
    const value = valueOf(field);
    const error = value === '' ? (required.has(field) ? 'required' : undefined) : errorOf(field, value);
    if (error) errors[field] = error;
    else if (value !== '') Object.assign(attributes, attributesOf(field, value));
  }
  if (Object.keys(errors).length > 0) return { errors };
  for (const field of UNSHOWN_FIELDS) {
    const value = onFile?.[field];
    if (typeof value === 'string' && value.trim() !== '') attributes[field] = value.trim();
  }
  return { errors, attributes };
}

/** What is wrong with a non-empty, trimmed value, if anything. */
function errorOf(field: FormField, value: string): FieldError | undefined {
  const length = LENGTHS[field];
  if (length) {
    const count = [...value].length;
    if (count > length.max) return 'too-long';
    if (length.min !== undefined && count < length.min) return 'too-short';
  }
  if (field === 'relationship') return RELATIONSHIPS.includes(value.toUpperCase()) ? undefined : 'invalid';
  const options = SELECT_OPTIONS[field];
  if (options && !options.includes(value)) return 'invalid';
  if ((field === 'primaryPhone' || field === 'alternatePhone') && phoneNumberToSave(value) === null) return 'invalid';
  if (field === 'zipCode' && !ZIP_CODE.test(value)) return 'invalid';
  return undefined;
}

/** A valid value in the form the service stores it. */
function attributesOf(field: FormField, value: string): Record<string, string> {
  switch (field) {
    case 'relationship':
      return { relationship: value.toUpperCase() };
    case 'primaryPhone':
    case 'alternatePhone':
      return { [field]: phoneNumberToSave(value)! };
    case 'zipCode': {
      const [, zipCode, zipPlus4] = ZIP_CODE.exec(value)!;
      return zipPlus4 === undefined ? { zipCode } : { zipCode, zipPlus4 };
    }
    default:
      return { [field]: value };
  }
}

/**
 * The values an editor opens with for a contact on file: ZIP code and ZIP+4 joined, the
 * relationship in the service's spelling when it is one of its list (matched case-insensitively),
 * everything else exactly as on file (an on-file value a select does not offer stays, and is
 * reported on Save).
 */
export function formValuesOf(contact: Contact): FormValues {
  const values: FormValues = {};
  for (const field of FORM_FIELDS) {
    const value = contact[field];
    if (value) values[field] = value;
  }
  if (contact.zipCode && contact.zipPlus4) values.zipCode = `${contact.zipCode}-${contact.zipPlus4}`;
  const relationship = contact.relationship?.toUpperCase();
  if (relationship && RELATIONSHIPS.includes(relationship)) values.relationship = relationship;
  return values;
}

/**
 * The form a save sends a number in: `NNNNNNNNNN`, `NNNNNNNNNNxNNN` (with an extension) or
 * `+DIGITS`. Null unless the value is a number the cards would link: the editor accepts exactly
 * what the page can dial. Read off the link, which already holds the digits in that order (an
 * international number never starts with 1, so `+1` and ten digits is always a US number).
 */
export function phoneNumberToSave(raw: string): string | null {
  const href = parsePhoneNumber(raw)?.href;
  return href ? href.slice('tel:'.length).replace(/^\+1(?=\d{10}(?:,|$))/, '').replace(',', 'x') : null;
}
