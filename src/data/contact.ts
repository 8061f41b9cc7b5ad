/** The four roles a contact can hold, as the profile service's `contactType` names them. */
export type ContactRole =
  | 'emergency-primary'
  | 'emergency-secondary'
  | 'next-of-kin-primary'
  | 'next-of-kin-secondary';

export type ContactGroup = 'emergency' | 'next-of-kin';

/**
 * The one table of contact types: which `contactType` holds which role, and where it is shown.
 * Order matters: a group lists its primary before its secondary.
 */
export const CONTACT_TYPES: ReadonlyArray<{
  readonly contactType: string;
  readonly role: ContactRole;
  readonly group: ContactGroup;
}> = [
  { contactType: 'Emergency Contact', role: 'emergency-primary', group: 'emergency' },
  { contactType: 'Other emergency contact', role: 'emergency-secondary', group: 'emergency' },
  { contactType: 'Primary Next of Kin', role: 'next-of-kin-primary', group: 'next-of-kin' },
  { contactType: 'Other Next of Kin', role: 'next-of-kin-secondary', group: 'next-of-kin' },
];

/** Text fields of a contact, in camelCase, as the service sends them with `X-Key-Inflection: camel`. */
export const CONTACT_FIELDS = [
  'contactType',
  'prefix',
  'givenName',
  'middleName',
  'familyName',
  'suffix',
  'relationship',
  'addressLine1',
  'addressLine2',
  'addressLine3',
  'city',
  'state',
  'zipCode',
  'zipPlus4',
  'postalCode',
  'provinceCode',
  'country',
  'primaryPhone',
  'alternatePhone',
] as const;

export type ContactField = (typeof CONTACT_FIELDS)[number];

/**
 * One contact as parsed. A field that is not on file is absent (never null or blank);
 * every present field is a trimmed, non-empty string.
 */
export type Contact = { readonly [K in ContactField]?: string } & {
  /** The server's id; not unique (the service may use the contact type as id). */
  readonly id?: string;
};

const ROLE_OF_TYPE = new Map(CONTACT_TYPES.map(({ contactType, role }) => [contactType.toLowerCase(), role]));

/** Finds the role for a `contactType`, compared trimmed and case-insensitively. */
export function roleOf(contactType: string | undefined): ContactRole | undefined {
  return contactType === undefined ? undefined : ROLE_OF_TYPE.get(contactType.trim().toLowerCase());
}

/** Where a role is shown, from the same table. */
export function groupOf(role: ContactRole): ContactGroup {
  return CONTACT_TYPES.find((type) => type.role === role)!.group;
}

/** Prefix, given, middle, family and suffix names joined by spaces, skipping the missing ones. */
export function fullName(contact: Contact): string {
  return [contact.prefix, contact.givenName, contact.middleName, contact.familyName, contact.suffix]
    .filter(Boolean)
    .join(' ');
}
