export type FlagErrorReason = 'network' | 'http' | 'invalid-response' | 'unknown-flag';

/** Why a flag could not be decided; callers fail closed. Carries no personal data. */
export class FlagError extends Error {
  constructor(
    readonly reason: FlagErrorReason,
    readonly status?: number,
  ) {
    super(status === undefined ? `feature toggle ${reason}` : `feature toggle ${reason} ${status}`);
    this.name = 'FlagError';
  }
}

export interface ToggleRequest {
  /** The toggles endpoint, e.g. `/v0/feature_toggles`. */
  src: string;
  /** Feature name, snake_case or camelCase. */
  flag: string;
  fetch?: typeof fetch;
  credentials?: RequestCredentials;
}

interface Waiter {
  resolve(value: boolean): void;
  reject(error: unknown): void;
}

interface Batch {
  flags: Map<string, { promise: Promise<boolean>; waiter: Waiter }>;
  fetch?: typeof fetch;
  credentials?: RequestCredentials;
}

/** Answers (or answers on their way) per src, then per flag; a failure removes its entry. */
const cache = new Map<string, Map<string, Promise<boolean>>>();
const pending = new Map<string, Batch>();

/**
 * Resolves true/false, or rejects with FlagError. Flags asked for in the same tick for the same
 * src share ONE request; answers are cached per src for the page's life unless `fresh` is set
 * (a kill switch must re-ask the server).
 */
export function fetchToggle(request: ToggleRequest & { fresh?: boolean }): Promise<boolean> {
  const { src, flag } = request;
  const answers = cache.get(src) ?? new Map<string, Promise<boolean>>();
  cache.set(src, answers);
  const known = answers.get(flag);
  if (known && !request.fresh) return known;

  let batch = pending.get(src);
  if (!batch) {
    batch = { flags: new Map(), fetch: request.fetch, credentials: request.credentials };
    pending.set(src, batch);
    queueMicrotask(() => flush(src));
  }
  const queued = batch.flags.get(flag);
  if (queued) return queued.promise;

  let waiter!: Waiter;
  const promise = new Promise<boolean>((resolve, reject) => (waiter = { resolve, reject }));
  batch.flags.set(flag, { promise, waiter });
  answers.set(flag, promise);
  promise.catch(() => {
    if (cache.get(src)?.get(flag) === promise) cache.get(src)!.delete(flag);
  });
  return promise;
}

/** For tests: forget every cached answer. */
export function clearToggleCache(): void {
  cache.clear();
}

async function flush(src: string): Promise<void> {
  const batch = pending.get(src)!;
  pending.delete(src);
  const flags = [...batch.flags.keys()];
  try {
    const features = await requestFeatures(src, flags, batch);
    for (const [flag, { waiter }] of batch.flags) {
      const value = lookUp(features, flag);
      if (value === undefined) waiter.reject(new FlagError('unknown-flag'));
      else waiter.resolve(value);
    }
  } catch (error) {
    for (const { waiter } of batch.flags.values()) waiter.reject(error);
  }
}

async function requestFeatures(src: string, flags: string[], batch: Batch): Promise<Map<string, unknown>> {
  const query = `features=${flags.map(encodeURIComponent).join(',')}`;
  const url = `${src}${src.includes('?') ? '&' : '?'}${query}`;
  let response: Response;
  try {
    // Resolved per call, never at module load, so the module stays server-safe.
    const fetchImpl = batch.fetch ?? globalThis.fetch;
    response = await fetchImpl(url, {
      credentials: batch.credentials ?? 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch {
    throw new FlagError('network');
  }
  if (!response.ok) throw new FlagError('http', response.status);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new FlagError('invalid-response');
  }
  const features = (body as { data?: { features?: unknown } } | null)?.data?.features;
  if (!Array.isArray(features)) throw new FlagError('invalid-response');
  const byName = new Map<string, unknown>();
  for (const feature of features) {
    if (feature && typeof feature === 'object' && typeof feature.name === 'string') {
      byName.set(feature.name, feature.value);
    }
  }
  return byName;
}

/** The service may list a feature under its snake_case or its camelCase name. */
function lookUp(features: Map<string, unknown>, flag: string): boolean | undefined {
  for (const name of [flag, toCamelCase(flag), toSnakeCase(flag)]) {
    const value = features.get(name);
    if (typeof value === 'boolean') return value;
  }
  return undefined;
}

function toCamelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function toSnakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
