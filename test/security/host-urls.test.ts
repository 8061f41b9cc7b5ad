import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { FlagGate, HealthContactsList } from '../../src/classes.js';
import { loadFixture } from '../fixtures.js';
import { respond, stubFetch } from '../stub-fetch.js';

const FACILITY_HREF = 'https://www.va.gov/find-locations/';

/** URLs a host might pass on from a CMS or a query string that must never become a link or a request. */
const UNSAFE = [
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'http://[',
];

/** Every warning the elements write while `run` goes on, with console.warn put back afterwards. */
async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

const hrefs = (el: HealthContactsList) =>
  [...el.shadowRoot!.querySelectorAll('a')].filter((a) => !a.href.startsWith('tel:')).map((a) => a.getAttribute('href'));

describe('URLs a host gives', () => {
  let empty: unknown;
  before(async () => {
    empty = await loadFixture('contacts-empty.json');
  });

  /** A list with no contacts on file, so that every facility link shows (the disclosure's and each group's). */
  async function listWith(facilityHref: string) {
    const { fetch } = stubFetch(respond(200, empty));
    const el = await fixture<HealthContactsList>(
      html`<health-contacts-list facility-href=${facilityHref} .fetch=${fetch}></health-contacts-list>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part="empty"]').length === 2, 'the empty groups never showed');
    return el;
  }

  describe('facility-href', () => {
    for (const unsafe of UNSAFE) {
      it(`links to the default, never to ${JSON.stringify(unsafe)}, and warns once naming the attribute`, async () => {
        let el!: HealthContactsList;
        const warnings = await warningsDuring(async () => {
          el = await listWith(unsafe);
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(hrefs(el)).to.deep.equal([FACILITY_HREF, FACILITY_HREF, FACILITY_HREF]);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('facility-href');
        expect(warnings[0]).not.to.contain(unsafe.trim().slice(0, 8));
      });
    }

    for (const safe of ['https://www.example.gov/clinics', 'http://intranet.example/clinics', '/find-locations', 'clinics?near=me', '//cdn.example/x']) {
      it(`keeps ${safe}, without a warning`, async () => {
        let el!: HealthContactsList;
        const warnings = await warningsDuring(async () => {
          el = await listWith(safe);
        });
        expect(hrefs(el)).to.deep.equal([safe, safe, safe]);
        expect(warnings).to.deep.equal([]);
      });
    }

    it('warns again only when another unsafe value is set, and takes a safe one back', async () => {
      let el!: HealthContactsList;
      const warnings = await warningsDuring(async () => {
        el = await listWith('javascript:alert(1)');
        el.facilityHref = 'data:text/html,x';
        await el.updateComplete;
        el.facilityHref = '/clinics';
        await el.updateComplete;
      });
      expect(warnings).to.have.length(2);
      expect(hrefs(el)).to.deep.equal(['/clinics', '/clinics', '/clinics']);
    });
  });

  describe("the list's src", () => {
    it('asks the default endpoint instead of a data: URL, and warns once naming src', async () => {
      const { fetch, calls } = stubFetch(respond(200, empty));
      let el!: HealthContactsList;
      const warnings = await warningsDuring(async () => {
        el = await fixture<HealthContactsList>(
          html`<health-contacts-list src="data:application/json,{&quot;data&quot;:[]}" .fetch=${fetch}></health-contacts-list>`,
        );
        await waitUntil(() => calls.length === 1, 'no request');
      });
      expect(calls.map((call) => call.url)).to.deep.equal(['/v0/profile/contacts']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/<health-contacts-list> src:/);
      expect(el.src, 'the property keeps what the host set').to.match(/^data:/);
    });
  });

  describe("the gate's src", () => {
    it('asks the default toggles endpoint instead of a javascript: URL, and warns once naming src', async () => {
      const { fetch, calls } = stubFetch(respond(200, { data: { type: 'feature_toggles', features: [{ name: 'profile_contacts', value: true }] } }));
      const warnings = await warningsDuring(async () => {
        const gate = await fixture<FlagGate>(
          html`<flag-gate flag="profile_contacts" src="javascript:alert(1)//" .fetch=${fetch}></flag-gate>`,
        );
        await waitUntil(() => calls.length === 1, 'no request');
        await gate.updateComplete;
      });
      expect(calls.map((call) => call.url)).to.deep.equal(['/v0/feature_toggles?features=profile_contacts']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/<flag-gate> src:/);
    });
  });
});
