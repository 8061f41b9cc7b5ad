import { FORM_FIELDS, type FormField } from './validation.js';

export type ContactWriteErrorKind =
  /** The service refused values (422): `fields` names the controls, `general` something else. */
  | 'validation'
  /** The slot changed since the page read it (412): created or deleted elsewhere. */
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'server'
  | 'network'
  | 'timeout';

export interface ContactWriteErrorDetails {
  readonly status?: number;
  readonly fields?: readonly FormField[];
  readonly general?: boolean;
}

/**
 * Why a save or a delete failed. Like the read path's errors, it carries codes only: the message
 * names the kind (and status), and a 422 keeps which controls the service named, never its
 * English title or detail (the editor says what is wrong in its own words, in the page's language).
 */
export class ContactWriteError extends Error {
  override name = 'ContactWriteError';
  readonly status?: number;
  /** The controls the service named, in form order (kind `validation`). */
  readonly fields: readonly FormField[];
  /** The service named something the form has no control for, or nothing at all (kind `validation`). */
  readonly general: boolean;

  constructor(
    readonly kind: ContactWriteErrorKind,
    { status, fields = [], general = false }: ContactWriteErrorDetails = {},
  ) {
    super(`contact write failed: ${kind}${status === undefined ? '' : ` (${status})`}`);
    this.status = status;
    this.fields = fields;
    this.general = general;
  }
}

/**
 * Reads a 422 body: `{ errors: [{ source: { pointer: 'data/attributes/given-name' } }] }`, pointers
 * in kebab-, snake- or camelCase, with or without a leading `/`.
 */
export function validationErrorOf(body: string, status = 422): ContactWriteError {
  let errors: unknown;
  try {
    errors = (JSON.parse(body) as { errors?: unknown } | null)?.errors;
  } catch {
    errors = undefined;
  }
  const named = new Set<FormField>();
  let general = !Array.isArray(errors) || errors.length === 0;
  for (const error of Array.isArray(errors) ? errors : []) {
    const field = fieldOfPointer((error as { source?: { pointer?: unknown } } | null)?.source?.pointer);
    if (field) named.add(field);
    else general = true;
  }
  const fields = FORM_FIELDS.filter((field) => named.has(field));
  return new ContactWriteError('validation', { status, fields, general });
}

/** The control a JSON:API pointer names: `/data/attributes/zip_plus4` → `zipCode`; undefined for anything else. */
export function fieldOfPointer(pointer: unknown): FormField | undefined {
  if (typeof pointer !== 'string') return undefined;
  const match = /^\/?data\/attributes\/([A-Za-z][\w-]*)$/.exec(pointer.trim());
  if (!match) return undefined;
  const camel = match[1].replace(/[-_]([a-z0-9])/g, (_, next: string) => next.toUpperCase());
  // ZIP+4 has no control of its own: it is typed in the ZIP code's.
  const name = camel === 'zipPlus4' ? 'zipCode' : camel;
  return (FORM_FIELDS as readonly string[]).includes(name) ? (name as FormField) : undefined;
}
