// The same UI built with the VA design system's web components (va-additional-info, va-card,
// va-telephone; their loader is a <script type="module"> before this one), in plain JavaScript.
const FACILITY_HREF = 'https://www.va.gov/find-locations/';

const ROLES = {
  'emergency contact': ['emergency', 'Primary emergency contact', "The first person we'll contact in an emergency."],
  'other emergency contact': [
    'emergency',
    'Secondary emergency contact',
    "The person we'll contact if your primary contact isn't available.",
  ],
  'primary next of kin': ['nextOfKin', 'Primary next of kin', 'The first person you want to represent your health care wishes.'],
  'other next of kin': ['nextOfKin', 'Secondary next of kin', "The person we'll ask if your primary next of kin isn't available."],
};
const ROLE_ORDER = Object.keys(ROLES);

const text = (value) => (typeof value === 'string' && value.trim()) || undefined;

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) if (value != null) node.setAttribute(name, value);
  node.append(...children.filter((child) => child != null && child !== false));
  return node;
}

/** A va-telephone for a dialable number (its own formatting and link), plain text otherwise. */
function telephone(raw) {
  const value = text(raw);
  if (!value) return undefined;
  const international = value.match(/^\+(\d{1,3})[\s.-]+([\d\s().-]+)$/);
  if (international) {
    const contact = international[2].replace(/\D/g, '');
    if (contact.length >= 6 && contact.length <= 14) {
      return el('p', null, el('va-telephone', { contact, 'country-code': international[1] }));
    }
    return el('p', null, value);
  }
  const [, number, extension] = value.match(/^(.*?)(?:\s*(?:x|ext\.?|extension)\s*(\d+))?$/i);
  const digits = number.replace(/[\s().-]/g, '').replace(/^1(?=\d{10}$)/, '');
  if (!/^\d{10}$/.test(digits)) return el('p', null, value);
  return el('p', null, el('va-telephone', { contact: digits, extension }));
}

function addressLines(c) {
  const zip = [text(c.zipCode), text(c.zipPlus4)].filter(Boolean).join('-');
  const region = [text(c.state) ?? text(c.provinceCode), zip || text(c.postalCode)].filter(Boolean).join(' ');
  const country = text(c.country);
  return [
    text(c.addressLine1),
    text(c.addressLine2),
    text(c.addressLine3),
    [text(c.city), region].filter(Boolean).join(', '),
    country && !/^(us|usa|united states( of america)?)$/i.test(country) ? country : undefined,
  ].filter(Boolean);
}

function card(contact, [group, heading, description]) {
  const name = [contact.prefix, contact.givenName, contact.middleName, contact.familyName, contact.suffix]
    .map(text)
    .filter(Boolean)
    .join(' ');
  const address = group === 'nextOfKin' ? addressLines(contact) : [];
  return el(
    'va-card',
    null,
    el('h3', null, heading),
    el('p', null, description),
    name && el('p', null, name),
    text(contact.relationship) && el('p', null, text(contact.relationship)),
    address.length > 0 && el('p', null, ...address.flatMap((line, i) => (i ? [el('br'), line] : [line]))),
    telephone(contact.primaryPhone),
    telephone(contact.alternatePhone),
  );
}

function group(title, description, cards, empty) {
  return el(
    'section',
    null,
    el('h2', null, title),
    el('p', null, description),
    cards.length
      ? el('div', { class: 'cards' }, ...cards)
      : el('p', null, `${empty} `, el('a', { href: FACILITY_HREF }, "Find your health facility's phone number")),
  );
}

function additionalInfo() {
  return el(
    'va-additional-info',
    { trigger: 'Learn how to update your personal health care contact information' },
    el(
      'p',
      null,
      "If this information isn't correct, ask a staff member at your next appointment or ",
      el('strong', null, 'contact your VA health facility'),
      '. ',
      el('a', { href: FACILITY_HREF }, "Find your health facility's phone number"),
    ),
  );
}

function groups(contacts) {
  const emergency = [];
  const nextOfKin = [];
  const known = contacts
    .map((contact) => ({ contact, type: text(contact.contactType)?.toLowerCase() }))
    .filter(({ type }) => type in ROLES)
    .sort((a, b) => ROLE_ORDER.indexOf(a.type) - ROLE_ORDER.indexOf(b.type));
  for (const { contact, type } of known) {
    (ROLES[type][0] === 'emergency' ? emergency : nextOfKin).push(card(contact, ROLES[type]));
  }
  return [
    group(
      'Medical emergency contacts',
      "The people we'll contact in an emergency.",
      emergency,
      'To add an emergency contact, call your VA health facility.',
    ),
    group(
      'Next of kin contacts',
      'The people you want to represent your health care wishes if needed.',
      nextOfKin,
      'To add a next of kin, call your VA health facility.',
    ),
  ];
}

const host = document.getElementById('app');

window.benchApp = {
  render(contacts) {
    host.replaceChildren(additionalInfo(), ...groups(contacts));
  },
  async load(load) {
    const status = el('p', { role: 'status' }, 'Please wait…');
    host.replaceChildren(additionalInfo(), status);
    const doc = await load();
    status.replaceWith(...groups(doc.data.map(({ id, attributes }) => ({ id, ...attributes }))));
  },
  /** Loads and runs each component once (the library loads a component's code on first use). */
  async warm() {
    const scratch = el('div', { hidden: '' }, el('va-card', null, el('va-telephone', { contact: '5555550100' })), additionalInfo());
    document.body.append(scratch);
    await Promise.all([...scratch.querySelectorAll('va-card, va-telephone, va-additional-info')].map((c) => c.componentOnReady()));
    scratch.remove();
  },
};
