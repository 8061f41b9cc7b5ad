// How the React and VA pages load the contacts, as a host page behind a feature flag would: ask
// the toggles endpoint for the flag, and only once it is on ask for the contacts (two requests in
// series, like <flag-gate> around <health-contacts-list>). When the server wrote the flag into
// the page (`window.hostFlags`), the contacts are asked for at once: one request.
const FLAG = 'profile_contacts';
const TOGGLES_SRC = `/v0/feature_toggles?features=${FLAG}`;
const CONTACTS_SRC = '/v0/profile/contacts';

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function flagIsOn() {
  const known = window.hostFlags?.[FLAG];
  if (typeof known === 'boolean') return known;
  const toggles = await getJson(TOGGLES_SRC);
  const camel = FLAG.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
  return toggles.data.features.some(({ name, value }) => (name === FLAG || name === camel) && value === true);
}

/** The contacts document (JSON:API), or a document with no data when the flag is off. */
export async function loadContacts() {
  if (!(await flagIsOn())) return { data: [] };
  return getJson(CONTACTS_SRC);
}
