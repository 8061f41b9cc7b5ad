import { ContextProvider } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isEnabledByRules, type FlagRules } from '../data/flags/flag-rules.js';
import { FlagError, fetchToggle } from '../data/flags/toggles-client.js';
import { PACKAGE_BRAND } from '../shared/define-element.js';
import { emit } from '../shared/events.js';
import { gateContext } from '../shared/gate-context.js';

type Decision = 'undecided' | 'on' | 'off';

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
export class FlagGate extends LitElement {
  /** @internal */
  static readonly [PACKAGE_BRAND] = true;
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** Feature name, e.g. `profile_contacts` (snake_case or camelCase). */
  @property({ reflect: true }) flag?: string;

  /** The toggles endpoint. */
  @property() src = '/v0/feature_toggles';

  /** Fetch credentials mode for the toggles request. */
  @property() credentials: RequestCredentials = 'same-origin';

  /** The user's stable id, for actor and percentage rules. */
  @property() actor?: string;

  /** Evaluate locally instead of fetching: `{ enabled?, actors?, percentageOfActors? }`. */
  @property({ attribute: false }) rules?: FlagRules;

  /** The function used to fetch the toggles; defaults to `window.fetch`. */
  @property({ attribute: false }) fetch?: typeof fetch;

  @state() private decision: Decision = 'undecided';

  private readonly gate = new ContextProvider(this, { context: gateContext, initialValue: { open: false } });
  private evaluation = 0;

  /** Evaluates the flag again, asking the server anew; turning a flag off removes the content. */
  async refresh(): Promise<void> {
    if (this.rules) this.evaluateRules();
    else await this.evaluateRemote(true);
  }

  private configChanged(changed: PropertyValues): boolean {
    return changed.has('flag') || changed.has('src') || changed.has('rules') || changed.has('actor');
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.configChanged(changed)) return;
    if (changed.has('flag')) this.decision = 'undecided';
    // Local rules are pure, so they decide before the first render: no flash of the fallback.
    // So does a missing flag name; deciding it after the render would cost a second update.
    if (this.rules) this.evaluateRules();
    else if (!this.flag?.trim()) void this.evaluateRemote(false);
  }

  protected override updated(changed: PropertyValues): void {
    if (this.configChanged(changed) && !this.rules && this.flag?.trim()) void this.evaluateRemote(false);
    if (changed.has('decision')) this.gate.setValue({ open: this.decision === 'on' });
  }

  private evaluateRules(): void {
    ++this.evaluation;
    const flag = this.flag?.trim();
    if (!flag) return this.fail('', 'missing-flag');
    this.decide(flag, isEnabledByRules(flag, this.rules, this.actor), 'rules');
  }

  private async evaluateRemote(fresh: boolean): Promise<void> {
    const evaluation = ++this.evaluation;
    const flag = this.flag?.trim();
    if (!flag) return this.fail('', 'missing-flag');
    try {
      const enabled = await fetchToggle({ src: this.src, flag, fetch: this.fetch, credentials: this.credentials, fresh });
      if (evaluation === this.evaluation) this.decide(flag, enabled, 'remote');
    } catch (error) {
      if (evaluation === this.evaluation) this.fail(flag, error instanceof FlagError ? error.reason : 'network');
    }
  }

  private decide(flag: string, enabled: boolean, source: 'remote' | 'rules'): void {
    const decision = enabled ? 'on' : 'off';
    if (decision === this.decision) return;
    this.decision = decision;
    emit(this, 'flag-change', { flag, enabled, source });
  }

  private fail(flag: string, reason: string): void {
    this.decision = 'off';
    emit(this, 'flag-error', { flag, reason });
  }

  override render() {
    if (this.decision === 'on') return html`<slot></slot>`;
    if (this.decision === 'off') return html`<slot name="fallback"></slot>`;
    return nothing;
  }
}
