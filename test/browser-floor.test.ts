import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { HealthContactsList } from '../src/classes.js';
import { loadFixture } from './fixtures.js';
import { respond, stubFetch, stuck } from './stub-fetch.js';

// Safari before 17.4 (iPhones kept on iOS 15 and 16) has no `AbortSignal.any`, Safari before 16
// no `AbortSignal.timeout`, and jsdom 20 neither of them nor `signal.throwIfAborted()`. This page
// takes all three away before the package loads.
const signalStatics = AbortSignal as unknown as Record<'any' | 'timeout', unknown>;
delete signalStatics.any;
delete signalStatics.timeout;
delete (AbortSignal.prototype as { throwIfAborted?: unknown }).throwIfAborted;
await import('../src/index.js');

describe('in a browser without AbortSignal.any, AbortSignal.timeout or throwIfAborted', () => {
  let full: unknown;
  before(async () => {
    full = await loadFixture('contacts-full.json');
  });

  it('the page really lacks them', () => {
    expect(signalStatics.any).to.equal(undefined);
    expect(signalStatics.timeout).to.equal(undefined);
    expect('throwIfAborted' in AbortSignal.prototype).to.equal(false);
  });

  it('shows the contacts', async () => {
    const { fetch } = stubFetch(respond(200, full));
    const loads: unknown[] = [];
    const el = await fixture<HealthContactsList>(
      html`<health-contacts-list .fetch=${fetch} @contacts-load=${(event: CustomEvent) => loads.push(event.detail)}></health-contacts-list>`,
    );
    await waitUntil(() => loads.length === 1, 'no contacts-load');
    await el.updateComplete;
    expect(loads).to.deep.equal([{ emergency: 2, nextOfKin: 2, ignored: 1 }]);
    expect([...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')]).to.have.length.greaterThan(3);
  });

  it('times out a request that never answers', async () => {
    const { fetch, calls } = stubFetch(stuck);
    const errors: unknown[] = [];
    await fixture(
      html`<health-contacts-list timeout="50" .fetch=${fetch} @contacts-error=${(event: CustomEvent) => errors.push(event.detail)}></health-contacts-list>`,
    );
    await waitUntil(() => errors.length === 1, 'no contacts-error');
    expect(errors).to.deep.equal([{ kind: 'timeout' }]);
    expect(calls).to.have.length(1);
    expect(calls[0].init.signal?.aborted, 'the request was aborted').to.equal(true);
  });

  it('aborts the request when the list is removed, and reports nothing', async () => {
    const { fetch, calls } = stubFetch(stuck);
    const events: string[] = [];
    const container = await fixture<HTMLDivElement>(html`<div
      @contacts-load=${() => events.push('contacts-load')}
      @contacts-error=${() => events.push('contacts-error')}
    ><health-contacts-list .fetch=${fetch}></health-contacts-list></div>`);
    await waitUntil(() => calls.length === 1, 'no request');
    container.querySelector('health-contacts-list')!.remove();
    expect(calls[0].init.signal?.aborted, 'the request was aborted').to.equal(true);
    // Whatever the abort set off has run by the next task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).to.deep.equal([]);
  });
});
