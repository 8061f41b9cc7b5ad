export { crc32 } from './crc32.js';
export { isActorInPercentage, isEnabledByRules } from './flag-rules.js';
export type { FlagRules } from './flag-rules.js';
export { FlagError, fetchToggle } from './toggles-client.js';
export type { FlagErrorReason, ToggleRequest } from './toggles-client.js';
