import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import * as elements from '../src/index.js';
import { withMockApi } from '../stories/mock-api.js';

interface Declaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
  members?: { privacy?: string; static?: boolean }[];
  cssParts?: { name: string }[];
  slots?: { name: string }[];
}

/**
 * The manifest as the docs should show it. Storybook finds an element by its tag name, but the
 * classes are registered through `defineElement`, which the analyzer does not follow: take the
 * missing tag names from the registry, where importing the package has just put them. Private,
 * protected and static members are implementation, not API: leave them out of the tables.
 * Storybook keys its table by name, so a slot or part named like an attribute (`non-patient`)
 * would hide it: show them as hosts write them, `slot="name"` and `::part(name)`.
 */
function forDocs<T extends { modules: { declarations?: unknown[] }[] }>(source: T): T {
  const classes = elements as unknown as Record<string, CustomElementConstructor | undefined>;
  for (const module of source.modules) {
    for (const declaration of (module.declarations ?? []) as Declaration[]) {
      const element = classes[declaration.name];
      if (!declaration.customElement || !element) continue;
      declaration.tagName ??= customElements.getName(element) ?? undefined;
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
