/**
 * The three pages a story can be seen in (Storybook's toolbar, "Theme"; the visual baselines use
 * them too), each picked by `data-theme` on `<html>`:
 * - **VA.gov**: the VA Design System's tokens on `:root` (css-library's `variables.css`, as VA.gov
 *   loads it) and VA.gov's body type, `var(--font-family-sans)`, with its Source Sans Pro web font;
 * - **No host tokens**: a page without any of them, so the elements show their own fallbacks;
 * - **Custom**: a host's own look, set only through `--hc-*` properties (and its own body type).
 */
export const THEMES = { 'VA.gov': 'va-gov', 'No host tokens': 'none', Custom: 'custom' } as const;

export type ThemeName = keyof typeof THEMES;

export const DEFAULT_THEME: ThemeName = 'VA.gov';

/** The attribute on `<html>` that names the theme. */
export const THEME_ATTRIBUTE = 'data-theme';

/** What the style sheet is made from: css-library's variables, and the URLs of its web font files. */
export interface ThemeSources {
  /** The text of `@department-of-veterans-affairs/css-library/dist/tokens/css/variables.css`. */
  vaVariables: string;
  /** URLs of css-library's `sourcesanspro-regular-webfont.woff2` and `sourcesanspro-bold-webfont.woff2`. */
  sourceSansRegular: string;
  sourceSansBold: string;
}

const on = (theme: ThemeName) => `:root[${THEME_ATTRIBUTE}="${THEMES[theme]}"]`;

/** A host restyling every colour through `--hc-*` (all pass WCAG AA contrast on their backgrounds). */
const CUSTOM_PROPERTIES = `
  --hc-text-color: #262626;
  --hc-muted-color: #4d4d4d;
  --hc-link-color: #00696b;
  --hc-link-visited-color: #6b3fa0;
  --hc-link-hover-color: #004446;
  --hc-focus-color: #e66f0e;
  --hc-border-color: #00696b;
  --hc-card-background: #f2f9f8;
  --hc-card-padding: 1.25rem;
  --hc-button-background: #00696b;
  --hc-button-color: #ffffff;
  --hc-error-color: #b50909;
  --hc-error-background: #fdf1f1;
  --hc-info-color: #00696b;
  --hc-info-background: #e6f4f4;
  --hc-placeholder-background: #e6f0ef;`;

/** The style sheet that gives each theme its look; only the theme named on `<html>` applies. */
export function themeStyleSheet({ vaVariables, sourceSansRegular, sourceSansBold }: ThemeSources): string {
  const scopedVariables = vaVariables.replace(/:root\s*\{/, `${on('VA.gov')} {`);
  if (scopedVariables === vaVariables) throw new Error('css-library variables.css no longer declares its tokens on :root');
  return `${scopedVariables}
@font-face {
  font-family: 'Source Sans Pro Web';
  font-style: normal;
  font-weight: 400;
  font-display: block;
  src: url('${sourceSansRegular}') format('woff2');
}
@font-face {
  font-family: 'Source Sans Pro Web';
  font-style: normal;
  font-weight: 700;
  font-display: block;
  src: url('${sourceSansBold}') format('woff2');
}
${on('VA.gov')} body {
  font-family: var(--font-family-sans);
}
${on('No host tokens')} body {
  font-family: sans-serif;
}
${on('Custom')} {${CUSTOM_PROPERTIES}
}
${on('Custom')} body {
  font-family: Georgia, serif;
}
`;
}
