import { emit, type VaAnalyticsInteraction } from './events.js';
import { VERSION } from './version.js';

/** An element whose interactions a VA.gov host's analytics may hear; `disable-analytics` silences it. */
export interface AnalyticsSource extends HTMLElement {
  disableAnalytics: boolean;
}

/**
 * Tells a VA.gov host page about an interaction the way the VA design system's components do: a
 * `component-library-analytics` event, which the host already turns into a Google Analytics
 * dataLayer entry, so it needs no code of its own for ours. Nothing when `disable-analytics` is set.
 */
export function reportToVaAnalytics(source: AnalyticsSource, interaction: VaAnalyticsInteraction): void {
  if (!source.disableAnalytics) emit(source, 'component-library-analytics', { ...interaction, version: VERSION });
}
