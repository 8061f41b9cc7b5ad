import type { Messages } from './messages.js';

/** The production page's wording, for every failure on our side. */
const SOMETHING_WENT_WRONG = "We're sorry. Something went wrong on our end. Refresh this page or try again later.";

/** English, built in: the production page's wording. */
export const en: Messages = {
  roles: {
    'emergency-primary': {
      heading: 'Primary emergency contact',
      description: "The first person we'll contact in an emergency.",
      spoken: 'primary emergency contact',
    },
    'emergency-secondary': {
      heading: 'Secondary emergency contact',
      description: "The person we'll contact if your primary contact isn't available.",
      spoken: 'secondary emergency contact',
    },
    'next-of-kin-primary': {
      heading: 'Primary next of kin',
      description: 'The first person you want to represent your health care wishes.',
      spoken: 'primary next of kin',
    },
    'next-of-kin-secondary': {
      heading: 'Secondary next of kin',
      description: "The person we'll ask if your primary next of kin isn't available.",
      spoken: 'secondary next of kin',
    },
  },
  unknownRole: { heading: 'Contact', spoken: 'contact' },
  call: (who, number) => `Call ${who} at ${number}`,
  callAlternate: (who, number) => `Call ${who} at alternate phone ${number}`,
  edit: 'Edit',
  add: {
    emergency: { first: 'Add emergency contact', secondary: 'Add secondary emergency contact' },
    'next-of-kin': { first: 'Add next of kin', secondary: 'Add secondary next of kin' },
  },
  additionalInfoSummary: 'Learn how to update your personal health care contact information',
  additionalInfoBefore: "If this information isn't correct, ask a staff member at your next appointment or",
  additionalInfoStrong: 'contact your VA health facility',
  findFacility: "Find your health facility's phone number",
  emergencyHeading: 'Medical emergency contacts',
  emergencyDescription: "The people we'll contact in an emergency.",
  emergencyEmpty: 'To add an emergency contact, call your VA health facility.',
  nextOfKinHeading: 'Next of kin contacts',
  nextOfKinDescription: 'The people you want to represent your health care wishes if needed.',
  nextOfKinEmpty: 'To add a next of kin, call your VA health facility.',
  nonPatient: "Our records show that you don't currently receive health care benefits from the VA.",
  nonPatientLink: 'Learn about VA health benefits',
  loading: 'Please wait…',
  contactsLoaded: (emergency, nextOfKin) =>
    `Contacts loaded: ${emergency} emergency ${emergency === 1 ? 'contact' : 'contacts'}, ${nextOfKin} next of kin.`,
  noContacts: 'No contacts on file.',
  errorHeading: "This page isn't available right now.",
  errorBody: {
    server: SOMETHING_WENT_WRONG,
    'invalid-response': SOMETHING_WENT_WRONG,
    internal: SOMETHING_WENT_WRONG,
    network:
      "We're sorry. We couldn't reach our servers. Check your connection, then refresh this page or try again later.",
    timeout:
      "We're sorry. This is taking longer than it should. Refresh this page or try again later.",
    unauthorized: "We're sorry. Your session may have ended. Sign in again to see your contacts.",
    forbidden:
      "We're sorry. We can't show these contacts to you. If you think this is a mistake, call your VA health facility.",
  },
  tryAgain: 'Try again',
};
