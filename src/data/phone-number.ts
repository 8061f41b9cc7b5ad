/** A phone value from the service, ready to show and, when it is a valid number, to dial. */
export interface PhoneNumber {
  /** `tel:` URI to dial, or null when the value is not a valid number (shown as plain text, never linked). */
  readonly href: string | null;
  /** Text to show. */
  readonly display: string;
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
  return parseUs(text) ?? parseInternational(text) ?? { href: null, display: text };
}

function parseUs(text: string): PhoneNumber | null {
  const match = US.exec(text);
  if (!match) return null;
  const [, parenthesisedArea, plainArea, exchange, line, extension] = match;
  const area = parenthesisedArea ?? plainArea;
  const national = `${area}${exchange}${line}`;
  const display = `${area}-${exchange}-${line}`;
  if (extension === undefined) return { href: `tel:+1${national}`, display };
  return {
    // A comma is a pause: dialers call the number, then dial the extension.
    href: `tel:+1${national},${extension}`,
    display: `${display}, ext. ${extension}`,
  };
}

function parseInternational(text: string): PhoneNumber | null {
  if (!INTERNATIONAL.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  // Country code 1 always has ten more digits (the US rule above), and none starts with 0.
  if (digits.length < 8 || digits.length > 15 || !/^[2-9]/.test(digits)) return null;
  return { href: `tel:+${digits}`, display: text };
}
