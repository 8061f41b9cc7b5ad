import type { ParsedContact } from '../data/parse-contacts.js';
import { FORM_FIELDS, formValuesOf, validateContactForm, type FieldErrors, type FormField, type FormValues } from './validation.js';

/**
 * The form as the person has it: every value as typed, kept through any failure until the person
 * cancels or the service confirms, and what is wrong with them.
 */
export class FormDraft {
  readonly #contactType: string;
  readonly #onFile?: ParsedContact;
  readonly #initial: FormValues;
  #values: FormValues;
  #errors: FieldErrors = {};
  #refused: ReadonlySet<FormField> = new Set();

  /** A draft of the contact on file in a slot of `contactType`, or an empty one (Add). */
  constructor(contactType: string, onFile?: ParsedContact) {
    this.#contactType = contactType;
    this.#onFile = onFile;
    this.#values = onFile ? formValuesOf(onFile) : {};
    this.#initial = { ...this.#values };
  }

  get values(): FormValues {
    return this.#values;
  }

  /** What the form's own rules found wrong at the last Save. */
  get errors(): FieldErrors {
    return this.#errors;
  }

  /** Controls the service refused for reasons of its own (a 422 the form could not foresee). */
  get refused(): ReadonlySet<FormField> {
    return this.#refused;
  }

  /** Whether anything typed differs from what the form opened with. */
  get changed(): boolean {
    return FORM_FIELDS.some((field) => (this.#values[field] ?? '') !== (this.#initial[field] ?? ''));
  }

  /** Keeps what `control` holds now: the field it is, or undefined for a control the form does not know. */
  take(control: HTMLInputElement | HTMLSelectElement): FormField | undefined {
    const field = control.name as FormField;
    if (!FORM_FIELDS.includes(field)) return undefined;
    this.#values = { ...this.#values, [field]: control.value };
    return field;
  }

  /** Checks the values before sending: the attributes to send, or undefined with the errors at their fields. */
  check(): Readonly<Record<string, string>> | undefined {
    // The on-file prefix, which the form has no control for, goes back with the rest.
    const check = validateContactForm(this.#contactType, this.#values, { ...this.#onFile });
    this.#errors = check.errors;
    this.#refused = new Set();
    return check.attributes;
  }

  /** The controls in error after `check()`, in form order. */
  get fieldsInError(): FormField[] {
    return FORM_FIELDS.filter((field) => this.#errors[field]);
  }

  /** The service refused `fields`: they show as refused, in place of the form's own errors. */
  refusedBy(fields: readonly FormField[]): void {
    this.#refused = new Set(fields);
    this.#errors = {};
  }
}
