import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Screen readers announce what changes in a live region they already know of, not the text a
 * region is created with; this long between writes lets them take in the region, and then
 * each message in turn.
 */
const PAUSE_MS = 100;

/**
 * Says its host's status politely: after each update it asks `message()` what to say now and,
 * when that changed, writes it into the host's `role="status"` region, which the host renders
 * empty. Writing here rather than through the template costs no render, and every message
 * waits its turn, so that each is announced once and in order.
 */
export class StatusAnnouncer implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  readonly #message: () => string;
  #said = '';
  #queue: string[] = [];
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, message: () => string) {
    (this.#host = host).addController(this);
    this.#message = message;
  }

  hostUpdated(): void {
    const message = this.#message();
    if (message === this.#said) return;
    this.#said = message;
    this.#queue.push(message);
    this.#timer ??= setTimeout(this.#writeNext, PAUSE_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#queue = [];
    this.#said = this.#region()?.textContent ?? '';
  }

  readonly #writeNext = () => {
    const message = this.#queue.shift()!;
    const region = this.#region();
    if (region) region.textContent = message;
    this.#timer = this.#queue.length ? setTimeout(this.#writeNext, PAUSE_MS) : undefined;
  };

  #region(): Element | null {
    return this.#host.renderRoot.querySelector('[role="status"]');
  }
}
