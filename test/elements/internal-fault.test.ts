import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { HealthContactsList } from '../../src/classes.js';
import { fetchContacts } from '../../src/data/contacts-client.js';
import { ContactsError } from '../../src/data/contacts-error.js';
import { loadFixture } from '../fixtures.js';
import { respond, stubFetch } from '../stub-fetch.js';

/**
 * Runs `run` in a browser that lacks `Array.prototype.flatMap`, which the parser uses: a fault in
 * the package's own code, as an engine below the supported floor, or a mistake of ours, would
 * cause. Console errors are collected meanwhile.
 */
async function withoutFlatMap<T>(run: () => Promise<T>): Promise<{ result: T; errors: string[] }> {
  const flatMap = Object.getOwnPropertyDescriptor(Array.prototype, 'flatMap')!;
  const consoleError = console.error;
  const errors: string[] = [];
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  delete (Array.prototype as { flatMap?: unknown }).flatMap;
  try {
    return { result: await run(), errors };
  } finally {
    Object.defineProperty(Array.prototype, 'flatMap', flatMap);
    console.error = consoleError;
  }
}

describe('a fault in our own code', () => {
  let full: unknown;
  before(async () => {
    full = await loadFixture('contacts-full.json');
  });

  describe('fetchContacts', () => {
    it('passes the fault on as it is, never as a network failure, and does not retry', async () => {
      const { fetch, calls } = stubFetch(respond(200, full));
      const { result } = await withoutFlatMap(() =>
        fetchContacts({ src: '/v0/profile/contacts', fetch }).then(
          () => undefined,
          (error: unknown) => error,
        ),
      );
      expect(result).to.be.instanceOf(TypeError);
      expect(result).not.to.be.instanceOf(ContactsError);
      expect(calls).to.have.length(1);
    });

    it('passes on a fault between attempts too', async () => {
      const { fetch, calls } = stubFetch(respond(500), respond(200, full));
      const fault = new RangeError('no jitter today');
      const error = await fetchContacts({
        src: '/v0/profile/contacts',
        fetch,
        retryDelay: 1,
        random: () => {
          throw fault;
        },
      }).catch((reason: unknown) => reason);
      expect(error).to.equal(fault);
      expect(calls).to.have.length(1);
    });
  });

  describe('<health-contacts-list>', () => {
    it('shows the error state, tells the host kind internal, and says why in the console once, naming nothing personal', async () => {
      const { fetch } = stubFetch(respond(200, full));
      const { result: outcome, errors } = await withoutFlatMap(async () => {
        const details: unknown[] = [];
        const el = await fixture<HealthContactsList>(
          html`<health-contacts-list .fetch=${fetch} @contacts-error=${(event: CustomEvent) => details.push(event.detail)}></health-contacts-list>`,
        );
        await waitUntil(() => details.length > 0 && el.shadowRoot!.querySelector('[part="error"]'), 'no error state');
        return { el, detail: details[0] };
      });
      const { el, detail } = outcome;
      expect(detail).to.deep.equal({ kind: 'internal' });
      expect(el.shadowRoot!.querySelector('[part="error-heading"]')!.textContent!.trim()).to.equal("This page isn't available right now.");
      expect(el.shadowRoot!.querySelector('[part="error"] p')!.textContent!.trim()).to.equal(
        "We're sorry. Something went wrong on our end. Refresh this page or try again later.",
      );
      expect(el.shadowRoot!.querySelector('[part="try-again"]'), 'Try again').to.exist;
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('<health-contacts-list>');
      expect(errors[0]).to.contain('TypeError');
      expect(errors[0]).not.to.match(/Denise|Okafor|Alma|Reyes|555/);
      await expect(el).to.be.accessible();
    });

    it('reports a fault that lists sharing one load meet once, not once per list', async () => {
      const { fetch } = stubFetch(respond(200, full));
      const { result: kinds, errors } = await withoutFlatMap(async () => {
        const kinds: string[] = [];
        await fixture<HTMLDivElement>(html`<div @contacts-error=${(event: CustomEvent) => kinds.push(event.detail.kind)}>
          <health-contacts-list src="/v0/profile/contacts?shared-fault" .fetch=${fetch}></health-contacts-list>
          <health-contacts-list src="/v0/profile/contacts?shared-fault" .fetch=${fetch}></health-contacts-list>
        </div>`);
        await waitUntil(() => kinds.length === 2, 'not every list failed');
        return kinds;
      });
      expect(kinds).to.deep.equal(['internal', 'internal']);
      expect(errors).to.have.length(1);
    });
  });
});
