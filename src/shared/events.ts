import type { ContactRole } from '../data/contact.js';
import type { ContactsErrorKind } from '../data/contacts-error.js';

/** Every event the elements dispatch, with its detail. Details never carry names, phones or addresses. */
export interface HealthContactsEventDetails {
  'contacts-load': { emergency: number; nextOfKin: number; ignored: number };
  'contacts-error': { kind: ContactsErrorKind; status?: number };
  'additional-info-toggle': { open: boolean };
  'tel-click': { role: ContactRole | 'unknown'; phone: 'primary' | 'alternate' };
  /**
   * The person pressed "Edit" (or "Add" for a free slot) while editing is on; `id` is the server's
   * id, left out when there is none (always for Add). Cancelable: a host that calls
   * `preventDefault()` opens its own editor, and the built-in one stays closed.
   */
  'contact-edit-request': { id?: string; role: ContactRole | 'unknown' };
  /** The service confirmed a save; `role` is where the contact is stored now (the slot rules may have moved it). */
  'contact-save': { role: ContactRole; action: 'create' | 'update' };
  /** The service confirmed a delete. */
  'contact-delete': { role: ContactRole };
  /** A save or a delete failed, or the form has errors (`validation`, with the controls in error, never their values). */
  'contact-save-error': {
    role: ContactRole;
    action: 'create' | 'update' | 'delete';
    kind: 'validation' | 'conflict' | 'unauthorized' | 'forbidden' | 'server' | 'network' | 'timeout';
    fields?: string[];
  };
  /** The person closed the editor without saving. */
  'contact-edit-cancel': { role: ContactRole };
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
  | { componentName: 'va-telephone'; action: 'click'; details: HealthContactsEventDetails['tel-click'] }
  /** The editor's buttons ("Edit", "Add…", "Save", "Cancel", "Delete"): the label as shown, never a value. */
  | { componentName: 'va-button'; action: 'click'; details: { type: 'primary' | 'secondary'; label: string } }
  /** The editor's dialogs ("Cancel changes?", "Delete this … contact?"), shown and answered. */
  | {
      componentName: 'va-modal';
      action: 'show';
      details: { title: string; status: 'warning'; primaryButtonText: string; secondaryButtonText: string };
    }
  | { componentName: 'va-modal'; action: 'click'; details: { title: string; status: 'warning'; clickLabel: string } }
  /** A save or a delete that failed: the message's heading as shown, and why, never a value. */
  | { componentName: 'va-alert'; action: 'show'; details: { status: 'error'; headline: string; kind: string } };

export type HealthContactsEventName = keyof HealthContactsEventDetails;

declare global {
  interface GlobalEventHandlersEventMap {
    'contacts-load': CustomEvent<HealthContactsEventDetails['contacts-load']>;
    'contacts-error': CustomEvent<HealthContactsEventDetails['contacts-error']>;
    'additional-info-toggle': CustomEvent<HealthContactsEventDetails['additional-info-toggle']>;
    'tel-click': CustomEvent<HealthContactsEventDetails['tel-click']>;
    'contact-edit-request': CustomEvent<HealthContactsEventDetails['contact-edit-request']>;
    'contact-save': CustomEvent<HealthContactsEventDetails['contact-save']>;
    'contact-delete': CustomEvent<HealthContactsEventDetails['contact-delete']>;
    'contact-save-error': CustomEvent<HealthContactsEventDetails['contact-save-error']>;
    'contact-edit-cancel': CustomEvent<HealthContactsEventDetails['contact-edit-cancel']>;
    'flag-change': CustomEvent<HealthContactsEventDetails['flag-change']>;
    'flag-error': CustomEvent<HealthContactsEventDetails['flag-error']>;
    'component-library-analytics': CustomEvent<HealthContactsEventDetails['component-library-analytics']>;
  }
}

/**
 * Dispatches one of our events: bubbling and composed, so hosts can listen at the document.
 * Returns false when a listener cancelled a `cancelable` one.
 */
export function emit<K extends HealthContactsEventName>(
  target: EventTarget,
  name: K,
  detail: HealthContactsEventDetails[K],
  cancelable?: boolean,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
