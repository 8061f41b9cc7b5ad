import 'axe-core/axe.min.js';
import type AxeCore from 'axe-core';

// axe-core registers itself on window when loaded as a script; its name computation follows the
// accessible name spec in every engine, shadow roots included.
const axe = (window as unknown as { axe: typeof AxeCore & AxeInternals }).axe;

/** The parts of axe-core's API that compute names; public, though its type file leaves them out. */
interface AxeInternals {
  setup(context?: Element | Document): unknown;
  teardown(): void;
  utils: typeof AxeCore.utils & { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
}

/** The accessible name assistive technology computes for an element: what a screen reader says and a braille display shows. */
export function accessibleName(element: Element): string {
  axe.setup(document);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(element)).trim();
  } finally {
    axe.teardown();
  }
}

/** The text a sighted reader sees: the element's text without the parts only screen readers get. */
export function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
