export * from './contact.js';
export * from './parse-contacts.js';
export * from './contacts-error.js';
export * from './contacts-client.js';
export * from './phone-number.js';
export * from './flags/index.js';
export * from './shared-contacts.js';
