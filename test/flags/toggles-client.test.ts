import { expect } from '@open-wc/testing';
import { FlagError, clearToggleCache, fetchToggle } from '../../src/flags/toggles-client.js';
import { loadFixture } from '../fixtures.js';

type Answer = () => Response | Promise<Response>;

/** A stand-in for fetch that records every call and answers with real Response objects. */
function stubFetch(answer: Answer) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return answer();
  }) as typeof window.fetch;
  return { fetch, calls };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function toggles(features: Record<string, unknown>): Response {
  const list = Object.entries(features).map(([name, value]) => ({ name, value }));
  return json({ data: { type: 'feature_toggles', features: list } });
}

async function failure(promise: Promise<unknown>): Promise<FlagError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FlagError);
    return error as FlagError;
  }
  throw new Error('expected the toggle to fail');
}

const src = '/v0/feature_toggles';

describe('toggles client', () => {
  let fixture: unknown;
  before(async () => {
    fixture = await loadFixture('feature-toggles.json');
  });
  beforeEach(() => clearToggleCache());

  describe('reading the answer', () => {
    it('turns the flag on when the service says so', async () => {
      const { fetch, calls } = stubFetch(() => json(fixture));
      expect(await fetchToggle({ src, flag: 'profile_contacts', fetch })).to.equal(true);
      expect(calls).to.have.length(1);
      expect(calls[0]!.url).to.equal('/v0/feature_toggles?features=profile_contacts');
    });

    it('asks for JSON with same-origin credentials unless told otherwise', async () => {
      const { fetch, calls } = stubFetch(() => json(fixture));
      await fetchToggle({ src, flag: 'profile_contacts', fetch });
      const init = calls[0]!.init!;
      expect(init.credentials).to.equal('same-origin');
      expect(new Headers(init.headers).get('Accept')).to.equal('application/json');

      clearToggleCache();
      await fetchToggle({ src, flag: 'profile_contacts', fetch, credentials: 'include' });
      expect(calls[1]!.init!.credentials).to.equal('include');
    });

    it('finds a snake_case flag listed only under its camelCase name', async () => {
      const { fetch } = stubFetch(() => toggles({ profileContacts: true }));
      expect(await fetchToggle({ src, flag: 'profile_contacts', fetch })).to.equal(true);
    });

    it('finds a camelCase flag listed only under its snake_case name', async () => {
      const { fetch } = stubFetch(() => toggles({ profile_contacts: false }));
      expect(await fetchToggle({ src, flag: 'profileContacts', fetch })).to.equal(false);
    });

    it('keeps the flag off when the service says off', async () => {
      const { fetch } = stubFetch(() => toggles({ profile_contacts: false }));
      expect(await fetchToggle({ src, flag: 'profile_contacts', fetch })).to.equal(false);
    });

    it('adds the features to a src that already has a query string', async () => {
      const { fetch, calls } = stubFetch(() => json(fixture));
      await fetchToggle({ src: '/v0/feature_toggles?cookie_id=abc', flag: 'profile_contacts', fetch });
      expect(calls[0]!.url).to.equal('/v0/feature_toggles?cookie_id=abc&features=profile_contacts');
    });
  });

  describe('sharing requests', () => {
    it('asks for three flags wanted at once in one request', async () => {
      const { fetch, calls } = stubFetch(() => toggles({ a_flag: true, b_flag: false, 'c&d': true }));
      const answers = await Promise.all([
        fetchToggle({ src, flag: 'a_flag', fetch }),
        fetchToggle({ src, flag: 'b_flag', fetch }),
        fetchToggle({ src, flag: 'c&d', fetch }),
      ]);
      expect(answers).to.deep.equal([true, false, true]);
      expect(calls).to.have.length(1);
      expect(calls[0]!.url).to.equal('/v0/feature_toggles?features=a_flag,b_flag,c%26d');
    });

    it('makes one request per toggles endpoint', async () => {
      const { fetch, calls } = stubFetch(() => json(fixture));
      await Promise.all([
        fetchToggle({ src, flag: 'profile_contacts', fetch }),
        fetchToggle({ src: '/other/toggles', flag: 'profile_contacts', fetch }),
      ]);
      expect(calls.map((c) => c.url).sort()).to.deep.equal([
        '/other/toggles?features=profile_contacts',
        '/v0/feature_toggles?features=profile_contacts',
      ]);
    });

    it('answers a later ask from the first answer without a new request', async () => {
      const { fetch, calls } = stubFetch(() => json(fixture));
      await fetchToggle({ src, flag: 'profile_contacts', fetch });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(await fetchToggle({ src, flag: 'profile_contacts', fetch })).to.equal(true);
      expect(calls).to.have.length(1);
    });

    it('shares a request still on its way with a later ask', async () => {
      let answer!: (response: Response) => void;
      const { fetch, calls } = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
      const first = fetchToggle({ src, flag: 'profile_contacts', fetch });
      await new Promise((resolve) => setTimeout(resolve, 0));
      const second = fetchToggle({ src, flag: 'profile_contacts', fetch });
      answer(json(fixture));
      expect(await Promise.all([first, second])).to.deep.equal([true, true]);
      expect(calls).to.have.length(1);
    });

    it('asks the server again when a fresh answer is wanted (kill switch)', async () => {
      let on = true;
      const { fetch, calls } = stubFetch(() => toggles({ profile_contacts: on }));
      expect(await fetchToggle({ src, flag: 'profile_contacts', fetch })).to.equal(true);
      on = false;
      expect(await fetchToggle({ src, flag: 'profile_contacts', fetch, fresh: true })).to.equal(false);
      expect(calls).to.have.length(2);
      // The fresh answer replaces the cached one.
      expect(await fetchToggle({ src, flag: 'profile_contacts', fetch })).to.equal(false);
      expect(calls).to.have.length(2);
    });

    it('shares one request when a fresh answer is asked for in the same moment as a plain one', async () => {
      const { fetch, calls } = stubFetch(() => json(fixture));
      const answers = await Promise.all([
        fetchToggle({ src, flag: 'profile_contacts', fetch }),
        fetchToggle({ src, flag: 'profile_contacts', fetch, fresh: true }),
      ]);
      expect(answers).to.deep.equal([true, true]);
      expect(calls).to.have.length(1);
    });

    it('uses the page fetch when none is given', async () => {
      const original = globalThis.fetch;
      const { fetch, calls } = stubFetch(() => json(fixture));
      globalThis.fetch = fetch;
      try {
        expect(await fetchToggle({ src, flag: 'profile_contacts' })).to.equal(true);
        expect(calls).to.have.length(1);
      } finally {
        globalThis.fetch = original;
      }
    });
  });

  describe('failing closed', () => {
    it('reports an http failure with its status', async () => {
      const { fetch } = stubFetch(() => json({ errors: [{ status: '500' }] }, 500));
      const error = await failure(fetchToggle({ src, flag: 'profile_contacts', fetch }));
      expect(error.reason).to.equal('http');
      expect(error.status).to.equal(500);
    });

    it('reports a network failure', async () => {
      const { fetch } = stubFetch(() => {
        throw new TypeError('Failed to fetch');
      });
      expect((await failure(fetchToggle({ src, flag: 'profile_contacts', fetch }))).reason).to.equal('network');
    });

    it('reports a body that is not JSON as an invalid response', async () => {
      const { fetch } = stubFetch(() => new Response('<html>oops</html>', { status: 200 }));
      expect((await failure(fetchToggle({ src, flag: 'profile_contacts', fetch }))).reason).to.equal(
        'invalid-response',
      );
    });

    it('reports JSON of the wrong shape as an invalid response', async () => {
      for (const body of [null, [], { data: null }, { data: { features: 'profile_contacts' } }]) {
        clearToggleCache();
        const { fetch } = stubFetch(() => json(body));
        const error = await failure(fetchToggle({ src, flag: 'profile_contacts', fetch }));
        expect(error.reason, JSON.stringify(body)).to.equal('invalid-response');
      }
    });

    it('reports a flag the service does not list as unknown', async () => {
      const { fetch } = stubFetch(() => toggles({ something_else: true }));
      expect((await failure(fetchToggle({ src, flag: 'profile_contacts', fetch }))).reason).to.equal('unknown-flag');
    });

    it('reports a flag whose value is not true or false as unknown', async () => {
      const { fetch } = stubFetch(() => toggles({ profile_contacts: 'true' }));
      expect((await failure(fetchToggle({ src, flag: 'profile_contacts', fetch }))).reason).to.equal('unknown-flag');
    });

    it('fails every flag that shared a failed request', async () => {
      const { fetch } = stubFetch(() => json({}, 503));
      const errors = await Promise.all([
        failure(fetchToggle({ src, flag: 'a_flag', fetch })),
        failure(fetchToggle({ src, flag: 'b_flag', fetch })),
      ]);
      expect(errors.map((e) => e.reason)).to.deep.equal(['http', 'http']);
    });

    it('still answers the known flags when one flag in the request is unknown', async () => {
      const { fetch } = stubFetch(() => toggles({ a_flag: true }));
      const known = fetchToggle({ src, flag: 'a_flag', fetch });
      const unknown = failure(fetchToggle({ src, flag: 'b_flag', fetch }));
      expect(await known).to.equal(true);
      expect((await unknown).reason).to.equal('unknown-flag');
    });

    it('does not remember a failure: the next ask tries again', async () => {
      let fail = true;
      const { fetch, calls } = stubFetch(() => (fail ? json({}, 500) : json(fixture)));
      await failure(fetchToggle({ src, flag: 'profile_contacts', fetch }));
      fail = false;
      expect(await fetchToggle({ src, flag: 'profile_contacts', fetch })).to.equal(true);
      expect(calls).to.have.length(2);
    });
  });
});
