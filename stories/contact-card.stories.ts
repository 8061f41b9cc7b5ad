import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fixtures } from './mock-api.js';

/** One control per attribute, named as in HTML. */
interface CardArgs {
  'contact-type'?: string;
  prefix?: string;
  'given-name'?: string;
  'middle-name'?: string;
  'family-name'?: string;
  suffix?: string;
  relationship?: string;
  'address-line1'?: string;
  'address-line2'?: string;
  'address-line3'?: string;
  city?: string;
  state?: string;
  'zip-code'?: string;
  'zip-plus4'?: string;
  'postal-code'?: string;
  'province-code'?: string;
  country?: string;
  'primary-phone'?: string;
  'alternate-phone'?: string;
  'heading-level'?: number;
  editable?: boolean;
  'disable-analytics'?: boolean;
  contact?: Record<string, string>;
  onTelClick?: (event: Event) => void;
  onContactEditRequest?: (event: Event) => void;
  onComponentLibraryAnalytics?: (event: Event) => void;
}

type FixtureItem = { attributes?: unknown } | string | null;

/** A fixture contact's attributes as the card's attributes (camelCase → kebab-case, text only). */
function attributesOf(items: readonly FixtureItem[], contactType: string): CardArgs {
  const item = items.find(
    (entry) => typeof entry === 'object' && (entry?.attributes as { contactType?: unknown })?.contactType === contactType,
  ) as { attributes: Record<string, unknown> };
  return Object.fromEntries(
    Object.entries(item.attributes)
      .filter(([, value]) => typeof value === 'string')
      .map(([name, value]) => [name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), value]),
  );
}

const full = fixtures.contactsFull.data;
const partial = fixtures.contactsPartial.data;

const textControls = Object.fromEntries(
  [
    'contact-type', 'prefix', 'given-name', 'middle-name', 'family-name', 'suffix', 'relationship',
    'address-line1', 'address-line2', 'address-line3', 'city', 'state', 'zip-code', 'zip-plus4',
    'postal-code', 'province-code', 'country', 'primary-phone', 'alternate-phone',
  ].map((name) => [name, { control: 'text' as const }]),
);

/** The property twins of `heading-level` and `disable-analytics`: the attributes have the controls. */
const propertyTwins: ArgTypes = { headingLevel: { control: false }, disableAnalytics: { control: false } };

const meta: Meta<CardArgs> = {
  title: 'Contact card',
  component: 'contact-card',
  args: { 'heading-level': 3, editable: false, 'disable-analytics': false },
  argTypes: {
    ...textControls,
    'contact-type': {
      control: 'select',
      options: ['Emergency Contact', 'Other emergency contact', 'Primary Next of Kin', 'Other Next of Kin'],
    },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    editable: { control: 'boolean' },
    'disable-analytics': { control: 'boolean' },
    ...propertyTwins,
    contact: { control: 'object' },
  },
  render: (args) => html`<contact-card
    .contact=${args.contact}
    heading-level=${ifDefined(args['heading-level'])}
    ?editable=${args.editable}
    ?disable-analytics=${args['disable-analytics']}
    contact-type=${ifDefined(args['contact-type'])}
    prefix=${ifDefined(args.prefix)}
    given-name=${ifDefined(args['given-name'])}
    middle-name=${ifDefined(args['middle-name'])}
    family-name=${ifDefined(args['family-name'])}
    suffix=${ifDefined(args.suffix)}
    relationship=${ifDefined(args.relationship)}
    address-line1=${ifDefined(args['address-line1'])}
    address-line2=${ifDefined(args['address-line2'])}
    address-line3=${ifDefined(args['address-line3'])}
    city=${ifDefined(args.city)}
    state=${ifDefined(args.state)}
    zip-code=${ifDefined(args['zip-code'])}
    zip-plus4=${ifDefined(args['zip-plus4'])}
    postal-code=${ifDefined(args['postal-code'])}
    province-code=${ifDefined(args['province-code'])}
    country=${ifDefined(args.country)}
    primary-phone=${ifDefined(args['primary-phone'])}
    alternate-phone=${ifDefined(args['alternate-phone'])}
    @tel-click=${args.onTelClick}
    @contact-edit-request=${args.onContactEditRequest}
    @component-library-analytics=${args.onComponentLibraryAnalytics}
  ></contact-card>`,
};

export default meta;
type Story = StoryObj<CardArgs>;

/** A phone with an extension (dialled after a pause) and an international alternate phone. */
export const PrimaryEmergencyContact: Story = { args: attributesOf(full, 'Emergency Contact') };

export const SecondaryEmergencyContact: Story = { args: attributesOf(full, 'Other emergency contact') };

/** Next of kin show their address: street lines, then city, state and ZIP+4 on one line. */
export const PrimaryNextOfKin: Story = { args: attributesOf(full, 'Primary Next of Kin') };

export const SecondaryNextOfKin: Story = { args: attributesOf(full, 'Other Next of Kin') };

/** Static HTML, no script: a handful of attributes is enough. */
export const FromAttributesOnly: Story = {
  args: {
    'contact-type': 'Emergency Contact',
    'given-name': 'Jordan',
    'family-name': 'Ellis',
    relationship: 'Neighbor',
    'primary-phone': '202-555-0143 x7',
  },
};

/** The `.contact` property (a parsed contact) wins over the attributes. */
export const FromContactProperty: Story = {
  args: {
    contact: {
      contactType: 'Other Next of Kin',
      givenName: 'Priya',
      familyName: 'Nair',
      relationship: 'Daughter',
      addressLine1: '300 Lakeshore Blvd',
      city: 'Chicago',
      state: 'IL',
      zipCode: '60601',
      primaryPhone: '312.555.0166',
    },
  },
};

/** An address abroad: postal code, and the country on its own line; an international phone link. */
export const AddressAbroad: Story = { args: attributesOf(partial, 'Primary Next of Kin') };

/** Blank, whitespace-only and missing fields are left out: no empty labels. */
export const MissingFields: Story = { args: attributesOf(partial, 'Emergency Contact') };

/** Values that are not phone numbers are shown as text, never as a link. */
export const InvalidPhone: Story = {
  args: {
    'contact-type': 'Emergency Contact',
    'given-name': 'Casey',
    'family-name': 'Morgan',
    'primary-phone': 'javascript:alert(1)//5125550108',
    'alternate-phone': 'CALL-ME-NOW',
  },
};

/**
 * `editable`: an "Edit" button (named "Edit primary next of kin") that only dispatches
 * `contact-edit-request` with `{ id, role }` (`id` from `.contact.id`) for the host to handle.
 */
export const Editable: Story = {
  args: {
    editable: true,
    contact: {
      id: 'f1d6a0c2-5b0e-4a52-9f1e-2f0d7b7c9a11',
      contactType: 'Primary Next of Kin',
      givenName: 'Alma',
      familyName: 'Reyes',
      relationship: 'Spouse',
      addressLine1: '1221 Maple Grove Rd',
      city: 'Sacramento',
      state: 'CA',
      zipCode: '95814',
      primaryPhone: '(916) 555-0142',
    },
  },
};
