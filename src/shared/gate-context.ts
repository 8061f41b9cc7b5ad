import { createContext } from '@lit/context';

/** What a `<flag-gate>` tells the elements inside it: whether they may show and do network work. */
export interface GateState {
  readonly open: boolean;
}

// A global symbol, so a gate and a list from two copies of the package still find each other.
export const gateContext = createContext<GateState>(Symbol.for('health-contacts-elements.gate'));
