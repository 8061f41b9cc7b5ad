import type { ContactRole } from '../data/contact.js';
import type { ContactsErrorKind } from '../data/contacts-error.js';

/** Every event the elements dispatch, with its detail. Details never carry names, phones or addresses. */
export interface HealthContactsEventDetails {
  'contacts-load': { emergency: number; nextOfKin: number; ignored: number };
  'contacts-error': { kind: ContactsErrorKind; status?: number };
  'additional-info-toggle': { open: boolean };
  'tel-click': { role: ContactRole | 'unknown'; phone: 'primary' | 'alternate' };
  /** The person asked to edit a contact (only with `editable`); `id` is the server's id, left out when the contact has none. */
  'contact-edit-request': { id?: string; role: ContactRole | 'unknown' };
  'flag-change': { flag: string; enabled: boolean; source: 'remote' | 'rules' };
  'flag-error': { flag: string; reason: string };
  /** For a VA.gov host's analytics, which turns these into dataLayer entries (silenced by `disable-analytics`). */
  'component-library-analytics': VaAnalyticsInteraction & { version: string };
}

/**
 * What VA.gov's own design-system components report as `component-library-analytics` (besides
 * the package's `version`). The telephone interaction names whose phone it was, never its number.
 */
export type VaAnalyticsInteraction =
  | { componentName: 'va-additional-info'; action: 'expand' | 'collapse'; details: { triggerText: string } }
  | { componentName: 'va-telephone'; action: 'click'; details: HealthContactsEventDetails['tel-click'] };

export type HealthContactsEventName = keyof HealthContactsEventDetails;

declare global {
  interface GlobalEventHandlersEventMap {
    'contacts-load': CustomEvent<HealthContactsEventDetails['contacts-load']>;
    'contacts-error': CustomEvent<HealthContactsEventDetails['contacts-error']>;
    'additional-info-toggle': CustomEvent<HealthContactsEventDetails['additional-info-toggle']>;
    'tel-click': CustomEvent<HealthContactsEventDetails['tel-click']>;
    'contact-edit-request': CustomEvent<HealthContactsEventDetails['contact-edit-request']>;
    'flag-change': CustomEvent<HealthContactsEventDetails['flag-change']>;
    'flag-error': CustomEvent<HealthContactsEventDetails['flag-error']>;
    'component-library-analytics': CustomEvent<HealthContactsEventDetails['component-library-analytics']>;
  }
}

/** Dispatches one of our events: bubbling and composed, so hosts can listen at the document. */
export function emit<K extends HealthContactsEventName>(
  target: EventTarget,
  name: K,
  detail: HealthContactsEventDetails[K],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
