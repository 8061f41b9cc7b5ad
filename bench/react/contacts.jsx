// The same UI as a React 19 host would write it by hand: the components, rendered by app.jsx in
// the browser (and, for the phone profile's server-rendered page, by react-dom/server).
import { Fragment, useEffect, useMemo, useState } from 'react';

const FACILITY_HREF = 'https://www.va.gov/find-locations/';

const ROLES = {
  'emergency contact': {
    group: 'emergency',
    heading: 'Primary emergency contact',
    description: "The first person we'll contact in an emergency.",
    spoken: 'primary emergency contact',
  },
  'other emergency contact': {
    group: 'emergency',
    heading: 'Secondary emergency contact',
    description: "The person we'll contact if your primary contact isn't available.",
    spoken: 'secondary emergency contact',
  },
  'primary next of kin': {
    group: 'nextOfKin',
    heading: 'Primary next of kin',
    description: 'The first person you want to represent your health care wishes.',
    spoken: 'primary next of kin',
  },
  'other next of kin': {
    group: 'nextOfKin',
    heading: 'Secondary next of kin',
    description: "The person we'll ask if your primary next of kin isn't available.",
    spoken: 'secondary next of kin',
  },
};
const ROLE_ORDER = Object.keys(ROLES);

const text = (value) => (typeof value === 'string' && value.trim()) || undefined;

/** `{ href, display }` for a dialable number, `{ display }` for anything else. */
function formatPhone(raw) {
  const value = text(raw);
  if (!value) return undefined;
  if (value.startsWith('+')) {
    const digits = value.slice(1).replace(/[\s().-]/g, '');
    return /^\d{8,15}$/.test(digits) ? { href: `tel:+${digits}`, display: value } : { display: value };
  }
  const [, number, ext] = value.match(/^(.*?)(?:\s*(?:x|ext\.?|extension)\s*(\d+))?$/i);
  const digits = number.replace(/[\s().-]/g, '').replace(/^1(?=\d{10}$)/, '');
  if (!/^\d{10}$/.test(digits)) return { display: value };
  const display = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  return {
    href: `tel:+1${digits}${ext ? `,${ext}` : ''}`,
    display: ext ? `${display}, ext. ${ext}` : display,
  };
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

function Phone({ value, who }) {
  const phone = formatPhone(value);
  if (!phone) return null;
  return (
    <p className="phone">
      {phone.href ? (
        <a href={phone.href} aria-label={`Call ${who} ${phone.display}`}>
          {phone.display}
        </a>
      ) : (
        phone.display
      )}
    </p>
  );
}

function ContactCard({ contact, role }) {
  const name = [contact.prefix, contact.givenName, contact.middleName, contact.familyName, contact.suffix]
    .map(text)
    .filter(Boolean)
    .join(' ');
  const address = role.group === 'nextOfKin' ? addressLines(contact) : [];
  return (
    <article className="card">
      <h3>{role.heading}</h3>
      <p className="description">{role.description}</p>
      {name && <p>{name}</p>}
      {text(contact.relationship) && <p>{text(contact.relationship)}</p>}
      {address.length > 0 && (
        <p>
          {address.map((line, i) => (
            <Fragment key={i}>
              {i > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </p>
      )}
      <Phone value={contact.primaryPhone} who={`${role.spoken} at`} />
      <Phone value={contact.alternatePhone} who={`${role.spoken} at alternate phone`} />
    </article>
  );
}

function ContactGroup({ title, description, contacts, empty }) {
  return (
    <section>
      <h2>{title}</h2>
      <p>{description}</p>
      {contacts.length > 0 ? (
        <div className="cards">
          {contacts.map(({ contact, role }, i) => (
            <ContactCard key={i} contact={contact} role={role} />
          ))}
        </div>
      ) : (
        <p>
          {empty} <a href={FACILITY_HREF}>Find your health facility's phone number</a>
        </p>
      )}
    </section>
  );
}

function groupContacts(contacts) {
  const withRoles = contacts
    .map((contact) => ({ contact, type: text(contact.contactType)?.toLowerCase() }))
    .filter(({ type }) => type in ROLES)
    .map(({ contact, type }) => ({ contact, role: ROLES[type], order: ROLE_ORDER.indexOf(type) }))
    .sort((a, b) => a.order - b.order);
  return {
    emergency: withRoles.filter(({ role }) => role.group === 'emergency'),
    nextOfKin: withRoles.filter(({ role }) => role.group === 'nextOfKin'),
  };
}

export function App({ contacts: given, load }) {
  const [contacts, setContacts] = useState(given);
  useEffect(() => {
    if (!load) return;
    let current = true;
    load().then((doc) => {
      if (current) setContacts(doc.data.map(({ id, attributes }) => ({ id, ...attributes })));
    });
    return () => {
      current = false;
    };
  }, [load]);
  const groups = useMemo(() => contacts && groupContacts(contacts), [contacts]);
  return (
    <>
      <details>
        <summary>Learn how to update your personal health care contact information</summary>
        <p>
          If this information isn't correct, ask a staff member at your next appointment or{' '}
          <strong>contact your VA health facility</strong>.{' '}
          <a href={FACILITY_HREF}>Find your health facility's phone number</a>
        </p>
      </details>
      {groups ? (
        <>
          <ContactGroup
            title="Medical emergency contacts"
            description="The people we'll contact in an emergency."
            contacts={groups.emergency}
            empty="To add an emergency contact, call your VA health facility."
          />
          <ContactGroup
            title="Next of kin contacts"
            description="The people you want to represent your health care wishes if needed."
            contacts={groups.nextOfKin}
            empty="To add a next of kin, call your VA health facility."
          />
        </>
      ) : (
        <p role="status">Please wait…</p>
      )}
    </>
  );
}
