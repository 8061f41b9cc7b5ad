import type { FailureKind } from '../locales/editor-messages.js';
import { reportToVaAnalytics, type AnalyticsSource } from '../shared/analytics.js';
import type { ContactWriteErrorKind } from './contact-write-error.js';
import type { EditorDialog } from './editor-view.js';

// The editor as VA's pipeline hears it: the way VA's own `va-button`, `va-modal` and `va-alert`
// report, with the wording shown on screen and nothing a person typed.

export function reportPressed(source: AnalyticsSource, type: 'primary' | 'secondary', label: string): void {
  reportToVaAnalytics(source, { componentName: 'va-button', action: 'click', details: { type, label } });
}

export function reportDialogShown(source: AnalyticsSource, view: EditorDialog): void {
  reportToVaAnalytics(source, {
    componentName: 'va-modal',
    action: 'show',
    details: { title: view.heading, status: 'warning', primaryButtonText: view.confirm, secondaryButtonText: view.keep },
  });
}

export function reportDialogAnswered(source: AnalyticsSource, view: EditorDialog, confirmed: boolean): void {
  reportToVaAnalytics(source, {
    componentName: 'va-modal',
    action: 'click',
    details: { title: view.heading, status: 'warning', clickLabel: confirmed ? view.confirm : view.keep },
  });
}

export function reportFailureShown(source: AnalyticsSource, headline: string, kind: ContactWriteErrorKind | FailureKind): void {
  reportToVaAnalytics(source, { componentName: 'va-alert', action: 'show', details: { status: 'error', headline, kind } });
}
