// Run by `npm run build`: custom-elements.json from the element classes' JSDoc; from it, in dist/, the
// files editors read (VS Code's HTML and CSS custom data, JetBrains' web-types) and the types
// Vue's and Svelte's template checkers and Preact's and Solid's JSX read (vue.d.ts, svelte.d.ts,
// preact.d.ts, solid.d.ts).
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { baseClassesPlugin, editorHintsPlugin, eventTypesPlugin, frameworkTypesPlugin } from './scripts/manifest-plugins.mjs';

const editorData = { outdir: 'dist', typesSrc: 'expandedType', hideLogs: true };

export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  plugins: [
    // These complete the manifest; the ones after read it.
    baseClassesPlugin(),
    eventTypesPlugin(),
    editorHintsPlugin(),
    frameworkTypesPlugin({ outdir: 'dist' }),
    customElementVsCodePlugin(editorData),
    customElementJetBrainsPlugin(editorData),
  ],
};
