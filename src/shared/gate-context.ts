/**
 * How a `<flag-gate>` tells the elements inside it whether they may show and do network work.
 * An element asks with this event when it connects; the nearest gate above it (through shadow
 * roots) answers at once and again whenever it opens or closes, until the element leaves.
 * The event's name is global, so a gate and a list from two copies of the package still meet.
 */
export const GATE_REQUEST = 'health-contacts-gate-request';

export interface GateRequest {
  /** Called by the gate with whether it is open: at once, then at each change. */
  readonly onChange: (open: boolean) => void;
  /** Set by the gate that answered: stops its calls. */
  leave?: () => void;
}

/** Asks the nearest enclosing gate to report to `onChange`; returns how to stop. Without a gate nothing is called. */
export function joinGate(element: HTMLElement, onChange: (open: boolean) => void): () => void {
  const request: GateRequest = { onChange };
  element.dispatchEvent(new CustomEvent(GATE_REQUEST, { detail: request, bubbles: true, composed: true }));
  return () => request.leave?.();
}
