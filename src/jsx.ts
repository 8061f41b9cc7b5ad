/**
 * Types for writing the tags themselves in React 19's JSX, without the wrappers: React sets a
 * prop as a property when the element has one (`contacts`, `rules`, `fetch`, `headingLevel`),
 * as an attribute otherwise (`heading-level`), and listens for `on<event-name>` props
 * (`oncontacts-load`). Register the elements before React renders them, or object props
 * arrive as attributes. Comes with `health-contacts-elements/react.js`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ContactField } from './data/contact.js';
import type { ContactCard } from './contact-card/contact-card.js';
import type { FlagGate } from './flag-gate/flag-gate.js';
import type { HealthContactsList } from './health-contacts-list/health-contacts-list.js';
import type { HealthContactsEventDetails, HealthContactsEventName } from './shared/events.js';

/** `addressLine1` → `address-line1`, as the attributes are named. */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/** React's own props for an element (`key`, `ref`, `id`, `slot`, `className`, `children`…). */
type ElementBase<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E>;

/** One `on<event-name>` prop per event, whose handler receives the typed `CustomEvent`. */
type EventProps<K extends HealthContactsEventName> = {
  [N in K as `on${N}`]?: (event: CustomEvent<HealthContactsEventDetails[N]>) => void;
};

/** `<health-contacts-list>` in JSX. */
export type HealthContactsListJSXProps = ElementBase<HealthContactsList> &
  Partial<
    Pick<
      HealthContactsList,
      | 'src'
      | 'credentials'
      | 'timeout'
      | 'headingLevel'
      | 'facilityHref'
      | 'nonPatient'
      | 'editable'
      | 'editFlag'
      | 'csrfToken'
      | 'disableAnalytics'
      | 'contacts'
      | 'fetch'
    >
  > & {
    'heading-level'?: number | string;
    'facility-href'?: string;
    'non-patient'?: boolean;
    'edit-flag'?: string;
    'disable-analytics'?: boolean;
  } & EventProps<
    | 'contacts-load'
    | 'contacts-error'
    | 'additional-info-toggle'
    | 'tel-click'
    | 'contact-edit-request'
    | 'contact-save'
    | 'contact-delete'
    | 'contact-save-error'
    | 'contact-edit-cancel'
    | 'component-library-analytics'
  >;

/** `<contact-card>` in JSX: `contact` as a property, or one kebab-case attribute per field. */
export type ContactCardJSXProps = ElementBase<ContactCard> &
  Partial<Pick<ContactCard, 'contact' | 'headingLevel' | 'editable' | 'disableAnalytics'>> & {
    'heading-level'?: number | string;
    'disable-analytics'?: boolean;
  } & { [F in ContactField as Kebab<F>]?: string } & EventProps<'tel-click' | 'contact-edit-request' | 'component-library-analytics'>;

/** `<flag-gate>` in JSX. */
export type FlagGateJSXProps = ElementBase<FlagGate> &
  Partial<Pick<FlagGate, 'flag' | 'src' | 'credentials' | 'actor' | 'rules' | 'fetch'>> &
  EventProps<'flag-change' | 'flag-error'>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares its JSX types in this namespace.
  namespace JSX {
    interface IntrinsicElements {
      'health-contacts-list': HealthContactsListJSXProps;
      'contact-card': ContactCardJSXProps;
      'flag-gate': FlagGateJSXProps;
    }
  }
}
