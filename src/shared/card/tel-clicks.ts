import { reportToVaAnalytics, type AnalyticsSource } from '../analytics.js';
import { emit, type HealthContactsEventDetails } from '../events.js';

/**
 * Dispatches `tel-click` from `host` when one of the phone links in its shadow root is activated,
 * and tells a VA.gov host's analytics (`va-telephone`, the same role and phone, never the number).
 * One listener per element, not per link; the click goes on, so the link still dials.
 */
export function reportTelClicks(host: AnalyticsSource): void {
  host.addEventListener('click', (event) => {
    const detail = telClickDetail(event, host);
    if (!detail) return;
    emit(host, 'tel-click', detail);
    reportToVaAnalytics(host, { componentName: 'va-telephone', action: 'click', details: { ...detail } });
  });
}

/**
 * The `tel-click` detail for a click on one of `host`'s own phone links, or undefined for any
 * other click: also for a card a host put inside a list, which reports its taps itself.
 */
function telClickDetail(event: Event, host: HTMLElement): HealthContactsEventDetails['tel-click'] | undefined {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return undefined;
  const link = target.closest<HTMLElement>('a[data-phone]');
  if (!link || link.getRootNode() !== host.shadowRoot) return undefined;
  const role = link.closest<HTMLElement>('[data-role]')?.dataset.role ?? 'unknown';
  return {
    role: role as HealthContactsEventDetails['tel-click']['role'],
    phone: link.dataset.phone === 'alternate' ? 'alternate' : 'primary',
  };
}
