import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { withMockApi } from '../stories/mock-api.js';

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
  decorators: [withMockApi],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Any axe violation fails the story, in the a11y panel and in test runs.
    a11y: { test: 'error' },
  },
};

export default preview;
