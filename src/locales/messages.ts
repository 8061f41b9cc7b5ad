import type { ContactRole } from '../data/contact.js';
import type { ContactsErrorKind } from '../data/contacts-error.js';

/**
 * Every visible string and spoken label, in one table per language. English is built in; other
 * languages are opt-in modules that register their table (see `registerMessages` in registry.ts).
 */
export interface Messages {
  /**
   * Each role's card heading and description, and `spoken`: the role as it reads inside a
   * sentence ("primary next of kin"), for the phone links' and "Edit" buttons' names.
   */
  roles: Record<ContactRole, { heading: string; description: string; spoken: string }>;
  unknownRole: { heading: string; spoken: string };
  /**
   * A phone link's accessible name: whose number it is, and the number exactly as shown (so that
   * voice-control users can say it and braille displays show it as written).
   */
  call: (who: string, number: string) => string;
  /** The same for the alternate phone. */
  callAlternate: (who: string, number: string) => string;
  /** The "Edit" button's text; screen readers hear it followed by the role ("Edit primary next of kin"). */
  edit: string;
  /** A group's "Add" button, while editing is on: for its first contact, and for its secondary. */
  add: Record<'emergency' | 'next-of-kin', { first: string; secondary: string }>;
  additionalInfoSummary: string;
  additionalInfoBefore: string;
  additionalInfoStrong: string;
  findFacility: string;
  emergencyHeading: string;
  emergencyDescription: string;
  emergencyEmpty: string;
  nextOfKinHeading: string;
  nextOfKinDescription: string;
  nextOfKinEmpty: string;
  nonPatient: string;
  nonPatientLink: string;
  loading: string;
  /**
   * Said politely once the contacts are shown, after "Please wait…": how many of each, never a
   * name. Said instead of `noContacts` when there is at least one.
   */
  contactsLoaded: (emergency: number, nextOfKin: number) => string;
  /** Said politely when the person has no contacts on file. */
  noContacts: string;
  errorHeading: string;
  errorBody: Record<ContactsErrorKind, string>;
  tryAgain: string;
}
