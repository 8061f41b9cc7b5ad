// The stand-in contacts service: the contacts of one JSON:API document kept in memory, read and
// written as the package's write contract says the real service will be. No DOM and no
// dependencies: the demo server runs it in Node, tests and stories run it in the browser (through
// `serviceFetch`). Writes are checked with the editor's own validation, handed in as `validate`,
// so the stand-in and the form can never disagree.

/** Each primary slot with its secondary: a secondary saved while its primary is empty becomes the primary. */
const SECONDARY_OF = new Map([
  ['Emergency Contact', 'Other emergency contact'],
  ['Primary Next of Kin', 'Other Next of Kin'],
]);
const PRIMARY_OF = new Map([...SECONDARY_OF].map(([primary, secondary]) => [secondary, primary]));
const SLOTS = [...SECONDARY_OF].flat();

/** What `X-Stand-In-Fail` (or `?fail=`) makes a write answer, for trying the editor's failures. */
export const FAILURES = ['500', '503', '401', '403', '412', '422', 'timeout', 'network'];

const toSnakeCase = (key) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const toCamelCase = (key) => key.replace(/[-_]([a-z0-9])/g, (_, next) => next.toUpperCase());
const toKebabCase = (key) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const withKeys = (record, rename) => Object.fromEntries(Object.entries(record).map(([key, value]) => [rename(key), value]));

/** A JSON:API error in the service's shape: its own English title and detail, a kebab-case pointer. */
function apiError(status, title, pointer) {
  return {
    title,
    detail: pointer ? `${pointer.split('/').pop()} - ${title.toLowerCase()}` : title,
    code: String(status === 422 ? 100 : status),
    ...(pointer ? { source: { pointer } } : {}),
    status: String(status),
  };
}

const PHRASES = { required: "can't be blank", 'too-short': 'is too short', 'too-long': 'is too long', invalid: 'is invalid' };

function validationError(field, error) {
  const words = toKebabCase(field).replace(/-/g, ' ');
  const title = `${words.charAt(0).toUpperCase()}${words.slice(1)} ${PHRASES[error] ?? PHRASES.invalid}`;
  return apiError(422, title, `data/attributes/${toKebabCase(field)}`);
}

const answer = (status, body, headers = {}) => ({ status, headers, body });
const errors = (status, ...list) => answer(status, { errors: list });

/** The answers `X-Stand-In-Fail` gives. */
const INJECTED = {
  500: () => errors(500, apiError(500, 'Internal server error')),
  503: () => errors(503, apiError(503, 'Service unavailable')),
  401: () => errors(401, apiError(401, 'Not authorized')),
  403: () => errors(403, apiError(403, 'Forbidden')),
  412: () => errors(412, apiError(412, 'Precondition failed')),
  422: () => errors(422, validationError('givenName', 'too-long'), validationError('primaryPhone', 'invalid')),
  timeout: () => ({ fault: 'timeout' }),
  network: () => ({ fault: 'network' }),
};

/** Header lookups by lower-case name, from a plain object (Node's, or a fetch's init) or a `Headers`. */
function headersOf(headers) {
  const byName = new Map();
  if (headers && typeof headers.forEach === 'function' && !Array.isArray(headers)) {
    headers.forEach((value, name) => byName.set(name.toLowerCase(), String(value)));
  } else {
    for (const [name, value] of Array.isArray(headers) ? headers : Object.entries(headers ?? {})) {
      if (value !== undefined) byName.set(name.toLowerCase(), String(value));
    }
  }
  return byName;
}

/**
 * A service holding `document`'s contacts. `handle({ method, path, headers, body })` answers a
 * request under the contacts endpoint (`path` is what follows it: `''` for the list,
 * `/Emergency%20Contact?…` for a slot) with `{ status, headers, body }`, or `{ fault: 'timeout' }`
 * (never answer) or `{ fault: 'network' }` (drop the connection).
 * - `validate`: the editor's `validateContactForm`; without it, reads work and writes answer 503.
 * - `csrfToken`: when given, every answer carries it in `X-CSRF-Token` and a write without it gets 403.
 * - `snakeCase`: answer snake_case keys even when asked for camelCase (the service's default form).
 */
export function createContactsService({ document = { data: [] }, validate, csrfToken, snakeCase = false } = {}) {
  const { data = [], ...rest } = JSON.parse(JSON.stringify(document));
  // Kept in camelCase; each answer is inflected as its request asks.
  let items = (Array.isArray(data) ? data : []).map((item) =>
    isRecord(item) && isRecord(item.attributes) ? { ...item, attributes: withKeys(item.attributes, toCamelCase) } : item,
  );

  const slotOf = (item) => {
    const type = isRecord(item) && isRecord(item.attributes) ? item.attributes.contactType : undefined;
    return typeof type === 'string' ? SLOTS.find((slot) => slot.toLowerCase() === type.trim().toLowerCase()) : undefined;
  };
  const isFilled = (slot) => items.some((item) => slotOf(item) === slot);

  function inflect(item, headers) {
    const camel = !snakeCase && headers.get('x-key-inflection')?.toLowerCase() === 'camel';
    return camel || !isRecord(item) || !isRecord(item.attributes) ? item : { ...item, attributes: withKeys(item.attributes, toSnakeCase) };
  }

  function put(slot, headers, body) {
    if (headers.get('if-none-match') === '*' && isFilled(slot)) return errors(412, apiError(412, 'This contact already exists'));
    if (headers.get('if-match') === '*' && !isFilled(slot)) return errors(412, apiError(412, 'There is no such contact'));
    if (!headers.has('if-none-match') && !headers.has('if-match')) return errors(428, apiError(428, 'Precondition required'));
    let data;
    try {
      data = JSON.parse(body ?? '')?.data;
    } catch {
      data = undefined;
    }
    if (!isRecord(data) || !isRecord(data.attributes)) return errors(400, apiError(400, 'The body is not a JSON:API contact'));
    const attributes = withKeys(data.attributes, toCamelCase);
    const problems = [];
    if (data.id !== undefined && data.id !== slot) problems.push(apiError(422, 'Id does not match the contact type', 'data/id'));
    if (attributes.contactType !== undefined && attributes.contactType !== slot) problems.push(validationError('contactType', 'invalid'));
    const values = {};
    const mistyped = new Set();
    for (const [key, value] of Object.entries(attributes)) {
      if (typeof value === 'string') values[key] = value;
      else if (value !== null && key !== 'contactType') mistyped.add(key);
    }
    if (typeof values.zipCode === 'string' && typeof values.zipPlus4 === 'string') values.zipCode += `-${values.zipPlus4}`;
    // The attributes the form does not show (prefix) come from the body itself.
    const checked = validate(slot, values, values);
    for (const field of mistyped) problems.push(validationError(field, 'invalid'));
    for (const [field, error] of Object.entries(checked.errors)) {
      if (!mistyped.has(field)) problems.push(validationError(field, error));
    }
    if (problems.length > 0 || !checked.attributes) return errors(422, ...problems);
    return answer(200, { data: store(slot, checked.attributes) });
  }

  /** Stores a valid contact in its slot, or in the primary's when that is empty; returns the item stored. */
  function store(slot, attributes) {
    const primary = PRIMARY_OF.get(slot);
    const target = primary && !isFilled(primary) ? primary : slot;
    const item = { id: target, type: 'contact', attributes: { ...attributes, contactType: target } };
    const at = items.findIndex((each) => slotOf(each) === slot || slotOf(each) === target);
    items = items.filter((each) => slotOf(each) !== slot && slotOf(each) !== target);
    items.splice(at < 0 ? items.length : at, 0, item);
    return item;
  }

  function remove(slot) {
    if (!isFilled(slot)) return errors(404, apiError(404, 'There is no such contact'));
    items = items.filter((item) => slotOf(item) !== slot);
    const secondary = SECONDARY_OF.get(slot);
    items = items.map((item) =>
      secondary && slotOf(item) === secondary
        ? { ...item, id: slot, attributes: { ...item.attributes, contactType: slot } }
        : item,
    );
    return answer(204);
  }

  function respond(request) {
    const { method = 'GET', path = '', body } = request;
    const headers = headersOf(request.headers);
    const url = new URL(path.startsWith('/') ? path : `/${path}`, 'http://stand-in');
    const segments = url.pathname.split('/').filter(Boolean);
    if (segments.length === 0) {
      if (method === 'GET' || method === 'HEAD') return answer(200, { ...rest, data: items.map((item) => inflect(item, headers)) });
      return answer(405, { errors: [apiError(405, 'Method not allowed')] }, { Allow: 'GET, HEAD' });
    }
    let slot;
    try {
      slot = segments.length === 1 ? decodeURIComponent(segments[0]) : undefined;
    } catch {
      slot = undefined;
    }
    if (!SLOTS.includes(slot)) return errors(404, apiError(404, 'There is no such contact type'));
    if (method !== 'PUT' && method !== 'DELETE') return answer(405, { errors: [apiError(405, 'Method not allowed')] }, { Allow: 'PUT, DELETE' });
    const fail = headers.get('x-stand-in-fail') ?? url.searchParams.get('fail');
    if (fail && Object.hasOwn(INJECTED, fail)) return INJECTED[fail]();
    if (csrfToken && headers.get('x-csrf-token') !== csrfToken) return errors(403, apiError(403, 'Invalid authenticity token'));
    if (typeof validate !== 'function') return errors(503, apiError(503, 'The stand-in has no validation to check writes with'));
    if (method === 'DELETE') return remove(slot);
    const stored = put(slot, headers, body);
    return stored.status === 200 ? { ...stored, body: { data: inflect(stored.body.data, headers) } } : stored;
  }

  return {
    handle(request = {}) {
      const result = respond({ ...request, method: String(request.method ?? 'GET').toUpperCase() });
      if (result.fault) return result;
      // A copy: nothing a caller does to an answer reaches the contacts kept here.
      const body = result.body === undefined ? undefined : JSON.parse(JSON.stringify(result.body));
      return { ...result, body, headers: csrfToken ? { ...result.headers, 'X-CSRF-Token': csrfToken } : result.headers };
    },
  };
}

/**
 * A `fetch` answered by the service for every URL under `base`, as a browser would get it: a
 * `fault` becomes a request that never answers (until aborted) or a network failure.
 */
export function serviceFetch(service, { base = '/v0/profile/contacts' } = {}) {
  return async (input, init = {}) => {
    const signal = init.signal;
    const method = String(init.method ?? 'GET').toUpperCase();
    if (signal?.aborted) throw signal.reason;
    const url = new URL(String(input instanceof URL ? input : (input?.url ?? input)), 'http://stand-in');
    if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return new Response(null, { status: 404 });
    const result = service.handle({
      method,
      path: `${url.pathname.slice(base.length)}${url.search}`,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
    });
    if (result.fault === 'network') throw new TypeError('Failed to fetch');
    if (result.fault === 'timeout') {
      return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
    }
    const hasBody = result.body !== undefined && method !== 'HEAD';
    return new Response(hasBody ? JSON.stringify(result.body) : null, {
      status: result.status,
      headers: { ...(hasBody ? { 'Content-Type': 'application/json; charset=utf-8' } : {}), ...result.headers },
    });
  };
}
