import type { CSSResultGroup, PropertyDeclarations } from 'lit';
import { localizeController } from '../locales/localize-controller.js';
import type { AnalyticsSource } from './analytics.js';
import { buttonStyles } from './button.styles.js';
import { cardStyles } from './card/card.styles.js';
import { reportTelClicks } from './card/tel-clicks.js';
import { PackageElement } from './package-element.js';
import { tokens } from './tokens.styles.js';

/**
 * What `<contact-card>` and `<health-contacts-list>` share: the design tokens and the card's look,
 * wording in the nearest `lang`, and the phone taps they report (`tel-click`, and VA.gov's
 * analytics unless `disable-analytics`).
 */
export class ContactsElement extends PackageElement implements AnalyticsSource {
  static override get styles(): CSSResultGroup {
    return [tokens, cardStyles, buttonStyles];
  }
  static override get properties(): PropertyDeclarations {
    return {
      disableAnalytics: { attribute: 'disable-analytics', type: Boolean },
      langAttribute: { attribute: 'lang' },
    };
  }

  /** Silences `component-library-analytics` (the VA design system's name for it); the other events still fire. */
  disableAnalytics = false;

  /**
   * The global `lang` attribute (HTMLElement's own `lang` property is left alone): "es" for Spanish
   * once its module is imported; inherited from ancestors like any `lang`. Changing it re-renders.
   */
  protected langAttribute?: string;

  /** The wording of the element's language, which renders it again when that changes. */
  protected readonly localize = localizeController(this);

  constructor() {
    super();
    reportTelClicks(this);
  }
}
