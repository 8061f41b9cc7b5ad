import type { TemplateResult } from 'lit';
import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';

/** Clamps a heading-level attribute to 1–6 (anything else falls back to `fallback`). */
export function clampHeadingLevel(level: unknown, fallback: number): number {
  const value = Number(level);
  return Number.isInteger(value) && value >= 1 && value <= 6 ? value : fallback;
}

const HEADING_TAGS = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** `hN` as a static value for lit/static-html.js templates (anything but 1–5 gives `h6`). */
export const headingTag = (level: number): StaticValue => HEADING_TAGS[level - 1] ?? HEADING_TAGS[5];

/** A real `<hN>` for a level chosen at run time. */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  const tag = headingTag(level);
  // The tag is a static value (lit/static-html.js), joined into the template, not a binding.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${part}>${content}</${tag}>`;
}
