import 'axe-core/axe.min.js';
import type AxeCore from 'axe-core';

// The script registers `window.axe`; its types come from the package.
const { axe } = window as unknown as { axe: typeof AxeCore };

/**
 * The accessible name of a link or button, as axe-core computes it from the accname rules: the
 * same figure in every engine (puppeteer's accessibility tree would need Chromium's protocol).
 */
export function accessibleName(element: Element): string {
  axe.setup();
  try {
    return axe.commons.text.accessibleText(element);
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
