/**
 * The visual baselines: every story of every `stories/*.stories.ts` file as VA.gov would host it,
 * then the states a designer signs off that are not stories (Spanish, 320 px wide, 200% zoom,
 * forced colours where the engine can emulate them, and the other two themes), each compared with
 * its committed picture (see web-test-runner.visual.config.mjs and the README, "Reviewing a
 * visual change").
 */
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';
import '../../src/locales/es.js';
import { THEMES, THEME_ATTRIBUTE, themeStyleSheet, type ThemeName } from '../../stories/themes.js';
import { applyRulesFor } from '../media-rules.js';
import { kebab, renderStory, storiesOf, type StoriesFile } from './render-story.js';

const CSS_LIBRARY = '/node_modules/@department-of-veterans-affairs/css-library/dist';

/** The stories files, found by the runner (a new file is rendered without being listed here). */
const storyFiles: string[] = (await import(/* @vite-ignore */ '/story-files.js' as string)).default;
const files: StoriesFile[] = await Promise.all(storyFiles.map((url) => import(/* @vite-ignore */ url) as Promise<StoriesFile>));

/** The page around each picture: css-library's tokens and web font, as in Storybook's toolbar themes. */
const themes = document.createElement('style');
themes.textContent = themeStyleSheet({
  vaVariables: await (await fetch(`${CSS_LIBRARY}/tokens/css/variables.css`)).text(),
  sourceSansRegular: `${CSS_LIBRARY}/fonts/sourcesanspro-regular-webfont.woff2`,
  sourceSansBold: `${CSS_LIBRARY}/fonts/sourcesanspro-bold-webfont.woff2`,
});
document.head.append(themes);
// Storybook's preview page is white with no margin; its "padded" layout pads the story by 1rem.
document.body.style.cssText = 'margin: 0; background: #fff;';

/** Whether this engine can show forced colours (Chromium can emulate them; Firefox and WebKit here cannot). */
const emulatesForcedColours = (await executeServerCommand('forced-colors', { active: false })) === true;

/**
 * Whether CSS `zoom` draws a page as browser zoom does, rem lengths included (Chromium and
 * Firefox do; WebKit leaves rem lengths as they were, so its picture is not what Safari's zoom shows).
 */
function zoomIsPageZoom(): boolean {
  const probe = document.createElement('div');
  probe.style.cssText = 'width: fit-content;';
  probe.innerHTML = '<div style="zoom: 2"><div style="width: 10rem; height: 1px"></div></div>';
  document.body.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return Math.round(width) === Math.round(20 * parseFloat(getComputedStyle(document.documentElement).fontSize));
}

interface Shot {
  /** The theme on `<html>`; VA.gov unless given. */
  theme?: ThemeName;
  /** Width of the story's column, CSS px: 720 unless given. */
  width?: number;
  /** `lang` around the story. */
  lang?: string;
  /** CSS zoom around the story (2 = 200%, as browser zoom). */
  zoom?: number;
  forcedColours?: boolean;
  /** A touch screen's: the elements' `(pointer: coarse)` rules applied, in every engine alike. */
  coarsePointer?: boolean;
  args?: Record<string, unknown>;
}

/**
 * A frame on the page for each picture: the story's column with Storybook's padding, zoomed if
 * asked, inside an unzoomed box that is the picture (WebKit measures a zoomed element in its own
 * zoomed units). Returns the column to render into and the box to screenshot.
 */
function frame({ width = 720, lang, zoom }: Shot): { column: HTMLElement; picture: HTMLElement } {
  const picture = document.createElement('div');
  picture.style.cssText = 'width: fit-content; background: Canvas;';
  const column = document.createElement('div');
  column.style.cssText = `box-sizing: content-box; width: ${width}px; padding: 16px;${zoom ? ` zoom: ${zoom};` : ''}`;
  if (lang) column.lang = lang;
  picture.append(column);
  document.body.replaceChildren(picture);
  return { column, picture };
}

/** Every node under `root`, shadow roots included. */
const deep = (root: Element | ShadowRoot): (Element | ShadowRoot)[] => [
  root,
  ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? deep(el.shadowRoot) : [])),
];

/**
 * Waits until the story stops changing: every element updated, fonts loaded, and no change to its
 * DOM for 300 ms, or for 2.5 s while a list still says "Please wait…" (longer than the stand-in
 * API's retries and the 1.5 s timeout story, so that an error story is seen in its error state and
 * a request that never ends is seen loading). Then nothing keeps focus.
 */
async function settle(root: HTMLElement): Promise<void> {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let last = '';
  let quietSince = performance.now();
  for (const deadline = performance.now() + 10_000; performance.now() < deadline; await sleep(100)) {
    const nodes = deep(root);
    await Promise.all(
      nodes.flatMap((node) => [...node.querySelectorAll('*')]).map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete),
    );
    await document.fonts.ready;
    const now = nodes.map((node) => (node instanceof ShadowRoot ? node.innerHTML : node.outerHTML)).join('\n');
    if (now !== last) [last, quietSince] = [now, performance.now()];
    const loading = nodes.some((node) => node.querySelector('[part~="loading"]'));
    if (performance.now() - quietSince >= (loading ? 2500 : 300)) break;
  }
  // What has focus may be inside a shadow root (the editor moves focus to its first control).
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  (focused as HTMLElement | null)?.blur();
}

/**
 * A modal dialog is drawn in the top layer, centred in the window whatever the page around it.
 * When one is open, the window is made at least as large as the picture (Chromium's and Firefox's
 * are 800 × 600 here, WebKit's already larger) and the picture is centred in it the same way, so
 * that the picture holds the dialog over the story, and the backdrop over both. Resolves to what
 * puts the window back.
 */
async function holdModalDialog(column: HTMLElement, picture: HTMLElement): Promise<() => Promise<unknown>> {
  if (!deep(column).some((node) => node.querySelector('dialog[open]'))) return async () => undefined;
  const before = { width: innerWidth, height: innerHeight };
  const box = picture.getBoundingClientRect();
  const needed = { width: Math.max(before.width, Math.ceil(box.width)), height: Math.max(before.height, Math.ceil(box.height)) };
  const resized = needed.width !== before.width || needed.height !== before.height;
  if (resized) await setViewport(needed);
  // Whole pixels, an even number short of the window's, so that the picture starts on a pixel.
  const size = (length: number, room: number) => `${Math.ceil(length) + ((room - Math.ceil(length)) % 2)}px`;
  Object.assign(picture.style, { position: 'fixed', inset: '0', margin: 'auto', width: size(box.width, needed.width), height: size(box.height, needed.height) });
  // WebKit's window screenshot shows what was last painted.
  await nextPaint();
  return async () => resized && setViewport(before);
}

/** Resolves once the page has been painted as it is now. */
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Renders the story in the given state (its `play` function run), and compares the picture with the baseline `name`. */
async function compare(name: string, file: StoriesFile, exportName: string, shot: Shot = {}): Promise<void> {
  document.documentElement.setAttribute(THEME_ATTRIBUTE, THEMES[shot.theme ?? 'VA.gov']);
  const story = storiesOf(file).find(([candidate]) => candidate === exportName)?.[1];
  if (!story) throw new Error(`No story ${exportName} in ${file.default.title}`);
  const { column, picture } = frame(shot);
  if (shot.forcedColours) await executeServerCommand('forced-colors', { active: true });
  try {
    await renderStory(column, file.default, exportName, story, shot.args);
    await settle(column);
    if (shot.coarsePointer) {
      for (const node of deep(column)) {
        if (node instanceof ShadowRoot && /^(health-contacts-list|contact-card)$/.test(node.host.localName)) applyRulesFor(node.host, /pointer:\s*coarse/);
      }
      await nextPaint();
    }
    const windowBack = await holdModalDialog(column, picture);
    // Focus was just taken away: what is shown has no focus ring.
    await nextPaint();
    try {
      await visualDiff(picture, name);
    } finally {
      await windowBack();
    }
  } finally {
    if (shot.forcedColours) await executeServerCommand('forced-colors', { active: false });
  }
}

for (const file of files) {
  describe(file.default.title, () => {
    for (const [exportName] of storiesOf(file)) {
      const name = `${kebab(file.default.title)}--${kebab(exportName)}`;
      it(`${exportName} (${name})`, async () => {
        await compare(name, file, exportName);
      });
    }
  });
}

/** The list's states a designer signs off in each variant below: every kind of screen it shows. */
const SIGN_OFF_STATES = ['Loaded', 'NoContacts', 'Loading', 'ServerError', 'Unauthorized', 'NonPatient', 'Editable'];

const VARIANTS: { name: string; title: string; shot: Shot; when?: boolean }[] = [
  { name: 'es', title: 'in Spanish', shot: { lang: 'es' } },
  { name: '320px', title: '320 px wide', shot: { width: 320 } },
  // A 1280 px window at 200%: 640 CSS px of layout, everything drawn twice as large.
  { name: 'zoom-200', title: 'at 200% zoom', shot: { width: 640, zoom: 2 }, when: zoomIsPageZoom() },
  { name: 'forced-colors', title: 'in forced colours', shot: { forcedColours: true }, when: emulatesForcedColours },
  // A phone in a person's hand: 390 CSS px wide, and every phone link and button 44 × 44 px to a finger.
  { name: 'phone', title: 'on a phone (390 px, touch screen)', shot: { width: 390, coarsePointer: true } },
];

const list = files.find((file) => file.default.title === 'Health contacts list');

describe('Health contacts list, the states a designer signs off', () => {
  it('has every state the variants show', () => {
    const names = storiesOf(list!).map(([name]) => name);
    const missing = SIGN_OFF_STATES.filter((state) => !names.includes(state));
    if (missing.length) throw new Error(`No story for ${missing.join(', ')}`);
  });

  for (const variant of VARIANTS.filter(({ when }) => when ?? true)) {
    describe(variant.title, () => {
      for (const state of SIGN_OFF_STATES) {
        it(state, async () => {
          await compare(`health-contacts-list--${kebab(state)}--${variant.name}`, list!, state, variant.shot);
        });
      }
    });
  }

  describe('in the other Storybook themes', () => {
    for (const theme of ['No host tokens', 'Custom'] as const) {
      for (const state of ['Loaded', 'ServerError', 'NonPatient']) {
        it(`${state}, ${theme}`, async () => {
          await compare(`health-contacts-list--${kebab(state)}--theme-${THEMES[theme]}`, list!, state, { theme });
        });
      }
    }
  });
});

const editor = files.find((file) => file.default.title === 'Health contacts list/Editor');

/** The editor's states also drawn in forced colours: the form, its errors, a write under way, a failure, a dialog. */
const EDITOR_FORCED_COLOURS_STATES = ['Editing', 'ErrorsAtFields', 'Saving', 'SaveFailed', 'DeleteDialog'];

describe('Health contacts list/Editor, in forced colours', () => {
  it('has every state drawn in forced colours', () => {
    const names = storiesOf(editor!).map(([name]) => name);
    const missing = EDITOR_FORCED_COLOURS_STATES.filter((state) => !names.includes(state));
    if (missing.length) throw new Error(`No story for ${missing.join(', ')}`);
  });

  for (const state of emulatesForcedColours ? EDITOR_FORCED_COLOURS_STATES : []) {
    it(state, async () => {
      await compare(`health-contacts-list-editor--${kebab(state)}--forced-colors`, editor!, state, { forcedColours: true });
    });
  }
});
