import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How a `<flag-gate>` tells the elements inside it whether they may show and do network work,
 * both halves in one place. A member asks with this event when it connects; the nearest gate
 * above it (through shadow roots) answers at once, and again whenever it opens or closes, until
 * the member leaves. The context protocol's idea in a few lines (`@lit/context` would cost 0.7 KB).
 * The event's name is global, so a gate and a list from two copies of the package still meet.
 */
const GATE_REQUEST = 'health-contacts-gate-request';

/** Decides another feature flag the way the gate decides its own (the same toggles endpoint and request). */
export type AskFlag = (flag: string) => Promise<boolean>;

interface GateRequest {
  /** Called by the gate with whether it is open: at once, then at each change. */
  readonly onChange: (open: boolean) => void;
  /** Set by the gate that answered: stops its calls. */
  leave?: () => void;
  /** Set by the gate that answered. */
  askFlag?: AskFlag;
}

type Host = ReactiveControllerHost & HTMLElement;

/** The member's half. */
export interface GateConsumer extends ReactiveController {
  /** Whether the nearest enclosing gate is open; `undefined` without a gate (the member may always work). */
  readonly open: boolean | undefined;
  /** The enclosing gate's way of deciding another flag in its own toggles request; `undefined` without a gate. */
  readonly askFlag: AskFlag | undefined;
}

/**
 * Joins the nearest enclosing gate while `host` is connected. The host renders again at each
 * change, and `onChange` hears it too.
 */
export function gateConsumer(host: Host, onChange?: (open: boolean) => void): GateConsumer {
  let open: boolean | undefined;
  let request: GateRequest | undefined;
  const consumer: GateConsumer = {
    get open() {
      return open;
    },
    get askFlag() {
      return request?.askFlag;
    },
    hostConnected() {
      request = {
        onChange: (isOpen) => {
          open = isOpen;
          host.requestUpdate();
          onChange?.(isOpen);
        },
      };
      host.dispatchEvent(new CustomEvent(GATE_REQUEST, { detail: request, bubbles: true, composed: true }));
      // Moved out of a gate, no gate answers: an update lets the host see that it may now work.
      host.requestUpdate();
    },
    hostDisconnected() {
      request?.leave?.();
      open = undefined;
    },
  };
  host.addController(consumer);
  return consumer;
}

/** The gate's half. */
export interface GateProvider extends ReactiveController {
  /** Tells the members inside whether they may show and work, when that changed. */
  tell(open: boolean): void;
}

/**
 * Answers the members inside `host` while it is connected, and tells them whenever the gate opens
 * or closes; `askFlag` decides a member's other flags alongside the gate's own.
 */
export function gateProvider(host: Host, askFlag: AskFlag): GateProvider {
  const members = new Set<(open: boolean) => void>();
  let open = false;
  const answer = (event: Event) => {
    // A gate's own request is for the gates around it.
    if (event.composedPath()[0] === host) return;
    // The nearest gate answers; gates further out are not asked.
    event.stopPropagation();
    const request = (event as CustomEvent<GateRequest>).detail;
    members.add(request.onChange);
    request.leave = () => members.delete(request.onChange);
    request.askFlag = askFlag;
    request.onChange(open);
  };
  const provider: GateProvider = {
    tell(isOpen) {
      if (isOpen === open) return;
      open = isOpen;
      for (const tell of members) tell(open);
    },
    hostConnected: () => host.addEventListener(GATE_REQUEST, answer),
    hostDisconnected: () => host.removeEventListener(GATE_REQUEST, answer),
  };
  host.addController(provider);
  return provider;
}
