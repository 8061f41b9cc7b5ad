// The data layer alone, no DOM: `health-contacts-elements/data.js`.
export * from './data/contact.js';
export * from './data/parse-contacts.js';
export * from './data/contacts-error.js';
export * from './data/contacts-client.js';
export { loadContacts } from './data/contacts-cache.js';
export * from './data/phone-number.js';
export { isActorInPercentage, isEnabledByRules, type FlagRules } from './flags/flag-rules.js';
export { FlagError, fetchToggle, type FlagErrorReason, type ToggleRequest } from './flags/toggles-client.js';
