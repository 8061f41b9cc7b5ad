import { rememberCsrfToken } from '../http/csrf-token.js';

export type FlagErrorReason = 'network' | 'http' | 'invalid-response' | 'unknown-flag';

/** Why a flag could not be decided; callers fail closed. Carries no personal data. */
export class FlagError extends Error {
  override name = 'FlagError';

  constructor(
    readonly reason: FlagErrorReason,
    readonly status?: number,
  ) {
    super(`feature toggle ${reason}${status === undefined ? '' : ` ${status}`}`);
  }
}

/** The feature toggles endpoint, where flags are asked unless told otherwise. */
export const TOGGLES_SRC = '/v0/feature_toggles';

export interface ToggleRequest {
  /** The toggles endpoint, e.g. `/v0/feature_toggles`. */
  src: string;
  /** Feature name, snake_case or camelCase. */
  flag: string;
  fetch?: typeof fetch;
  credentials?: RequestCredentials;
}

/** One request on its way out: the flags asked for so far, and the features it will answer with. */
interface Batch {
  readonly flags: Set<string>;
  readonly features: Promise<Map<unknown, unknown>>;
}

/** Batches not sent yet, per src. */
const pending = new Map<string, Batch>();
/** Answers (or answers on their way) per src and flag; a failure removes its entry. */
const answers = new Map<string, Promise<boolean>>();

/**
 * Resolves true/false, or rejects with FlagError. Flags asked for in the same tick for the same
 * src share ONE request; answers are cached per src for the page's life unless `fresh` is set
 * (a kill switch must re-ask the server).
 */
export function fetchToggle(request: ToggleRequest & { fresh?: boolean }): Promise<boolean> {
  const { src, flag } = request;
  const key = JSON.stringify([src, flag]);
  const known = answers.get(key);
  if (known && !request.fresh) return known;

  let batch = pending.get(src);
  if (!batch) {
    const flags = new Set<string>();
    // Sent after the current tick, so that every gate on the page has asked by then.
    const features = Promise.resolve().then(() => {
      pending.delete(src);
      return requestFeatures(src, [...flags], request);
    });
    pending.set(src, (batch = { flags, features }));
  }
  batch.flags.add(flag);
  const answer = batch.features.then((features) => lookUp(features, flag));
  answers.set(key, answer);
  answer.catch(() => answers.get(key) === answer && answers.delete(key));
  return answer;
}

/** Forgets every answer kept for the page (`health-contacts-elements/testing.js`). */
export function clearToggleCache(): void {
  answers.clear();
}

async function requestFeatures(src: string, flags: string[], request: ToggleRequest): Promise<Map<unknown, unknown>> {
  const url = `${src}${src.includes('?') ? '&' : '?'}features=${flags.map(encodeURIComponent).join(',')}`;
  // Resolved per call, never at module load, so the module stays server-safe.
  const fetchImpl = request.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      credentials: request.credentials ?? 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch {
    throw new FlagError('network');
  }
  rememberCsrfToken(response);
  if (!response.ok) throw new FlagError('http', response.status);
  // A body that is not JSON is reported below as an invalid response.
  const body: unknown = await response.json().catch(() => undefined);
  const features = (body as { data?: { features?: unknown } } | null)?.data?.features;
  if (!Array.isArray(features)) throw new FlagError('invalid-response');
  // Entries without a string name get a key no flag name can equal, so they are never found.
  return new Map(features.map((feature) => [feature?.name, feature?.value]));
}

/** The service may list a feature under its snake_case or its camelCase name. */
function lookUp(features: Map<unknown, unknown>, flag: string): boolean {
  const camel = flag.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  const snake = flag.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  for (const name of [flag, camel, snake]) {
    const value = features.get(name);
    if (typeof value === 'boolean') return value;
  }
  throw new FlagError('unknown-flag');
}
