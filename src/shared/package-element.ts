import { LitElement } from 'lit';
import { PACKAGE_BRAND } from './define-element.js';

/** Every element of the package: a LitElement marked as ours (see `defineElement`). */
export class PackageElement extends LitElement {
  // Statics are getters: static fields compile to class static blocks, which Safari before 16.4
  // cannot parse, and lowering those for the browsers we support would lower every private member.
  /** @internal */
  static get [PACKAGE_BRAND](): true {
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    warnOfLostProperties(this);
  }
}

/**
 * A framework that renders an element before it is registered may write what was meant as a
 * property as an attribute the element never reads: `headinglevel="3"` (HTML lower-cases the name),
 * `rules="[object Object]"`. The value is gone by then; saying so, once per element, is what can be
 * done, each time the element connects. The console names the attribute and the property, never the value.
 */
function warnOfLostProperties(element: LitElement): void {
  for (const [name, { attribute }] of (element.constructor as typeof LitElement).elementProperties) {
    const written = String(name).toLowerCase();
    // Without an attribute name of its own, a property reads the attribute of its lower-cased name.
    if (attribute === undefined || attribute === true || attribute === written || !element.hasAttribute(written)) continue;
    console.warn(
      `<${element.localName}> ${written}: an attribute it does not read. Set the property ${String(name)}${
        typeof attribute === 'string' ? ` or the attribute ${attribute}` : ''
      }, after the elements are registered.`,
    );
  }
}
