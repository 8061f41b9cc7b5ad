/** Marks our classes so a second copy of the package on the same page is recognised as ours. */
export const PACKAGE_BRAND = Symbol.for('health-contacts-elements');

// On the page, not in the module, so that a second copy of the package does not warn again.
const warnedNames: Set<string> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('health-contacts-elements.warned')
] ??= new Set<string>()) as Set<string>;

/**
 * Registers `tagName` unless it is taken. Importing twice, or a second copy of the package,
 * is silently fine; a name taken by someone else's class, or a name the registry refuses, is
 * reported once per page. Never throws, so importing the package cannot break the host page.
 */
export function defineElement(tagName: string, element: CustomElementConstructor): void {
  // No registry (a server), or a stand-in without one (some hosts' unit-test set-ups): nothing to register with.
  const registry = globalThis.customElements as Partial<CustomElementRegistry> | undefined;
  if (typeof registry?.define !== 'function' || typeof registry.get !== 'function') return;
  const existing = registry.get(tagName);
  if (existing === element || (existing && PACKAGE_BRAND in existing)) return;
  try {
    // Throws for a name someone else holds, and e.g. for a class already registered under another name.
    registry.define(tagName, element);
  } catch {
    if (warnedNames.has(tagName)) return;
    warnedNames.add(tagName);
    console.warn(
      `health-contacts-elements: <${tagName}> was not registered (name taken or refused); register the class from health-contacts-elements/classes.js under another name.`,
    );
  }
}
