// The demo page's own script (no inline script: the page runs under a strict CSP with Trusted
// Types). Reads ?scenario=, points the elements at the stand-in API for it, renders the scenario
// picker and logs every event the elements dispatch. Runs before the elements are defined.

const SCENARIOS = new Map([
  ['full', 'Two emergency contacts and two next of kin; a power of attorney that is never shown.'],
  ['partial', 'Blank and missing fields, a 7-digit phone, a next of kin abroad.'],
  ['snake', "The service's default answer: snake_case keys, upper-case names."],
  ['empty', 'No contacts on file.'],
  ['hostile', 'Markup, script and wrong types in every field: all shown as text or skipped.'],
  ['unauthorized', 'The API answers 401: an error with no "Try again".'],
  ['server-error-then-success', 'The API answers 500 once; the element retries and shows the contacts.'],
  ['slow', 'The API takes 3 seconds: the loading state.'],
  ['flag-off', 'The feature flag is off: the fallback shows and no contacts are requested.'],
  ['non-patient', 'The host knows the person gets no VA health care: nothing is fetched.'],
]);

/** What `?fail=` makes the stand-in answer to the next saves and deletes (reads are not affected). */
const FAILURES = new Map([
  ['500', 'the service fails (500)'],
  ['401', 'the session has ended (401)'],
  ['403', 'the session cannot be confirmed (403)'],
  ['412', 'the contact changed elsewhere (412)'],
  ['422', 'the service refuses two fields (422)'],
  ['timeout', 'no answer comes (timeout)'],
  ['network', 'the connection drops'],
]);

const EVENTS = [
  'contacts-load',
  'contacts-error',
  'additional-info-toggle',
  'tel-click',
  'contact-edit-request',
  'contact-save',
  'contact-save-error',
  'contact-edit-cancel',
  'contact-delete',
  'flag-change',
  'flag-error',
  // What VA.gov pages turn into Google Analytics dataLayer entries.
  'component-library-analytics',
];

const params = new URLSearchParams(location.search);
const asked = params.get('scenario');
const scenario = SCENARIOS.has(asked) ? asked : 'full';
const editing = params.get('edit') === 'on';
const failure = FAILURES.has(params.get('fail')) ? params.get('fail') : null;
const gate = document.querySelector('flag-gate');
const list = document.querySelector('health-contacts-list');

// Without ?scenario= the elements keep their defaults, exactly as a host would write them.
if (asked !== null) {
  const query = `scenario=${encodeURIComponent(scenario)}`;
  // A fresh id per page load lets the stand-in fail the first request of each load only.
  const load = scenario === 'server-error-then-success' ? `&load=${Date.now().toString(36)}${Math.random().toString(36).slice(2)}` : '';
  gate.setAttribute('src', `/v0/feature_toggles?${query}`);
  list.setAttribute('src', `/v0/profile/contacts?${query}${load}`);
  if (scenario === 'non-patient') list.setAttribute('non-patient', '');
  document.querySelector('.profile-nav [aria-current="page"]').setAttribute('href', `/?${query}`);
}
if (editing) list.setAttribute('editable', '');
// Writes go to `{src}/{contact type}`: the stand-in reads `fail` there too.
if (editing && failure) list.setAttribute('src', `${list.getAttribute('src') ?? '/v0/profile/contacts'}${list.hasAttribute('src') ? '&' : '?'}fail=${failure}`);

function renderScenarioPicker() {
  document.getElementById('current-scenario').textContent = scenario;
  document.getElementById('scenario-description').textContent =
    asked !== null && !SCENARIOS.has(asked) ? `(There is no scenario "${asked}".) ${SCENARIOS.get(scenario)}` : SCENARIOS.get(scenario);
  const items = document.createElement('ul');
  for (const name of SCENARIOS.keys()) {
    const link = document.createElement('a');
    link.href = `/?scenario=${encodeURIComponent(name)}`;
    link.textContent = name;
    if (name === scenario) link.setAttribute('aria-current', 'page');
    const item = document.createElement('li');
    item.append(link);
    items.append(item);
  }
  document.getElementById('scenario-picker').append(items);
  renderEditingPicker();
}

/** Editing off or on, and with on, a failure for the next saves to try. */
function renderEditingPicker() {
  const base = new URLSearchParams({ scenario });
  const choices = [
    ['off', 'Editing off (read-only, as by default)', base],
    ['on', 'Editing on: saves and deletes work, and change the stand-in until it restarts', new URLSearchParams({ scenario, edit: 'on' })],
    ...[...FAILURES].map(([code, what]) => [`on-${code}`, `Editing on, and ${what}`, new URLSearchParams({ scenario, edit: 'on', fail: code })]),
  ];
  const current = editing ? (failure ? `on-${failure}` : 'on') : 'off';
  const items = document.createElement('ul');
  for (const [name, label, query] of choices) {
    const link = document.createElement('a');
    link.href = `/?${query}`;
    link.textContent = label;
    if (name === current) link.setAttribute('aria-current', 'page');
    const item = document.createElement('li');
    item.append(link);
    items.append(item);
  }
  document.getElementById('editing-picker').append(items);
}

/** The list's own wording shown so far (its summary, buttons, dialog and message headings), which analytics may carry. */
const wordingShown = new Set();

function shownWording(value) {
  const shown = document.querySelector('health-contacts-list')?.shadowRoot;
  for (const node of shown?.querySelectorAll('summary, button, strong') ?? []) wordingShown.add(node.textContent.trim());
  return wordingShown.has(value);
}

/**
 * True when every value, nested ones too, is a number, a boolean, a lowercase code, a version, the
 * service's id of a contact, or the list's own wording as shown: nothing a person typed.
 */
function holdsOnlyCodes(detail) {
  return Object.values(detail ?? {}).every((value) =>
    typeof value === 'object' && value !== null
      ? holdsOnlyCodes(value)
      : typeof value === 'number' ||
        typeof value === 'boolean' ||
        (typeof value === 'string' &&
          (/^[a-z][a-z0-9_-]*$/.test(value) ||
            /^\d+\.\d+\.\d+/.test(value) ||
            // The service's ids: generated, or the contact type itself.
            /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(value) ||
            /^(Emergency Contact|Other emergency contact|Primary Next of Kin|Other Next of Kin)$/.test(value) ||
            shownWording(value))),
  );
}

function logEvent(event) {
  const item = document.createElement('li');
  item.className = 'event';
  const time = document.createElement('span');
  time.className = 'event-time';
  time.textContent = `${Math.round(performance.now())} ms`;
  const name = document.createElement('code');
  name.className = 'event-name';
  name.textContent = event.type;
  const source = document.createElement('span');
  source.className = 'event-source';
  source.textContent = `from <${event.target.localName}>`;
  const detail = document.createElement('code');
  detail.className = 'event-detail';
  detail.textContent = JSON.stringify(event.detail);
  const check = document.createElement('span');
  check.className = 'event-check';
  check.textContent = holdsOnlyCodes(event.detail) ? 'nothing a person typed' : 'free text: check for personal data';
  item.append(time, ' ', name, ' ', source, ' ', detail, ' ', check);
  document.getElementById('analytics-events').append(item);
  document.getElementById('no-events').hidden = true;
}

// Wording is noted as it shows, so that a button's label still counts once the button is gone.
for (const type of EVENTS) document.addEventListener(type, logEvent, true);
document.addEventListener('click', () => shownWording(''), true);
renderScenarioPicker();
