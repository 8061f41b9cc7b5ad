import { crc32 } from './crc32.js';

/** Local rules for a flag, evaluated like Flipper's gates. */
export interface FlagRules {
  /** On for everyone. */
  enabled?: boolean;
  /** Actor ids that always get the flag. */
  actors?: string[];
  /** 0–100 (fractions allowed): share of actors that get the flag. */
  percentageOfActors?: number;
}

// Flipper's scale: 100 * 1000 buckets, so fractional percentages such as 0.5 work.
const BUCKETS = 100 * 1000;

/** True when `actor` falls in the first `percentage` % of buckets for `flag` (Flipper-compatible). */
export function isActorInPercentage(flag: string, actor: string, percentage: number): boolean {
  if (typeof percentage !== 'number' || !(percentage > 0 && percentage <= 100)) return false;
  return crc32(flag + actor) % BUCKETS < percentage * 1000;
}

/** Flipper-compatible: boolean gate, actor gate, percentage-of-actors gate. Never throws. */
export function isEnabledByRules(
  flag: string,
  rules: FlagRules | null | undefined,
  actor?: string | null,
): boolean {
  if (!rules || typeof rules !== 'object') return false;
  if (rules.enabled === true) return true;
  // A blank id is no id: otherwise every anonymous visitor would share one bucket.
  if (typeof actor !== 'string' || actor === '') return false;
  if (Array.isArray(rules.actors) && rules.actors.includes(actor)) {
    return true;
  }
  return isActorInPercentage(flag, actor, rules.percentageOfActors as number);
}
