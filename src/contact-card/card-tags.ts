import { unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { CONTACT_TYPES, type ContactRole } from '../data/contact.js';
import type { HealthContactsEventDetails } from '../shared/events.js';

/*
 * The tags of a card's blocks. They are written into the card's template (Lit's static values)
 * rather than nested as templates of their own, so Lit clones one fragment per card instead of one
 * per block: most of the work of a long list. Lit keeps one template per card shape: which blocks
 * a card has, its role's wording (so its language), its heading level, its Edit button. Only our
 * own markup and wording (escaped) go here; a contact's data stays in bindings, which Lit escapes.
 */

/** The start and end tags of a block, or two empty ones for a block that is not on file. */
export type BlockTags = readonly [start: StaticValue, end: StaticValue];

/** Nothing: as a block's tags, or in a value's place, where the template then has no binding. */
export const NO_MARKUP = unsafeStatic('');
const block = (start: string, end: string): BlockTags => [unsafeStatic(start), unsafeStatic(end)];

export const NO_BLOCK: BlockTags = [NO_MARKUP, NO_MARKUP];
/** Each role's card start tag; the role is what `tel-click` reports (our own names, never data). */
export const CARD_START = Object.fromEntries(
  [...CONTACT_TYPES.map(({ role }) => role), 'unknown'].map((role) => [
    role,
    unsafeStatic(`<article part="card" class="card" data-role="${role}">`),
  ]),
) as Record<ContactRole | 'unknown', StaticValue>;
export const DESCRIPTION = block('<p part="description" class="description">', '</p>');
export const NAME = block('<p part="name" class="name">', '</p>');
export const RELATIONSHIP = block('<p part="relationship">', '</p>');
export const ADDRESS = block('<p part="address" class="address">', '</p>');

/** A phone's tags around its three values: the link, its spoken name and the number shown. */
export interface PhoneTags {
  readonly start: StaticValue;
  readonly afterHref: StaticValue;
  readonly afterSpoken: StaticValue;
  readonly end: StaticValue;
}

const phoneLink = (kind: HealthContactsEventDetails['tel-click']['phone']): PhoneTags => ({
  start: unsafeStatic(`<p class="phone"><a part="phone-link" data-phone="${kind}" href="`),
  // The spoken name is the link's text for screen readers, while the visible number is hidden
  // from them: an aria-label would not contain the visible text (WCAG 2.5.3).
  afterHref: unsafeStatic('"><span class="visually-hidden">'),
  afterSpoken: unsafeStatic('</span><span aria-hidden="true">'),
  end: unsafeStatic('</span></a></p>'),
});

export const PHONE_LINK = { primary: phoneLink('primary'), alternate: phoneLink('alternate') };
/** A value that is not a valid number: shown as text, never linked; only the number shown is filled. */
export const PHONE_TEXT: PhoneTags = {
  start: unsafeStatic('<p part="phone-text" class="phone">'),
  afterHref: NO_MARKUP,
  afterSpoken: NO_MARKUP,
  end: unsafeStatic('</p>'),
};
export const NO_PHONE: PhoneTags = { start: NO_MARKUP, afterHref: NO_MARKUP, afterSpoken: NO_MARKUP, end: NO_MARKUP };

const fixedTexts = new Map<string, StaticValue>();

/**
 * The role's heading or description, fixed for a role and a language, written into the template
 * like the tags (escaped: language tables may come from a host). Never a contact's data.
 */
export function fixedText(text: string): StaticValue {
  let value = fixedTexts.get(text);
  if (!value) {
    value = unsafeStatic(text.replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`));
    fixedTexts.set(text, value);
  }
  return value;
}
