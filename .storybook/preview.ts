import { withThemeByDataAttribute } from '@storybook/addon-themes';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// The VA Design System's tokens and web font, as VA.gov loads them (css-library has no `exports`:
// the deep paths resolve as files).
import vaVariables from '@department-of-veterans-affairs/css-library/dist/tokens/css/variables.css?inline';
import sourceSansBold from '@department-of-veterans-affairs/css-library/dist/fonts/sourcesanspro-bold-webfont.woff2?url';
import sourceSansRegular from '@department-of-veterans-affairs/css-library/dist/fonts/sourcesanspro-regular-webfont.woff2?url';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { withMockApi } from '../stories/mock-api.js';
import { DEFAULT_THEME, THEMES, THEME_ATTRIBUTE, themeStyleSheet } from '../stories/themes.js';

const themes = document.createElement('style');
themes.textContent = themeStyleSheet({ vaVariables, sourceSansRegular, sourceSansBold });
document.head.append(themes);

interface Declaration {
  name: string;
  customElement?: boolean;
  members?: { privacy?: string; static?: boolean }[];
  cssParts?: { name: string }[];
  slots?: { name: string }[];
}

/**
 * The manifest as the docs should show it. Private, protected and static members are
 * implementation, not API: leave them out of the tables.
 * Storybook keys its table by name, so a slot or part named like an attribute (`non-patient`)
 * would hide it: show them as hosts write them, `slot="name"` and `::part(name)`.
 */
function forDocs<T extends { modules: { declarations?: unknown[] }[] }>(source: T): T {
  for (const module of source.modules) {
    for (const declaration of (module.declarations ?? []) as Declaration[]) {
      if (!declaration.customElement) continue;
      declaration.members = declaration.members?.filter(
        (member) => !member.static && (member.privacy ?? 'public') === 'public',
      );
      declaration.slots = declaration.slots?.map((slot) => ({ ...slot, name: slot.name ? `slot="${slot.name}"` : '(default)' }));
      declaration.cssParts = declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` }));
    }
  }
  return source;
}

setCustomElementsManifest(forDocs(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [
    withMockApi,
    // The toolbar's "Theme": VA.gov (the default), no host tokens, or a custom look through --hc-*.
    withThemeByDataAttribute({ themes: THEMES, defaultTheme: DEFAULT_THEME, attributeName: THEME_ATTRIBUTE, parentSelector: 'html' }),
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Any axe violation fails the story, in the a11y panel and in test runs.
    a11y: { test: 'error' },
  },
};

export default preview;
