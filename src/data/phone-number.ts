/** A phone value from the service, ready to show and, when it is a valid number, to dial. */
export interface PhoneNumber {
  /** `tel:` URI to dial, or null when the value is not a valid number (shown as plain text, never linked). */
  readonly href: string | null;
  /** Text to show. */
  readonly display: string;
  /** What a screen reader should hear, in no language yet (see `speakPhoneNumber`); null when not linked. */
  readonly spoken: SpokenPhoneNumber | null;
}

/** A number's digits spelled one by one, so a screen reader reads "9 1 6" rather than "nine hundred sixteen". */
export interface SpokenPhoneNumber {
  /** True for an international number: it is read with the word for "+" first. */
  readonly plus: boolean;
  /** Each group of digits spelled, e.g. `["9 1 6", "5 5 5", "0 1 4 2"]`. */
  readonly groups: readonly string[];
  /** The extension spelled, e.g. `"4 2"`, when there is one. */
  readonly extension?: string;
}

/** The words a language reads around the digits, e.g. `{ plus: 'plus', extension: 'extension' }`. */
export interface PhoneWords {
  readonly plus: string;
  readonly extension: string;
}

/*
 * The whole value must match one of these two grammars; anything else is shown as text and never
 * dialled. Counting digits after stripping everything else would link "javascript:…5125550108".
 * Between digit groups people type spaces, dots or hyphens (`[\s.-]`).
 *
 * US: an optional country code 1, then fixed 3-3-4 groups, which keep a number with a digit too
 * many or too few ("202-555-01555") from linking; then an optional extension ("x123", "ext. 123",
 * "extension 123").
 */
const US = /^(?:\+?1[\s.-]*)?(?:\((\d{3})\)|(\d{3}))[\s.-]*(\d{3})[\s.-]*(\d{4})(?:[\s,]*(?:x|ext\.?|extension)\s*(\d{1,6}))?$/i;

/*
 * International: "+" then digit groups. A parenthesised group may touch its neighbours
 * ("+49(30)1234"); written so that no two alternatives can match the same text, which keeps
 * matching linear. A group in parentheses starting with 0 is a national trunk prefix
 * ("+44 (0)20…"): dialled from a `tel:` link it reaches the wrong number, so such a value is not linked.
 */
const INTERNATIONAL = /^\+\s*(?:\d+|\([1-9]\d*\)\d*)(?:[\s.-]+\d+|[\s.-]*\([1-9]\d*\)\d*)*$/;

/** Parses a raw value from the service. Returns null when nothing is on file (not a string, empty or blank). Never throws for any input. */
export function parsePhoneNumber(raw: unknown): PhoneNumber | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (text === '') return null;
  return parseUs(text) ?? parseInternational(text) ?? { href: null, display: text, spoken: null };
}

/** The spelled number in one language: "9 1 6. 5 5 5. 0 1 0 8, extension 4 2", "plus 4 4. 2 0. 7 9 4 6. 0 9 5 8". */
export function speakPhoneNumber({ plus, groups, extension }: SpokenPhoneNumber, words: PhoneWords): string {
  const digits = groups.join('. ');
  const number = plus ? `${words.plus} ${digits}` : digits;
  return extension === undefined ? number : `${number}, ${words.extension} ${extension}`;
}

function parseUs(text: string): PhoneNumber | null {
  const match = US.exec(text);
  if (!match) return null;
  // Indexed rather than destructured: this runs for every phone of a long list.
  const area = match[1] ?? match[2];
  const exchange = match[3];
  const line = match[4];
  const extension = match[5];
  const national = `${area}${exchange}${line}`;
  const display = `${area}-${exchange}-${line}`;
  const groups = [spell(area), spell(exchange), spell(line)];
  if (extension === undefined) {
    return { href: `tel:+1${national}`, display, spoken: { plus: false, groups } };
  }
  return {
    // A comma is a pause: dialers call the number, then dial the extension.
    href: `tel:+1${national},${extension}`,
    display: `${display}, ext. ${extension}`,
    spoken: { plus: false, groups, extension: spell(extension) },
  };
}

function parseInternational(text: string): PhoneNumber | null {
  if (!INTERNATIONAL.test(text)) return null;
  const groups = text.match(/\d+/g) ?? [];
  const digits = groups.join('');
  // Country code 1 always has ten more digits (the US rule above), and none starts with 0.
  if (digits.length < 8 || digits.length > 15 || !/^[2-9]/.test(digits)) return null;
  return { href: `tel:+${digits}`, display: text, spoken: { plus: true, groups: groups.map(spell) } };
}

/** "0142" → "0 1 4 2", so a screen reader reads digits rather than "one hundred forty-two". */
function spell(digits: string): string {
  return digits.split('').join(' ');
}
