import {
  CONTACT_FIELDS,
  CONTACT_TYPES,
  roleOf,
  type Contact,
  type ContactGroup,
  type ContactRole,
} from './contact.js';
import { ContactsError } from './contacts-error.js';

/** A contact as parsed, with the role its `contactType` gives it. */
export interface ParsedContact extends Contact {
  readonly role: ContactRole;
}

/** The contacts to show, each group primary first; `ignored` counts the items left out. */
export interface ContactGroups {
  emergency: ParsedContact[];
  nextOfKin: ParsedContact[];
  ignored: number;
}

/** Each field's camelCase key with its snake_case twin, the service's default inflection. */
const FIELD_KEYS = CONTACT_FIELDS.map(
  (camel) => [camel, camel.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)] as const,
);

const ROLES: ReadonlySet<unknown> = new Set(CONTACT_TYPES.map((type) => type.role));
const isRole = (value: unknown): value is ContactRole => ROLES.has(value);

/**
 * Parses the JSON:API document of `GET /v0/profile/contacts` (camelCase or snake_case keys).
 * Items and fields that are unusable are skipped, never thrown on.
 * @throws {ContactsError} `invalid-response` when the document is not an object or `data` is not an array.
 */
export function parseContactsDocument(document: unknown): ContactGroups {
  if (!isRecord(document) || !Array.isArray(document.data)) {
    throw new ContactsError('invalid-response');
  }
  return groupBy(document.data, (item) =>
    isRecord(item) && isRecord(item.attributes)
      ? withRole(fieldsOf(item.attributes, item.id))
      : undefined,
  );
}

/**
 * Normalises and groups contacts given by a host (objects shaped like `ParsedContact`).
 * A contact whose `contactType` is missing or unknown may name its `role` instead.
 */
export function groupContacts(items: readonly unknown[]): ContactGroups {
  // Hosts set `.contacts` from plain JavaScript too, where anything may arrive.
  const list: readonly unknown[] = Array.isArray(items) ? items : [];
  return groupBy(list, (item) =>
    isRecord(item) ? withRole(fieldsOf(item, item.id), isRole(item.role) ? item.role : undefined) : undefined,
  );
}

/**
 * Normalises one contact's fields (camelCase or snake_case keys) whatever its type: only
 * trimmed, non-empty strings are kept. Undefined when the value is not an object.
 */
export function normalizeContact(value: unknown): Contact | undefined {
  return isRecord(value) ? fieldsOf(value, value.id) : undefined;
}

function groupBy(
  items: readonly unknown[],
  parse: (item: unknown) => ParsedContact | undefined,
): ContactGroups {
  // One pass, each contact into its role's list; the server's order is kept within a role.
  const byRole = new Map<ContactRole, ParsedContact[]>(CONTACT_TYPES.map(({ role }) => [role, []]));
  let ignored = 0;
  for (const item of items) {
    const contact = parse(item);
    if (contact) byRole.get(contact.role)!.push(contact);
    else ignored += 1;
  }
  // CONTACT_TYPES lists each primary before its secondary.
  const groupOfType = (group: ContactGroup) =>
    CONTACT_TYPES.filter((type) => type.group === group).flatMap(({ role }) => byRole.get(role)!);
  return { emergency: groupOfType('emergency'), nextOfKin: groupOfType('next-of-kin'), ignored };
}

function fieldsOf(attributes: Record<string, unknown>, id: unknown): Contact {
  const fields: Record<string, string> = {};
  if (typeof id === 'string') fields.id = id;
  for (const [camel, snake] of FIELD_KEYS) {
    const text = textOf(attributes[camel]) ?? textOf(attributes[snake]);
    if (text !== undefined) fields[camel] = text;
  }
  return fields;
}

function withRole(contact: Contact, fallbackRole?: ContactRole): ParsedContact | undefined {
  const role = roleOf(contact.contactType) ?? fallbackRole;
  return role ? { ...contact, role } : undefined;
}

/** A trimmed, non-empty string, or undefined for anything that means "not on file". */
function textOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
