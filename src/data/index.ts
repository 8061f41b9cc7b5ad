// The data layer alone, no DOM: `health-contacts-elements/data.js`.
export * from './contact.js';
export * from './parse-contacts.js';
export * from './contacts-error.js';
export * from './contacts-client.js';
export { loadContacts } from './contacts-cache.js';
export * from './phone-number.js';
export { isActorInPercentage, isEnabledByRules, type FlagRules } from '../flags/flag-rules.js';
export { FlagError, fetchToggle, type FlagErrorReason, type ToggleRequest } from '../flags/toggles-client.js';
