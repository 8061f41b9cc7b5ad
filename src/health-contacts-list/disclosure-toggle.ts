import { reportToVaAnalytics, type AnalyticsSource } from '../shared/analytics.js';
import { emit } from '../shared/events.js';

/**
 * The "Learn how to update…" disclosure's `toggle` listener: dispatches `additional-info-toggle`
 * from `host`, and tells a VA.gov host's analytics (`va-additional-info`) with the summary as the
 * person reads it, in the language shown.
 */
export function onDisclosureToggle(host: AnalyticsSource): (event: Event) => void {
  return (event) => {
    const details = event.target as HTMLDetailsElement;
    emit(host, 'additional-info-toggle', { open: details.open });
    reportToVaAnalytics(host, {
      componentName: 'va-additional-info',
      action: details.open ? 'expand' : 'collapse',
      details: { triggerText: details.querySelector('summary')!.textContent! },
    });
  };
}
