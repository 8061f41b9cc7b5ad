/**
 * A stand-in for the profile service in the stories. Each story says in `parameters.api` what
 * the service answers; the contacts and feature-toggles endpoints are answered from the
 * repository's fixtures with real `Response` objects, and every other request goes to the network.
 *
 * Stories give their elements `contactsSrc(id)` / `togglesSrc(id)`: the story id in the URL keeps
 * stories on one docs page from seeing each other's answers (the gate caches toggles per `src`).
 */
import type { Decorator } from '@storybook/web-components-vite';
import contactsEmpty from '../fixtures/contacts-empty.json';
import contactsFull from '../fixtures/contacts-full.json';
import contactsHostile from '../fixtures/contacts-hostile.json';
import contactsPartial from '../fixtures/contacts-partial.json';
import contactsSnake from '../fixtures/contacts-snake.json';
import error401 from '../fixtures/error-401.json';
import error500 from '../fixtures/error-500.json';
import featureToggles from '../fixtures/feature-toggles.json';

/** The fixtures, for stories that show a contact without fetching. */
export const fixtures = { contactsFull, contactsPartial, contactsHostile };

/** What `GET /v0/profile/contacts` answers. */
export type ContactsAnswer =
  | 'full'
  | 'snake'
  | 'partial'
  | 'empty'
  | 'emergency-only'
  | 'next-of-kin-only'
  | 'hostile'
  | 'not-json'
  | 'pending'
  | 'network-error'
  | 401
  | 403
  | 500;

/** What `GET /v0/feature_toggles` answers: the flag on or off, never, or a server error. */
export type TogglesAnswer = boolean | 'pending' | 500;

export interface ApiParameters {
  contacts?: ContactsAnswer;
  toggles?: TogglesAnswer;
}

const CONTACTS_PATH = '/v0/profile/contacts';
const TOGGLES_PATH = '/v0/feature_toggles';
const DEFAULT_ANSWERS: Required<ApiParameters> = { contacts: 'full', toggles: true };

const forbiddenBody = { errors: [{ title: 'Forbidden', detail: 'Forbidden', code: '403', status: '403' }] };

const fullWhere = (keep: (contactType: string) => boolean) => ({
  data: contactsFull.data.filter((item) => keep(item.attributes.contactType.toLowerCase())),
});

const contactDocuments = {
  full: contactsFull,
  snake: contactsSnake,
  partial: contactsPartial,
  empty: contactsEmpty,
  hostile: contactsHostile,
  'emergency-only': fullWhere((type) => type.includes('emergency')),
  'next-of-kin-only': fullWhere((type) => type.includes('next of kin')),
};

/** The answers of each story rendered so far, by story id. */
const answersByStory = new Map<string, Required<ApiParameters>>();

export const contactsSrc = (storyId: string) => `${CONTACTS_PATH}?story=${encodeURIComponent(storyId)}`;
export const togglesSrc = (storyId: string) => `${TOGGLES_PATH}?story=${encodeURIComponent(storyId)}`;

/** Records the story's answers and puts the stand-in in front of `fetch` (once per page). */
export const withMockApi: Decorator = (story, { id, parameters }) => {
  answersByStory.set(id, { ...DEFAULT_ANSWERS, ...(parameters.api as ApiParameters | undefined) });
  installMockFetch();
  return story();
};

let networkFetch: typeof fetch | undefined;

function installMockFetch(): void {
  if (networkFetch) return;
  networkFetch = globalThis.fetch;
  globalThis.fetch = mockFetch;
}

function mockFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const url = new URL(request.url);
  const isOurs = request.method === 'GET' && url.origin === location.origin;
  const answers = answersByStory.get(url.searchParams.get('story') ?? '') ?? DEFAULT_ANSWERS;
  if (isOurs && url.pathname === CONTACTS_PATH) return answerContacts(answers.contacts, request.signal);
  if (isOurs && url.pathname === TOGGLES_PATH) return answerToggles(answers.toggles, url, request.signal);
  return networkFetch!(input, init);
}

function answerContacts(answer: ContactsAnswer, signal: AbortSignal): Promise<Response> {
  switch (answer) {
    case 'pending':
      return never(signal);
    case 'network-error':
      return Promise.reject(new TypeError('Failed to fetch'));
    case 'not-json':
      // What a sign-in proxy in front of the service sends: a page, not the API's JSON.
      return Promise.resolve(
        new Response('<!doctype html><title>Sign in</title>', { headers: { 'Content-Type': 'text/html' } }),
      );
    case 401:
      return json(error401, 401);
    case 403:
      return json(forbiddenBody, 403);
    case 500:
      return json(error500, 500);
    default:
      return json(contactDocuments[answer]);
  }
}

function answerToggles(answer: TogglesAnswer, url: URL, signal: AbortSignal): Promise<Response> {
  if (answer === 'pending') return never(signal);
  if (answer === 500) return json(error500, 500);
  // The fixture's features, plus any other flag asked for, all with the story's value.
  const asked = (url.searchParams.get('features') ?? '').split(',').filter(Boolean);
  const listed = featureToggles.data.features.map((feature) => feature.name);
  const names = [...listed, ...asked.filter((name) => !listed.includes(name))];
  return json({
    data: { ...featureToggles.data, features: names.map((name) => ({ name, value: answer })) },
  });
}

function json(body: unknown, status = 200): Promise<Response> {
  return Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  );
}

/** A request the server never answers; aborting it rejects, as with a real fetch. */
function never(signal: AbortSignal): Promise<Response> {
  return new Promise((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
