// The element classes and the data API, without registering any tag name.
export { ContactCard } from './contact-card/contact-card.js';
export { FlagGate } from './flag-gate/flag-gate.js';
export { HealthContactsList } from './health-contacts-list/health-contacts-list.js';
export { defineElement } from './shared/define-element.js';
export type { HealthContactsEventDetails, HealthContactsEventName, VaAnalyticsInteraction } from './shared/events.js';
export * from './data.js';
export { registerMessages } from './locales/registry.js';
export type { Messages } from './locales/messages.js';
