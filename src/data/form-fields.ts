import type { ContactField } from './contact.js';

/*
 * The contact's fields a person edits, as the editor's form, its rules (`editing/validation.ts`),
 * its wording (`locales/editor-*.ts`) and the service's errors name them. No DOM; in the CDN build
 * it ships with the editor's module.
 */

/** The editor's controls in form order; each control's `name` is the contact attribute it edits. */
export const FORM_FIELDS = [
  'givenName',
  'middleName',
  'familyName',
  'suffix',
  'relationship',
  'primaryPhone',
  'alternatePhone',
  'country',
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'city',
  'state',
  'zipCode',
  'provinceCode',
  'postalCode',
] as const satisfies readonly ContactField[];

export type FormField = (typeof FORM_FIELDS)[number];

/** What the controls hold, as typed (untrimmed); a control left empty may be absent. */
export type FormValues = Partial<Record<FormField, string>>;

export type FieldError = 'required' | 'too-short' | 'too-long' | 'invalid';
