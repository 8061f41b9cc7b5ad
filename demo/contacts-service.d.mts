// Types of contacts-service.mjs, for the TypeScript tests and stories that run the stand-in.

export interface StandInRequest {
  /** Default `GET`. */
  method?: string;
  /** What follows the contacts endpoint: `''` for the list, `/Emergency%20Contact?…` for a slot. */
  path?: string;
  headers?: HeadersInit | Record<string, string | string[] | undefined>;
  /** The raw request body. */
  body?: string;
}

export type StandInAnswer =
  | { status: number; headers: Record<string, string>; body?: unknown; fault?: undefined }
  /** `timeout`: never answer; `network`: drop the connection. */
  | { fault: 'timeout' | 'network' };

export interface ContactsService {
  handle(request?: StandInRequest): StandInAnswer;
}

export interface ContactsServiceOptions {
  /** A JSON:API document of contacts, as `GET /v0/profile/contacts` answers it; copied. */
  document?: unknown;
  /** The editor's `validateContactForm`; without it, reads work and writes answer 503. */
  validate?: (
    contactType: string,
    values: Record<string, string>,
    onFile?: Readonly<Record<string, unknown>>,
  ) => { errors: Readonly<Record<string, string | undefined>>; attributes?: Readonly<Record<string, string>> };
  /** When given, every answer carries it in `X-CSRF-Token` and a write without it gets 403. */
  csrfToken?: string;
  /** Answer snake_case keys even when asked for camelCase. */
  snakeCase?: boolean;
}

/** What `X-Stand-In-Fail` (or `?fail=`) makes a write answer. */
export const FAILURES: readonly string[];

export function createContactsService(options?: ContactsServiceOptions): ContactsService;

/** A `fetch` answered by the service for every URL under `base` (default `/v0/profile/contacts`). */
export function serviceFetch(service: ContactsService, options?: { base?: string }): typeof fetch;
