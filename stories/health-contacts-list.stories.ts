import type { ArgTypes, Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// Spanish is opt-in: the module registers its wording; `lang="es"` then picks it.
import '../src/locales/es.js';
import { contactsSrc, type ApiParameters } from './mock-api.js';

interface ListArgs {
  'heading-level'?: number;
  'facility-href'?: string;
  'non-patient'?: boolean;
  editable?: boolean;
  'disable-analytics'?: boolean;
  lang?: string;
  timeout?: number;
  onContactsLoad?: (event: Event) => void;
  onContactsError?: (event: Event) => void;
  onAdditionalInfoToggle?: (event: Event) => void;
  onTelClick?: (event: Event) => void;
  onContactEditRequest?: (event: Event) => void;
  onComponentLibraryAnalytics?: (event: Event) => void;
}

const api = (answers: ApiParameters) => ({ api: answers });

/** Puts a style sheet in front of the story (templates keep no `<style>` of their own). */
const withStyleSheet =
  (cssText: string): Decorator =>
  (story) => {
    const sheet = document.createElement('style');
    sheet.textContent = cssText;
    return html`${sheet}${story()}`;
  };

/** Each story answers from its own URL; the properties are the attributes' twins or set from script. */
const withoutControls: ArgTypes = Object.fromEntries(
  ['src', 'credentials', 'headingLevel', 'facilityHref', 'nonPatient', 'disableAnalytics', 'contacts', 'fetch'].map((name) => [
    name,
    { control: false },
  ]),
);

const meta: Meta<ListArgs> = {
  title: 'Health contacts list',
  component: 'health-contacts-list',
  args: {
    'heading-level': 2,
    'facility-href': 'https://www.va.gov/find-locations/',
    'non-patient': false,
    editable: false,
    'disable-analytics': false,
  },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'facility-href': { control: 'text' },
    'non-patient': { control: 'boolean' },
    editable: { control: 'boolean' },
    'disable-analytics': { control: 'boolean' },
    lang: { control: 'select', options: ['en', 'es'] },
    timeout: { control: 'number' },
    ...withoutControls,
  },
  parameters: api({ contacts: 'full' }),
  render: (args, { id }) => html`<health-contacts-list
    src=${contactsSrc(id)}
    heading-level=${ifDefined(args['heading-level'])}
    facility-href=${ifDefined(args['facility-href'])}
    timeout=${ifDefined(args.timeout)}
    ?non-patient=${args['non-patient']}
    ?editable=${args.editable}
    ?disable-analytics=${args['disable-analytics']}
    lang=${ifDefined(args.lang)}
    @contacts-load=${args.onContactsLoad}
    @contacts-error=${args.onContactsError}
    @additional-info-toggle=${args.onAdditionalInfoToggle}
    @tel-click=${args.onTelClick}
    @contact-edit-request=${args.onContactEditRequest}
    @component-library-analytics=${args.onComponentLibraryAnalytics}
  ></health-contacts-list>`,
};

export default meta;
type Story = StoryObj<ListArgs>;

/** Two emergency contacts and two next of kin, primary first; the power of attorney is not shown. */
export const Loaded: Story = {};

/** The service's default form (snake_case keys, upper-case names) shows the same cards. */
export const SnakeCasePayload: Story = { parameters: api({ contacts: 'snake' }) };

/** Blank and missing fields are left out; a 7-digit phone is text, not a link; an address abroad. */
export const PartialData: Story = { parameters: api({ contacts: 'partial' }) };

/** No contacts on file: each group says how to add one. */
export const NoContacts: Story = { parameters: api({ contacts: 'empty' }) };

export const NoEmergencyContacts: Story = { parameters: api({ contacts: 'next-of-kin-only' }) };

export const NoNextOfKin: Story = { parameters: api({ contacts: 'emergency-only' }) };

/** The service has not answered yet ("Please wait…", announced politely). */
export const Loading: Story = { parameters: api({ contacts: 'pending' }) };

/** 401: the session ended. No "Try again". */
export const Unauthorized: Story = { parameters: api({ contacts: 401 }) };

/** 403: these contacts are not this person's to see. No "Try again". */
export const Forbidden: Story = { parameters: api({ contacts: 403 }) };

/** 500: retried with backoff (about a second), then the error with "Try again". */
export const ServerError: Story = { parameters: api({ contacts: 500 }) };

/** 200 with a body that is not the API's JSON. */
export const InvalidResponse: Story = { parameters: api({ contacts: 'not-json' }) };

/** The network failed: retried with backoff (about a second), then the error with "Try again". */
export const NetworkError: Story = { parameters: api({ contacts: 'network-error' }) };

/** No answer within `timeout` ms (here 1500). */
export const TimedOut: Story = { args: { timeout: 1500 }, parameters: api({ contacts: 'pending' }) };

/** Markup, script and `javascript:` values are shown as text; wrong types and unknown roles are skipped. */
export const HostileData: Story = { parameters: api({ contacts: 'hostile' }) };

/**
 * Spanish: every visible string and spoken label (phone links are named "Llamar a su contacto de
 * emergencia principal al 512-555-0108, ext. 42"). The page imports `health-contacts-elements/locales/es.js` and sets
 * `lang="es"` on the element (or on any ancestor, or the document).
 */
export const Spanish: Story = { args: { lang: 'es' } };

/**
 * `editable`: each card gets an "Edit" button (named "Edit primary emergency contact"…) that only
 * dispatches `contact-edit-request` with `{ id, role }`; the host opens its own editor.
 */
export const Editable: Story = { args: { editable: true } };

/** The person gets no VA health care: a message instead of the contacts, and nothing is fetched. */
export const NonPatient: Story = { args: { 'non-patient': true } };

/** Group headings at h3 (cards at h4), for a page where the section sits under an h2. */
export const HeadingLevel3: Story = { args: { 'heading-level': 3 } };

/** The smallest screen the look must hold up on. */
export const Narrow320px: Story = {
  name: 'Narrow (320 px)',
  decorators: [(story) => html`<div style="width: 320px; outline: 1px solid #a9aeb1">${story()}</div>`],
};

const themeCss = `
.theme-story health-contacts-list {
  --hc-link-color: #0b4778;
  --hc-link-visited-color: #4c2c92;
  --hc-focus-color: #2491ff;
  --hc-border-color: #71767a;
  --hc-card-background: #f0f7fa;
  --hc-muted-color: #565c65;
  --hc-card-padding: 1.25rem;
  --hc-group-heading-size: 1.75rem;
  --hc-card-heading-size: 1.125rem;
}
.theme-story health-contacts-list::part(group-heading) {
  font-family: Georgia, serif;
  border-bottom: 2px solid #0b4778;
}
.theme-story health-contacts-list::part(card) {
  border-radius: 0.5rem;
  margin-bottom: 0.75rem;
}
.theme-story health-contacts-list::part(name) {
  font-weight: 700;
}`;

export const CustomTheme: Story = {
  decorators: [
    (story) => html`<div class="theme-story">${story()}</div>`,
    withStyleSheet(themeCss),
  ],
  parameters: {
    docs: { description: { story: `Restyled by the host through \`--hc-*\` custom properties and \`::part()\`:\n\n\`\`\`css${themeCss}\n\`\`\`` } },
  },
};

/** Slots replace the default wording, e.g. for a page with its own guidance. */
export const CustomWording: Story = {
  parameters: api({ contacts: 'next-of-kin-only' }),
  render: (_args, { id }) => html`<health-contacts-list src=${contactsSrc(id)}>
    <p slot="additional-info">Call the front desk of your clinic to change these contacts.</p>
    <span slot="emergency-empty">You have no emergency contact on file. Your clinic can add one.</span>
  </health-contacts-list>`,
};
