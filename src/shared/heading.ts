import { html, type TemplateResult } from 'lit';

/** Clamps a heading-level attribute to 1–6 (anything else falls back to `fallback`). */
export function clampHeadingLevel(level: unknown, fallback: number): number {
  const value = Number(level);
  return Number.isInteger(value) && value >= 1 && value <= 6 ? value : fallback;
}

/** A real `<hN>` for a level chosen at run time (1–6; anything else gives `<h6>`). */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}
