// Plugins of `cem analyze` (see custom-elements-manifest.config.mjs): what the JSDoc leaves
// implicit, made explicit in custom-elements.json, and the Vue, Svelte, Preact and Solid types
// written from it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DETAILS = 'HealthContactsEventDetails';

/**
 * Each event's type, `CustomEvent<detail>`, with the detail as `src/shared/events.ts` declares it
 * (the one source of truth for event details): editors show it, and the Vue and Svelte types
 * check handlers against it. An event missing there stops the build.
 */
export function eventTypesPlugin() {
  const details = new Map();
  return {
    name: 'health-contacts-event-types',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== DETAILS) return;
      for (const member of node.members) {
        if (member.name && member.type) details.set(member.name.text, member.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElements(customElementsManifest)) {
        for (const event of declaration.events ?? []) {
          if (!details.has(event.name)) {
            throw new Error(`<${declaration.tagName}> fires "${event.name}", which ${DETAILS} does not declare.`);
          }
          event.type = { text: `CustomEvent<${details.get(event.name)}>` };
        }
      }
    },
  };
}

/**
 * The elements' base classes (`PackageElement`, `ContactsElement`) are classes, not elements: they
 * register no tag, and what they declare is listed, as inherited, on the elements themselves.
 */
export function baseClassesPlugin() {
  return {
    name: 'health-contacts-base-classes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
        }
      }
    },
  };
}

/** Type names whose values an editor can offer, written out. */
const EXPANDED_TYPES = { RequestCredentials: "'omit' | 'same-origin' | 'include'" };

/**
 * Hints for editors: a type such as `RequestCredentials` also written out as its values
 * (`expandedType`, which the editor plugins read), and a CSS custom property's default, which
 * the JSDoc gives in its prose ("Default `#005ea2`."), as the manifest's `default`.
 */
export function editorHintsPlugin() {
  return {
    name: 'health-contacts-editor-hints',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElements(customElementsManifest)) {
        for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
          const expanded = EXPANDED_TYPES[item.type?.text];
          if (expanded) item.expandedType = { text: expanded };
        }
        for (const property of declaration.cssProperties ?? []) {
          const match = /^(.*?)\s*Default `([^`]+)`\.$/s.exec(property.description ?? '');
          if (!match || property.default) continue;
          property.description = match[1];
          property.default = match[2];
        }
      }
    },
  };
}

/**
 * `vue.d.ts`, `svelte.d.ts`, `preact.d.ts` and `solid.d.ts` in `outdir`: the three tags for Vue's
 * and Svelte's template checkers (vue-tsc, svelte-check) and for Preact's and Solid's JSX, written
 * from the manifest's attributes, properties and events, with the types of the element classes
 * themselves.
 */
export function frameworkTypesPlugin({ outdir }) {
  return {
    name: 'health-contacts-framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = [...customElements(customElementsManifest)].map(describeElement);
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, 'vue.d.ts'), vueTypes(elements));
      writeFileSync(join(outdir, 'svelte.d.ts'), svelteTypes(elements));
      writeFileSync(join(outdir, 'preact.d.ts'), preactTypes(elements));
      writeFileSync(join(outdir, 'solid.d.ts'), solidTypes(elements));
    },
  };
}

function* customElements(manifest) {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) yield declaration;
    }
  }
}

const camelCase = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
const isPublic = (member) => !member.privacy || member.privacy === 'public';

/**
 * What a template may write on one tag: its properties (camelCase; typed by the class when it
 * declares them, strings for the contact card's field attributes), its attributes (kebab-case)
 * and its events.
 */
function describeElement(declaration) {
  const fields = new Set(
    (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && isPublic(m) && !m.name.startsWith('#')).map((m) => m.name),
  );
  const attributes = (declaration.attributes ?? [])
    .filter((attribute) => !attribute.fieldName || fields.has(attribute.fieldName))
    .map((attribute) => ({ name: attribute.name, property: attribute.fieldName ?? camelCase(attribute.name), typed: Boolean(attribute.fieldName) }));
  const untyped = attributes.filter((attribute) => !attribute.typed).map((attribute) => attribute.property);
  return {
    tag: declaration.tagName,
    className: declaration.name,
    typedProperties: [...fields],
    stringProperties: untyped,
    attributes,
    events: (declaration.events ?? []).map((event) => event.name),
  };
}

const HEADER = '// Written by `npm run build` from custom-elements.json; do not edit.\n';
const union = (names) => (names.length ? names.map((name) => `'${name}'`).join(' | ') : 'never');
const stringProps = (names) => (names.length ? `{ ${names.map((name) => `${name}?: string`).join('; ')} }` : '{}');
const classImports = (elements) =>
  `import type { ${[...elements.map((e) => e.className), DETAILS].sort().join(', ')} } from './classes.js';\n`;

/**
 * One tag as Svelte's and Preact's JSX take it: HTML's attributes, the properties (camelCase), the
 * attributes (kebab-case, each typed by its file's `AttributeValue`) and `on<event-name>` handlers.
 */
function propsAttributesHandlers(e, indent) {
  // An attribute named as its property (`src`, `timeout`) is typed as the property.
  const attributes = e.attributes
    .filter((a) => a.name !== a.property)
    .map((a) => `'${a.name}'?: ${a.typed ? `AttributeValue<${e.className}['${a.property}']>` : 'string'}`);
  return `${indent}'${e.tag}': HTMLAttributes<${e.className}> &
${indent}  Partial<Pick<${e.className}, ${union(e.typedProperties)}>> &
${indent}  ${stringProps(e.stringProperties)} &
${indent}  { ${attributes.join('; ')} } &
${indent}  Handlers<${union(e.events)}>;`;
}

/**
 * Vue: each tag a global component (the pattern of Vue's guide to custom elements), its props the
 * element's properties (templates may write them kebab-case: `:heading-level="3"`), its events
 * for `@contacts-load`.
 */
export function vueTypes(elements) {
  const entries = elements.map(
    (e) =>
      `    '${e.tag}': CustomElement<${e.className}, ${union(e.typedProperties)}, ${stringProps(e.stringProperties)}, ${union(e.events)}>;`,
  );
  return `${HEADER}import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${classImports(elements)}
type Handlers<E extends keyof ${DETAILS}> = { [N in E]: (event: CustomEvent<${DETAILS}[N]>) => void };

/** An element as Vue's template checker sees a component: properties as props, events as emits. */
type CustomElement<Element extends HTMLElement, Props extends keyof Element, MoreProps, Events extends keyof ${DETAILS}> = new () => Element & {
  $props: HTMLAttributes & Partial<Pick<Element, Props>> & MoreProps & PublicProps;
  $emit: EmitFn<Handlers<Events>>;
};

declare module 'vue' {
  interface GlobalComponents {
${entries.join('\n')}
  }
}
`;
}

/**
 * Svelte 5: each tag's attributes (kebab-case, as the page's HTML has them; numbers may be
 * written as text), properties (camelCase, set as properties) and `on<event-name>` handlers.
 */
export function svelteTypes(elements) {
  const entries = elements.map((e) => propsAttributesHandlers(e, '    '));
  return `${HEADER}import type { HTMLAttributes } from 'svelte/elements';
${classImports(elements)}
/** What an attribute takes: a number also as its text ("3"); \`true\` or nothing for a boolean. */
type AttributeValue<T> = T extends number ? number | \`\${number}\` : T extends boolean ? true | '' | null | undefined : T;

type Handlers<E extends keyof ${DETAILS}> = { [N in E as \`on\${N}\`]?: (event: CustomEvent<${DETAILS}[N]>) => void };

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${entries.join('\n')}
  }
}
`;
}

/**
 * Preact's JSX (10.28 and later, 11): Preact sets a prop as a property when the element has one
 * (`name in element`: the elements must be registered before `render()`), otherwise as an
 * attribute, and listens for `on<event-name>`. So: the properties (camelCase), the attributes
 * (kebab-case; Preact removes an attribute given `false`, so booleans are fine there) and one
 * `on<event-name>` handler per event.
 */
export function preactTypes(elements) {
  const entries = elements.map((e) => propsAttributesHandlers(e, '      '));
  return `${HEADER}import type { HTMLAttributes } from 'preact';
${classImports(elements)}
/** What an attribute takes: a number also as its text ("3"). */
type AttributeValue<T> = T extends number ? number | \`\${number}\` : T;

type Handlers<E extends keyof ${DETAILS}> = { [N in E as \`on\${N}\`]?: (event: CustomEvent<${DETAILS}[N]>) => void };

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}

/**
 * Solid's JSX (1.9): \`prop:name\` sets a property, \`attr:name\` an attribute, \`on:event-name\`
 * listens. On a custom element, a plain name given a string or number literal is written into the
 * template as an attribute, lower-cased; given anything else it is set as a property, its name
 * lower-cased and then camelCased at each dash (\`heading-level\` → \`headingLevel\`). So a plain
 * kebab-case attribute name or a one-word property name works either way and takes the property's
 * type, while a camelCase property (\`headingLevel\`) would be lost: it is typed with \`prop:\`
 * only. \`attr:\` writes \`false\` as the text "false", which an attribute reads as on.
 */
export function solidTypes(elements) {
  const entries = elements.map((e) => {
    const typeOf = (a) => (a.typed ? `${e.className}['${a.property}']` : 'string');
    const oneWord = e.typedProperties.filter((p) => p === p.toLowerCase() && !e.attributes.some((a) => a.name === p));
    const plain = [...e.attributes.map((a) => `'${a.name}'?: ${typeOf(a)}`), ...oneWord.map((p) => `'${p}'?: ${e.className}['${p}']`)];
    const explicit = e.attributes.map((a) => `'attr:${a.name}'?: ${a.typed ? `AttributeValue<${typeOf(a)}>` : 'string'}`);
    const properties = [...e.typedProperties.map((p) => `'prop:${p}'?: ${e.className}['${p}']`), ...e.stringProperties.map((p) => `'prop:${p}'?: string`)];
    return `      '${e.tag}': HTMLAttributes<${e.className}> &
        { ${plain.join('; ')} } &
        { ${explicit.join('; ')} } &
        { ${properties.join('; ')} } &
        Handlers<${e.className}, ${union(e.events)}>;`;
  });
  return `${HEADER}import type { JSX } from 'solid-js';
${classImports(elements)}
/** What an attribute takes: a number also as its text ("3"); \`true\` or nothing for a boolean. */
type AttributeValue<T> = T extends number ? number | \`\${number}\` : T extends boolean ? true | '' | null | undefined : T;

type Handlers<Element, E extends keyof ${DETAILS}> = {
  [N in E as \`on:\${N}\`]?: JSX.EventHandlerWithOptionsUnion<Element, CustomEvent<${DETAILS}[N]>>;
};

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}
