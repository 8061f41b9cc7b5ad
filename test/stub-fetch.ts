/** How a stubbed server answers one request. */
export type Answer = (init: RequestInit) => Response | Promise<Response>;

export interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that answers each call with the next answer (the last one repeats) and records the calls. */
export function stubFetch(...answers: Answer[]) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    return answers[Math.min(calls.length, answers.length) - 1](init);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

/** A real Response: JSON for objects, the string as it is otherwise. */
export const respond =
  (status: number, body: unknown = '', headers: Record<string, string> = {}): Answer =>
  () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });

/**
 * Like `respond`, but an answer whose body is read in promises alone. A real Response's body is
 * read by the browser, which may take longer than a controlled clock lets promises settle
 * (Firefox does): tests on a controlled clock answer with this.
 */
export const respondAtOnce =
  (status: number, body: unknown = '', headers: Record<string, string> = {}): Answer =>
  () =>
    ({
      ok: status >= 200 && status < 300,
      status,
      headers: new Headers(headers),
      text: async () => (typeof body === 'string' ? body : JSON.stringify(body)),
    }) as Response;

/** Never answers, but gives up when the request is aborted, like a stuck server. */
export const stuck: Answer = (init) =>
  new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));

/** An answer held back until `release()` is called; it ignores the abort signal, like a slow host API client. */
export function heldBack(answer: Answer) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  return {
    answer: (async (init) => {
      await released;
      return answer(init);
    }) as Answer,
    release,
  };
}
