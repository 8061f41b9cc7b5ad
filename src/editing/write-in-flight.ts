import type { FailureKind } from '../locales/editor-messages.js';
import type { HealthContactsEventDetails } from '../shared/events.js';
import { ContactWriteError, type ContactWriteErrorKind } from './contact-write-error.js';
import type { FormField } from './validation.js';

export type WriteAction = HealthContactsEventDetails['contact-save-error']['action'];

/** A failed save or delete, as the form shows it until the next try. */
export interface Failure {
  readonly kind: FailureKind;
  readonly deleting: boolean;
}

/** What a failed write tells the form and the host. */
export interface FailedWrite {
  /** As `contact-save-error` says it. */
  readonly kind: ContactWriteErrorKind;
  /** The controls the service refused (a 422 the form could not foresee). */
  readonly fields: readonly FormField[];
  /** The message above the form; none when the service named only controls the form has. */
  readonly failure?: Failure;
}

export function failedWrite(error: unknown, action: WriteAction): FailedWrite {
  const deleting = action === 'delete';
  if (!(error instanceof ContactWriteError)) return { kind: 'server', fields: [], failure: { kind: 'server', deleting } };
  const { kind, fields } = error;
  if (kind === 'validation' && !error.general) return { kind, fields };
  // A request that never reached the service, or its answer late, reads to a person like a server failure.
  return { kind, fields, failure: { kind: kind === 'network' || kind === 'timeout' ? 'server' : kind, deleting } };
}

/**
 * One write at a time, never retried without the person: busy meanwhile; once the editor has
 * left the page, the write is aborted and its outcome ends nowhere.
 */
export class WriteInFlight {
  #busy = false;
  #controller?: AbortController;
  #left = false;

  get busy(): boolean {
    return this.#busy;
  }

  get left(): boolean {
    return this.#left;
  }

  /** Runs `write`: how it failed, or undefined when it succeeded or the editor left meanwhile. */
  async run(write: (signal: AbortSignal) => Promise<void>): Promise<{ readonly error: unknown } | undefined> {
    const controller = (this.#controller = new AbortController());
    this.#busy = true;
    try {
      await write(controller.signal);
      return undefined;
    } catch (error) {
      if (this.#left || controller.signal.aborted) return undefined;
      this.#busy = false;
      return { error };
    } finally {
      if (this.#controller === controller) this.#controller = undefined;
    }
  }

  leave(): void {
    this.#left = true;
    this.#controller?.abort();
  }
}
