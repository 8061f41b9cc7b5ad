import { css, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { isEnabledByRules, type FlagRules } from '../flags/flag-rules.js';
import { gateConsumer, gateProvider } from '../flags/gate.js';
import { FlagError, TOGGLES_SRC, fetchToggle } from '../flags/toggles-client.js';
import { emit } from '../shared/events.js';
import { PackageElement } from '../shared/package-element.js';
import { urlCheck } from '../shared/safe-url.js';

type Decision = 'undecided' | 'on' | 'off';

const gateStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
`;

/**
 * Shows its children only while a feature flag is on; otherwise the `fallback` slot (or nothing).
 * While the flag is undecided nothing shows, and elements inside (such as
 * `<health-contacts-list>`) do no network work until the gate opens.
 *
 * The flag is read from the toggles endpoint (`GET {src}?features={flag}`; gates on one page
 * share one request per `src`) or, when `.rules` is set, evaluated locally the way Flipper does.
 * Any failure fails closed: the fallback shows and `flag-error` is dispatched.
 *
 * @tag flag-gate
 * @summary Feature-flag gate with a fallback; fails closed.
 *
 * @slot - Content shown while the flag is on.
 * @slot fallback - Content shown while the flag is off or could not be read.
 *
 * @fires flag-change - The flag was decided or changed: `{ flag, enabled, source: 'remote' | 'rules' }`.
 * @fires flag-error - The flag could not be read; the gate stays closed: `{ flag, reason }`.
 */
export class FlagGate extends PackageElement {
  static override get styles(): CSSResultGroup {
    return gateStyles;
  }
  static override get properties(): PropertyDeclarations {
    return {
      flag: { reflect: true },
      src: {},
      credentials: {},
      actor: {},
      rules: { attribute: false },
      fetch: { attribute: false },
    };
  }

  /** Feature name, e.g. `profile_contacts` (snake_case or camelCase). */
  flag?: string;

  /** The toggles endpoint: an https:, http: or relative URL (anything else gives the default). */
  src = TOGGLES_SRC;

  /** Fetch credentials mode for the toggles request. */
  credentials: RequestCredentials = 'same-origin';

  /** The user's stable id, for actor and percentage rules. */
  actor?: string;

  /** Evaluate locally instead of fetching: `{ enabled?, actors?, percentageOfActors? }`. */
  rules?: FlagRules;

  /** The function used to fetch the toggles; defaults to `window.fetch`. */
  fetch?: typeof fetch;

  #decision: Decision = 'undecided';
  readonly #checkSrc = urlCheck(this, 'src', TOGGLES_SRC);

  /** Counts evaluations, so that only the newest one decides. */
  #evaluation = 0;

  /**
   * Tells the elements inside whether they may show and work: the flag is on, and no gate around
   * this one is closed. Their own flags (a list's `edit-flag`) are asked from the gate's endpoint:
   * asked as they connect, with the gate's own flag in one request; never while the gate is off.
   */
  readonly #members = gateProvider(this, (flag) =>
    this.#decision !== 'off' && this.#outer.open !== false ? this.#toggle(flag, false) : new Promise<never>(() => {}),
  );

  /** A gate around this one: inside a closed or undecided gate, this one is content too, and asks nothing until that opens. */
  readonly #outer = gateConsumer(this, (open) => {
    if (open && this.#decision === 'undecided') this.#askServer();
    this.#tellMembers();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved out of a closed gate while undecided: nothing else would ask.
    if (this.hasUpdated && this.#decision === 'undecided') this.#askServer();
  }

  /** Evaluates the flag again, asking the server anew; turning a flag off removes the content. */
  refresh(): Promise<void> {
    // Inside a closed gate this one asks nothing; it asks when that gate opens.
    return this.#outer.open === false ? Promise.resolve() : this.#evaluate(true);
  }

  #configChanged(changed: PropertyValues): boolean {
    return changed.has('flag') || changed.has('src') || changed.has('rules') || changed.has('actor');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.#configChanged(changed)) return;
    if (changed.has('flag')) this.#decide('undecided');
    // Local rules are pure, so they decide before the first render: no flash of the fallback.
    // So does a missing flag name; deciding it after the render would cost a second update.
    if (this.rules || !this.flag?.trim()) void this.#evaluate(false);
  }

  protected override updated(changed: PropertyValues): void {
    // Requests start here rather than in willUpdate, which also runs when rendering on a server.
    if (this.#configChanged(changed)) this.#askServer();
  }

  /** Asks the toggles endpoint, unless rules decide or a gate around this one is not open. */
  #askServer(): void {
    if (!this.rules && this.flag?.trim() && this.#outer.open !== false) void this.#evaluate(false);
  }

  /** Decides the flag: at once from `.rules`, else from the toggles endpoint. Fails closed. */
  async #evaluate(fresh: boolean): Promise<void> {
    const evaluation = ++this.#evaluation;
    const flag = this.flag?.trim() ?? '';
    const { rules } = this;
    let enabled: boolean | undefined;
    let reason = 'missing-flag';
    try {
      if (flag && rules) enabled = isEnabledByRules(flag, rules, this.actor);
      else if (flag) enabled = await this.#toggle(flag, fresh);
    } catch (error) {
      reason = error instanceof FlagError ? error.reason : 'network';
    }
    if (evaluation !== this.#evaluation) return;
    if (enabled === undefined) {
      this.#decide('off');
      emit(this, 'flag-error', { flag, reason });
    } else if (this.#decision !== (enabled ? 'on' : 'off')) {
      this.#decide(enabled ? 'on' : 'off');
      emit(this, 'flag-change', { flag, enabled, source: rules ? 'rules' : 'remote' });
    }
  }

  /** Shows what was decided, and tells the elements inside. */
  #decide(decision: Decision): void {
    if (decision === this.#decision) return;
    this.#decision = decision;
    this.requestUpdate();
    this.#tellMembers();
  }

  #toggle(flag: string, fresh: boolean): Promise<boolean> {
    return fetchToggle({ src: this.#checkSrc(this.src), flag, fetch: this.fetch, credentials: this.credentials, fresh });
  }

  #tellMembers(): void {
    this.#members.tell(this.#decision === 'on' && this.#outer.open !== false);
  }

  override render() {
    if (this.#decision === 'on') return html`<slot></slot>`;
    if (this.#decision === 'off') return html`<slot name="fallback"></slot>`;
    return nothing;
  }
}
