/** A phone value from the service, ready to show and, when it is a valid number, to dial. */
export interface PhoneNumber {
  /** `tel:` URI to dial, or null when the value is not a valid number (shown as plain text, never linked). */
  readonly href: string | null;
  /** Text to show. */
  readonly display: string;
  /** Digits spelled for a screen reader, e.g. "9 1 6. 5 5 5. 0 1 4 2" or with ", extension 4 2"; null when not linked. */
  readonly spoken: string | null;
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

function parseUs(text: string): PhoneNumber | null {
  const match = US.exec(text);
  if (!match) return null;
  const [, parenthesisedArea, plainArea, exchange, line, extension] = match;
  const groups = [parenthesisedArea ?? plainArea, exchange, line] as string[];
  const national = groups.join('');
  const display = groups.join('-');
  const spoken = groups.map(spell).join('. ');
  if (extension === undefined) {
    return { href: `tel:+1${national}`, display, spoken };
  }
  return {
    // A comma is a pause: dialers call the number, then dial the extension.
    href: `tel:+1${national},${extension}`,
    display: `${display}, ext. ${extension}`,
    spoken: `${spoken}, extension ${spell(extension)}`,
  };
}

function parseInternational(text: string): PhoneNumber | null {
  if (!INTERNATIONAL.test(text)) return null;
  const groups = text.match(/\d+/g) ?? [];
  const digits = groups.join('');
  // Country code 1 always has ten more digits (the US rule above), and none starts with 0.
  if (digits.length < 8 || digits.length > 15 || !/^[2-9]/.test(digits)) return null;
  return { href: `tel:+${digits}`, display: text, spoken: `plus ${groups.map(spell).join('. ')}` };
}

/** "0142" → "0 1 4 2", so a screen reader reads digits rather than "one hundred forty-two". */
function spell(digits: string): string {
  return digits.split('').join(' ');
}
