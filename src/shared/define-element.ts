/** Marks our classes so a second copy of the package on the same page is recognised as ours. */
export const PACKAGE_BRAND = Symbol.for('health-contacts-elements');

const warnedNames: Set<string> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('health-contacts-elements.warned')
] ??= new Set<string>()) as Set<string>;

/**
 * Registers `tagName` unless it is taken. Importing twice, or a second copy of the package,
 * is silently fine; a name taken by someone else's class, or a name the registry refuses, is
 * reported once per page. Never throws, so importing the package cannot break the host page.
 */
export function defineElement(tagName: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName);
  if (existing === element || (existing && PACKAGE_BRAND in existing)) return;
  if (!existing) {
    try {
      customElements.define(tagName, element);
      return;
    } catch (error) {
      // E.g. the class is already registered under another name: an import must not break the page.
      warnOnce(tagName, `<${tagName}> could not be registered (${(error as Error).message}).`);
      return;
    }
  }
  warnOnce(
    tagName,
    `<${tagName}> is already defined by another class, so this package's element was not registered. ` +
      `Import the class from 'health-contacts-elements/classes.js' and register it under another name.`,
  );
}

function warnOnce(tagName: string, message: string): void {
  if (warnedNames.has(tagName)) return;
  warnedNames.add(tagName);
  console.warn(`health-contacts-elements: ${message}`);
}
