import { aTimeout, expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import type { FlagGate, HealthContactsList } from '../../src/classes.js';
import { clearToggleCache } from '../../src/flags/toggles-client.js';
import { loadFixture } from '../fixtures.js';

interface Vector {
  flag: string;
  actor: string;
  in_at_20: boolean;
  in_at_50: boolean;
}

type Answer = (url: string) => Response | Promise<Response>;

/** A stand-in for fetch that records every URL asked for and answers with real Response objects. */
function stubFetch(answer: Answer) {
  const calls: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    calls.push(String(input));
    return answer(String(input));
  }) as typeof window.fetch;
  return { fetch, calls };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** The toggles endpoint's answer, shaped like the service's. */
function toggles(features: Record<string, boolean>): Response {
  const list = Object.entries(features).map(([name, value]) => ({ name, value }));
  return json({ data: { type: 'feature_toggles', features: list } });
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

let requestCount = 0;
/** Every test asks its own endpoint, so no answer is shared between tests. */
const freshSrc = () => `/v0/feature_toggles-${Date.now()}-${++requestCount}`;

const slotted = (gate: FlagGate, name?: string) =>
  gate.shadowRoot!.querySelector<HTMLSlotElement>(name ? `slot[name="${name}"]` : 'slot:not([name])')?.assignedElements() ?? [];
const content = (gate: FlagGate) => gate.querySelector<HTMLElement>('.content')!;
const fallback = (gate: FlagGate) => gate.querySelector<HTMLElement>('[slot="fallback"]')!;
const isShown = (element: HTMLElement) => element.offsetHeight > 0 && element.getClientRects().length > 0;

function expectOn(gate: FlagGate): void {
  expect(isShown(content(gate)), 'gated content visible').to.equal(true);
  expect(slotted(gate)).to.include(content(gate));
  expect(isShown(fallback(gate)), 'fallback visible').to.equal(false);
}

function expectOff(gate: FlagGate): void {
  expect(isShown(content(gate)), 'gated content visible').to.equal(false);
  expect(slotted(gate)).to.deep.equal([]);
  expect(isShown(fallback(gate)), 'fallback visible').to.equal(true);
  expect(slotted(gate, 'fallback')).to.deep.equal([fallback(gate)]);
}

function expectNothingShown(gate: FlagGate): void {
  expect(isShown(content(gate)), 'gated content visible').to.equal(false);
  expect(isShown(fallback(gate)), 'fallback visible').to.equal(false);
}

/** Records the gate's events from before it connects, so none is missed. */
function recorder() {
  const changes: CustomEvent[] = [];
  const errors: CustomEvent[] = [];
  return {
    changes,
    errors,
    onChange: (event: CustomEvent) => changes.push(event),
    onError: (event: CustomEvent) => errors.push(event),
    settled: () => waitUntil(() => changes.length + errors.length > 0, 'the gate never decided'),
  };
}

async function remoteGate(flag: string | undefined, fetch: typeof window.fetch, events = recorder()) {
  const gate = await fixture<FlagGate>(html`
    <flag-gate
      flag=${ifDefined(flag)}
      src=${freshSrc()}
      .fetch=${fetch}
      @flag-change=${events.onChange}
      @flag-error=${events.onError}
    >
      <p class="content">Your health care contacts</p>
      <p slot="fallback">Contacts aren't available yet.</p>
    </flag-gate>
  `);
  return { gate, events };
}

async function rulesGate(rules: unknown, actor?: string, flag = 'profile_contacts', events = recorder()) {
  const gate = await fixture<FlagGate>(html`
    <flag-gate
      flag=${flag}
      actor=${ifDefined(actor)}
      .rules=${rules as FlagGate['rules']}
      @flag-change=${events.onChange}
      @flag-error=${events.onError}
    >
      <p class="content">Your health care contacts</p>
      <p slot="fallback">Contacts aren't available yet.</p>
    </flag-gate>
  `);
  return { gate, events };
}

async function decided(gate: FlagGate, events: ReturnType<typeof recorder>): Promise<void> {
  await events.settled();
  await gate.updateComplete;
}

describe('<flag-gate>', () => {
  let togglesFixture: unknown;
  let error500: unknown;
  let contactsFixture: unknown;
  let vectors: Vector[];
  before(async () => {
    togglesFixture = await loadFixture('feature-toggles.json');
    error500 = await loadFixture('error-500.json');
    contactsFixture = await loadFixture('contacts-full.json');
    vectors = (await loadFixture<{ vectors: Vector[] }>('flipper-percentage-vectors.json')).vectors;
  });
  beforeEach(() => clearToggleCache());

  describe('with local rules', () => {
    it('shows its children when the flag is enabled', async () => {
      const { gate, events } = await rulesGate({ enabled: true });
      expectOn(gate);
      expect(events.changes.map((event) => event.detail)).to.deep.equal([
        { flag: 'profile_contacts', enabled: true, source: 'rules' },
      ]);
    });

    it('shows the fallback when the flag is disabled', async () => {
      const { gate, events } = await rulesGate({ enabled: false });
      expectOff(gate);
      expect(events.changes.map((event) => event.detail)).to.deep.equal([
        { flag: 'profile_contacts', enabled: false, source: 'rules' },
      ]);
      expect(events.errors).to.have.length(0);
    });

    it('decides before its first paint, so neither side flashes', async () => {
      const { gate } = await rulesGate({ enabled: true });
      // The fixture resolves after the first update: by then the decision is already on screen.
      expect(slotted(gate)).to.have.length(1);
    });

    it('lets a listed actor in and keeps others out', async () => {
      expectOn((await rulesGate({ actors: ['User;7'] }, 'User;7')).gate);
      expectOff((await rulesGate({ actors: ['User;7'] }, 'User;8')).gate);
      expectOff((await rulesGate({ actors: ['User;7'] })).gate);
    });

    it('lets an actor in by percentage exactly as Flipper buckets them', async () => {
      const vector = vectors.find((v) => v.in_at_50 && !v.in_at_20 && v.actor !== '')!;
      expect(vector, 'a vector in at 50 % but not at 20 %').to.exist;
      expectOn((await rulesGate({ percentageOfActors: 50 }, vector.actor, vector.flag)).gate);
      expectOff((await rulesGate({ percentageOfActors: 20 }, vector.actor, vector.flag)).gate);
    });

    it('agrees with every percentage vector', async () => {
      for (const vector of vectors.filter((v) => v.actor !== '')) {
        for (const percentage of [20, 50] as const) {
          const { gate } = await rulesGate({ percentageOfActors: percentage }, vector.actor, vector.flag);
          const expected = percentage === 20 ? vector.in_at_20 : vector.in_at_50;
          expect(slotted(gate).length === 1, `${vector.flag} + ${vector.actor} at ${percentage} %`).to.equal(expected);
        }
      }
    });

    it('keeps the gate closed for a percentage rule without an actor', async () => {
      expectOff((await rulesGate({ percentageOfActors: 100 })).gate);
    });

    it('re-evaluates when the rules change', async () => {
      const { gate, events } = await rulesGate({ enabled: true });
      gate.rules = { enabled: false };
      await gate.updateComplete;
      expectOff(gate);
      expect(events.changes.map((event) => event.detail.enabled)).to.deep.equal([true, false]);
    });

    it('fails closed without a flag name', async () => {
      const events = recorder();
      const gate = await fixture<FlagGate>(html`
        <flag-gate .rules=${{ enabled: true }} @flag-error=${events.onError}>
          <p class="content">Your health care contacts</p>
          <p slot="fallback">Contacts aren't available yet.</p>
        </flag-gate>
      `);
      expectOff(gate);
      expect(events.errors.map((event) => event.detail)).to.deep.equal([{ flag: '', reason: 'missing-flag' }]);
    });
  });

  describe('from the toggles endpoint', () => {
    it('asks for its feature and opens when the service lists it on', async () => {
      const { fetch, calls } = stubFetch(() => json(togglesFixture));
      const { gate, events } = await remoteGate('profile_contacts', fetch);
      await decided(gate, events);
      expectOn(gate);
      expect(calls).to.have.length(1);
      expect(calls[0]).to.match(/^\/v0\/feature_toggles-[\w-]+\?features=profile_contacts$/);
      expect(events.changes.map((event) => event.detail)).to.deep.equal([
        { flag: 'profile_contacts', enabled: true, source: 'remote' },
      ]);
    });

    it('finds a snake_case flag the service lists under its camelCase name', async () => {
      const { fetch } = stubFetch(() => toggles({ profileContacts: true }));
      const { gate, events } = await remoteGate('profile_contacts', fetch);
      await decided(gate, events);
      expectOn(gate);
    });

    it('finds a camelCase flag the service lists under its snake_case name', async () => {
      const { fetch } = stubFetch(() => toggles({ profile_contacts: true }));
      const { gate, events } = await remoteGate('profileContacts', fetch);
      await decided(gate, events);
      expectOn(gate);
    });

    it('shows the fallback when the service says the flag is off', async () => {
      const { fetch } = stubFetch(() => toggles({ profile_contacts: false, profileContacts: false }));
      const { gate, events } = await remoteGate('profile_contacts', fetch);
      await decided(gate, events);
      expectOff(gate);
      expect(events.changes.map((event) => event.detail)).to.deep.equal([
        { flag: 'profile_contacts', enabled: false, source: 'remote' },
      ]);
      expect(events.errors).to.have.length(0);
    });

    it('shows neither the content nor the fallback while the answer is on its way', async () => {
      const answer = deferred<Response>();
      const { fetch } = stubFetch(() => answer.promise);
      const { gate, events } = await remoteGate('profile_contacts', fetch);
      await aTimeout(30);
      expectNothingShown(gate);
      expect(events.changes).to.have.length(0);

      answer.resolve(json(togglesFixture));
      await decided(gate, events);
      expectOn(gate);
    });

    it('bubbles its events out of the gate', async () => {
      const { fetch } = stubFetch(() => json(togglesFixture));
      const { gate, events } = await remoteGate('profile_contacts', fetch);
      await decided(gate, events);
      expect(events.changes[0]!.bubbles).to.equal(true);
      expect(events.changes[0]!.composed).to.equal(true);
    });
  });

  describe('failing closed', () => {
    const failures: Array<[string, string | undefined, Answer | 'network', string]> = [
      ['the service answers 500', 'profile_contacts', () => json(error500, 500), 'http'],
      ['the network fails', 'profile_contacts', 'network', 'network'],
      ['the answer is not JSON', 'profile_contacts', () => new Response('<html>Bad gateway</html>', { status: 200 }), 'invalid-response'],
      ['the answer lists no features', 'profile_contacts', () => json({ data: {} }), 'invalid-response'],
      ['the service does not know the flag', 'profile_directory', () => json(togglesFixture), 'unknown-flag'],
    ];
    for (const [when, flag, answer, reason] of failures) {
      it(`shows the fallback and reports "${reason}" when ${when}`, async () => {
        const { fetch } = stubFetch(
          answer === 'network' ? () => Promise.reject(new TypeError('Failed to fetch')) : answer,
        );
        const { gate, events } = await remoteGate(flag, fetch);
        await decided(gate, events);
        expectOff(gate);
        expect(events.errors.map((event) => event.detail)).to.deep.equal([{ flag, reason }]);
        expect(events.errors[0]!.bubbles && events.errors[0]!.composed).to.equal(true);
        expect(events.changes).to.have.length(0);
      });
    }

    it('shows the fallback without asking anything when the flag attribute is missing', async () => {
      const { fetch, calls } = stubFetch(() => json(togglesFixture));
      const { gate, events } = await remoteGate(undefined, fetch);
      await decided(gate, events);
      expectOff(gate);
      expect(events.errors.map((event) => event.detail)).to.deep.equal([{ flag: '', reason: 'missing-flag' }]);
      expect(calls).to.have.length(0);
    });
  });

  describe('sharing requests', () => {
    it('asks once for several gates with the same src', async () => {
      const src = freshSrc();
      const { fetch, calls } = stubFetch(() => json(togglesFixture));
      // fixtureSync: a plain wrapper would make fixture() wait for an animation frame, which a background tab never gets.
      const page = fixtureSync<HTMLElement>(html`
        <div>
          <flag-gate flag="profile_contacts" src=${src} .fetch=${fetch}><p class="content">One</p></flag-gate>
          <flag-gate flag="profile_contacts" src=${src} .fetch=${fetch}><p class="content">Two</p></flag-gate>
          <flag-gate flag="profileContacts" src=${src} .fetch=${fetch}><p class="content">Three</p></flag-gate>
        </div>
      `);
      const gates = [...page.querySelectorAll('flag-gate')];
      await waitUntil(() => gates.every((gate) => isShown(content(gate))), 'every gate opens');
      expect(calls).to.have.length(1);

      // A gate added later on the same page reuses the answer.
      const late = document.createElement('flag-gate');
      late.flag = 'profile_contacts';
      late.src = src;
      late.fetch = fetch;
      late.innerHTML = '<p class="content">Four</p>';
      page.append(late);
      await waitUntil(() => isShown(content(late)), 'the late gate opens');
      expect(calls).to.have.length(1);
    });
  });

  describe('refresh(): the kill switch', () => {
    it('removes the content and shows the fallback once the server turns the flag off', async () => {
      let serverSays = true;
      const { fetch, calls } = stubFetch(() => toggles({ profile_contacts: serverSays }));
      const { gate, events } = await remoteGate('profile_contacts', fetch);
      await decided(gate, events);
      expectOn(gate);

      serverSays = false;
      await gate.refresh();
      await gate.updateComplete;
      expectOff(gate);
      expect(calls).to.have.length(2);
      expect(events.changes.map((event) => event.detail)).to.deep.equal([
        { flag: 'profile_contacts', enabled: true, source: 'remote' },
        { flag: 'profile_contacts', enabled: false, source: 'remote' },
      ]);
    });

    it('keeps the content when the server still says on, without a second flag-change', async () => {
      const { fetch, calls } = stubFetch(() => json(togglesFixture));
      const { gate, events } = await remoteGate('profile_contacts', fetch);
      await decided(gate, events);
      await gate.refresh();
      await gate.updateComplete;
      expectOn(gate);
      expect(calls).to.have.length(2);
      expect(events.changes).to.have.length(1);
    });

    it('fails closed when the refresh fails', async () => {
      let fail = false;
      const { fetch } = stubFetch(() => (fail ? json(error500, 500) : json(togglesFixture)));
      const { gate, events } = await remoteGate('profile_contacts', fetch);
      await decided(gate, events);
      fail = true;
      await gate.refresh();
      await gate.updateComplete;
      expectOff(gate);
      expect(events.errors.map((event) => event.detail)).to.deep.equal([{ flag: 'profile_contacts', reason: 'http' }]);
    });
  });

  describe('a gated <health-contacts-list>', () => {
    async function gatedList(answer: Answer) {
      const gateFetch = stubFetch(answer);
      const listFetch = stubFetch(() => json(contactsFixture));
      const events = recorder();
      const gate = await fixture<FlagGate>(html`
        <flag-gate
          flag="profile_contacts"
          src=${freshSrc()}
          .fetch=${gateFetch.fetch}
          @flag-change=${events.onChange}
          @flag-error=${events.onError}
        >
          <health-contacts-list .fetch=${listFetch.fetch}></health-contacts-list>
          <p slot="fallback">Contacts aren't available yet.</p>
        </flag-gate>
      `);
      const list = gate.querySelector<HealthContactsList>('health-contacts-list')!;
      return { gate, list, events, listCalls: listFetch.calls };
    }

    it('makes no request while the gate is undecided, and exactly one once it opens', async () => {
      const answer = deferred<Response>();
      const { gate, list, events, listCalls } = await gatedList(() => answer.promise);
      await aTimeout(30);
      expect(listCalls).to.have.length(0);
      expect(isShown(list)).to.equal(false);

      answer.resolve(json(togglesFixture));
      await decided(gate, events);
      await waitUntil(() => listCalls.length > 0, 'the list asks for contacts');
      await waitUntil(() => list.shadowRoot!.textContent!.includes('Medical emergency contacts'), 'the list shows contacts');
      await aTimeout(30);
      expect(listCalls).to.have.length(1);
      expect(isShown(list)).to.equal(true);
    });

    /** A list in a gate the service turned off, once the gate has decided. */
    async function closedGate() {
      const gated = await gatedList(() => toggles({ profile_contacts: false }));
      await decided(gated.gate, gated.events);
      await gated.list.updateComplete;
      return gated;
    }

    it('makes no request while the gate is off', async () => {
      const { list, listCalls } = await closedGate();
      await aTimeout(30);
      expect(listCalls).to.have.length(0);
      expect(isShown(list)).to.equal(false);
    });

    it('fetches once moved out of a closed gate, and stops again when moved into one', async () => {
      const { gate, list, listCalls } = await closedGate();
      expect(listCalls).to.have.length(0);

      gate.after(list);
      await waitUntil(() => listCalls.length === 1, 'the list asks for contacts once out of the gate');
      await waitUntil(() => list.shadowRoot!.querySelector('article'), 'the list shows contacts');

      const otherList = document.createElement('health-contacts-list');
      const otherCalls = stubFetch(() => json(contactsFixture));
      otherList.fetch = otherCalls.fetch;
      gate.append(otherList);
      await otherList.updateComplete;
      await aTimeout(30);
      expect(otherCalls.calls).to.have.length(0);
      expect(isShown(otherList)).to.equal(false);
    });

    it('a reload() asked while the gate is closed does not later bypass the answer lists share', async () => {
      const { gate, list, listCalls } = await closedGate();
      const listFetch = list.fetch!;
      const sharing = document.createElement('health-contacts-list');
      sharing.fetch = listFetch;
      gate.before(sharing);
      await waitUntil(() => sharing.shadowRoot?.querySelector('article'), 'the list outside the gate shows contacts');
      expect(listCalls).to.have.length(1);

      await list.reload();
      gate.after(list);
      await waitUntil(() => list.shadowRoot!.querySelector('article'), 'the list shows contacts once out of the gate');
      await aTimeout(30);
      expect(listCalls).to.have.length(1);
    });

    describe('inside another gate', () => {
      async function nestedGates(outerRules: { enabled: boolean }) {
        const innerFetch = stubFetch(() => toggles({ profile_contacts: true }));
        const listFetch = stubFetch(() => json(contactsFixture));
        const outer = await fixture<FlagGate>(html`
          <flag-gate flag="outer" .rules=${outerRules}>
            <flag-gate flag="profile_contacts" src=${freshSrc()} .fetch=${innerFetch.fetch}>
              <health-contacts-list .fetch=${listFetch.fetch}></health-contacts-list>
            </flag-gate>
          </flag-gate>
        `);
        const list = outer.querySelector<HealthContactsList>('health-contacts-list')!;
        return { outer, list, toggleCalls: innerFetch.calls, listCalls: listFetch.calls };
      }

      it('asks nothing while the gate around it is closed, and neither does its list', async () => {
        const { outer, toggleCalls, listCalls } = await nestedGates({ enabled: false });
        await aTimeout(50);
        expect(toggleCalls).to.have.length(0);
        expect(listCalls).to.have.length(0);
        await outer.querySelector<FlagGate>('flag-gate')!.refresh();
        expect(toggleCalls).to.have.length(0);
      });

      it('asks once the gate around it opens, and its list loads once both are open', async () => {
        const { outer, list, toggleCalls, listCalls } = await nestedGates({ enabled: false });
        await aTimeout(30);
        outer.rules = { enabled: true };
        await waitUntil(() => toggleCalls.length === 1, 'the inner gate asks for its flag');
        await waitUntil(() => listCalls.length === 1, 'the list asks for contacts');
        await waitUntil(() => list.shadowRoot!.querySelector('article'), 'the list shows contacts');
        expect(isShown(list)).to.equal(true);
      });

      it('closes its list again when the gate around it closes', async () => {
        const { outer, list, listCalls } = await nestedGates({ enabled: true });
        await waitUntil(() => listCalls.length === 1, 'the list asks for contacts');
        outer.rules = { enabled: false };
        await outer.updateComplete;
        await list.updateComplete;
        expect(isShown(list)).to.equal(false);
      });
    });

    it('makes no request when the toggles request fails', async () => {
      const { gate, list, events, listCalls } = await gatedList(() => Promise.reject(new TypeError('Failed to fetch')));
      await decided(gate, events);
      await list.updateComplete;
      await aTimeout(30);
      expect(listCalls).to.have.length(0);
    });
  });

  describe('accessibility', () => {
    it('is accessible while on', async () => {
      const { gate } = await rulesGate({ enabled: true });
      expectOn(gate);
      await expect(gate).to.be.accessible();
    });

    it('is accessible while off', async () => {
      const { gate } = await rulesGate({ enabled: false });
      expectOff(gate);
      await expect(gate).to.be.accessible();
    });

    it('is accessible while undecided', async () => {
      const { gate } = await remoteGate('profile_contacts', stubFetch(() => new Promise<Response>(() => {})).fetch);
      await expect(gate).to.be.accessible();
    });
  });
});
