/**
 * React components for the three elements, made with @lit/react: properties such as `contacts`,
 * `rules` and `fetch` are set as properties, and each event is an `on…` prop with a typed
 * `event.detail`. Importing this module registers the elements under their default tag names.
 *
 * ```tsx
 * <FlagGate flag="profile_contacts">
 *   <HealthContactsList onContactsLoad={(event) => log(event.detail.emergency)} />
 * </FlagGate>
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import './index.js';
import { ContactCard as ContactCardElement } from './contact-card/contact-card.js';
import { FlagGate as FlagGateElement } from './flag-gate/flag-gate.js';
import { HealthContactsList as HealthContactsListElement } from './health-contacts-list/health-contacts-list.js';
import type { HealthContactsEventDetails, HealthContactsEventName } from './shared/events.js';

// The JSX types for using the tags directly, without these wrappers, come with this module.
export type { ContactCardJSXProps, FlagGateJSXProps, HealthContactsListJSXProps } from './jsx.js';

/** The event's name, typed so that the `on…` prop's handler receives its `CustomEvent`. */
const typed = <K extends HealthContactsEventName>(name: K) =>
  name as EventName<CustomEvent<HealthContactsEventDetails[K]>>;

/** `<health-contacts-list>` as a React component. */
export const HealthContactsList = createComponent({
  react: React,
  tagName: 'health-contacts-list',
  elementClass: HealthContactsListElement,
  displayName: 'HealthContactsList',
  events: {
    onContactsLoad: typed('contacts-load'),
    onContactsError: typed('contacts-error'),
    onAdditionalInfoToggle: typed('additional-info-toggle'),
    onTelClick: typed('tel-click'),
    onContactEditRequest: typed('contact-edit-request'),
    onContactSave: typed('contact-save'),
    onContactDelete: typed('contact-delete'),
    onContactSaveError: typed('contact-save-error'),
    onContactEditCancel: typed('contact-edit-cancel'),
    onComponentLibraryAnalytics: typed('component-library-analytics'),
  },
});

/** `<contact-card>` as a React component. */
export const ContactCard = createComponent({
  react: React,
  tagName: 'contact-card',
  elementClass: ContactCardElement,
  displayName: 'ContactCard',
  events: {
    onTelClick: typed('tel-click'),
    onContactEditRequest: typed('contact-edit-request'),
    onComponentLibraryAnalytics: typed('component-library-analytics'),
  },
});

/** `<flag-gate>` as a React component. */
export const FlagGate = createComponent({
  react: React,
  tagName: 'flag-gate',
  elementClass: FlagGateElement,
  displayName: 'FlagGate',
  events: {
    onFlagChange: typed('flag-change'),
    onFlagError: typed('flag-error'),
  },
});

export type HealthContactsListProps = React.ComponentProps<typeof HealthContactsList>;
export type ContactCardProps = React.ComponentProps<typeof ContactCard>;
export type FlagGateProps = React.ComponentProps<typeof FlagGate>;
