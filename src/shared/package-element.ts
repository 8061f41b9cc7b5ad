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
}
