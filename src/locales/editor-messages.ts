import type { FieldError, FormField } from '../data/form-fields.js';

/** Which kind of failure a message is for; network and timeout read as a server failure does. */
export type FailureKind = 'unauthorized' | 'forbidden' | 'conflict' | 'server' | 'validation';

/**
 * The editor's wording, in one table per language like the read-only `Messages`. It ships with
 * the editor module (English) and with the language modules (`locales/es.js`), so read-only pages
 * carry none of it.
 */
export interface EditorMessages {
  /** Each control's label, as the person reads it (the accessible name too). */
  labels: Record<FormField, string>;
  /** After the label of a required control. */
  required: string;
  /** Read before each error, so that a screen reader says what it is. */
  errorPrefix: string;
  /** The empty choice of a select. */
  choose: string;
  /** An on-file value a select does not offer: "Spouse (on file)". */
  onFile: (value: string) => string;
  /** The error for each control: `required`/`invalid` per control, lengths for all. */
  fieldErrors: Partial<Record<FormField, Partial<Record<'required' | 'invalid', string>>>>;
  /** A control the service refused, for a reason the form did not know. */
  checkField: string;
  tooLong: (max: number) => string;
  tooShort: (min: number) => string;
  /** A relationship as shown, from the service's value ("NIECE/NEPHEW"). */
  relationship: (value: string) => string;
  save: string;
  cancel: string;
  /** The "Delete" button, and its accessible name with whose contact it is. */
  delete: string;
  saving: string;
  deleting: string;
  /** Said once a save is confirmed; `movedTo` names the role when the slot rules moved it. */
  saved: (movedTo?: string) => string;
  /** Said once a delete is confirmed: which kind of contact. */
  deleted: (group: string) => string;
  /** The heading of a failure to save, or to delete, and what to do about each kind. */
  failureHeading: string;
  deleteFailureHeading: string;
  failures: Record<FailureKind, string>;
  cancelDialog: { heading: string; body: string; confirm: string; keep: string };
  /** `group` is "emergency contact" or "next of kin"; `who` the name on file; `promoted` who moves up. */
  deleteDialog: {
    heading: (group: string) => string;
    body: (who: string, promoted: string | undefined, role: string) => string;
    confirm: (group: string) => string;
    keep: string;
  };
  /** "emergency contact" / "next of kin", as a sentence names them. */
  groupNames: Record<'emergency' | 'next-of-kin', string>;
}

export type { FieldError };
