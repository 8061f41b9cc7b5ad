import type { Contact } from '../../data/contact.js';

const DOMESTIC_COUNTRIES = new Set(['us', 'usa', 'united states', 'united states of america']);

/**
 * The lines of a postal address that are on file: street lines, then "City, ST 12345-6789"
 * (or city, province and postal code abroad), then the country when it is not the US.
 */
export function addressLines(contact: Contact): string[] {
  const zip = [contact.zipCode, contact.zipPlus4].filter(Boolean).join('-');
  const region = [contact.state ?? contact.provinceCode, zip || contact.postalCode]
    .filter(Boolean)
    .join(' ');
  const locality = [contact.city, region].filter(Boolean).join(', ');
  const country =
    contact.country && !DOMESTIC_COUNTRIES.has(contact.country.toLowerCase())
      ? contact.country
      : undefined;
  return [contact.addressLine1, contact.addressLine2, contact.addressLine3, locality, country].filter(
    (line): line is string => Boolean(line),
  );
}
