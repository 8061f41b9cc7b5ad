/**
 * Renders a Storybook story (Component Story Format) the way Storybook does, without Storybook:
 * the component's args under the story's, parameters merged, the story's render (or the
 * component's), wrapped in the story's decorators, then the component's, then the preview's
 * (the stand-in API); then its `play` function, given the context and `canvasElement` (no
 * `canvas`, `userEvent` or `step`). Every named export of a stories file is a story.
 */
import { render, type TemplateResult } from 'lit';
import { withMockApi } from '../../stories/mock-api.js';

type Args = Record<string, unknown>;
interface Context {
  id: string;
  title: string;
  name: string;
  args: Args;
  parameters: Record<string, unknown>;
  globals: Record<string, unknown>;
  viewMode: 'story';
}
type RenderFn = (args: Args, context: Context) => unknown;
type Decorator = (story: () => unknown, context: Context) => unknown;
type PlayFn = (context: Context & { canvasElement: HTMLElement }) => unknown;

export interface Meta {
  title: string;
  args?: Args;
  parameters?: Record<string, unknown>;
  decorators?: Decorator[];
  render?: RenderFn;
  play?: PlayFn;
}
export interface Story {
  name?: string;
  args?: Args;
  parameters?: Record<string, unknown>;
  decorators?: Decorator[];
  render?: RenderFn;
  play?: PlayFn;
}
export interface StoriesFile {
  default: Meta;
  [exportName: string]: unknown;
}

/** Lower-case words joined by hyphens, as Storybook writes ids: "Contact card" → "contact-card", "HeadingLevel3" → "heading-level-3". */
export const kebab = (text: string) =>
  text
    .replace(/([a-z])([A-Z0-9])|([0-9])([A-Za-z])/g, (_, a, b, c, d) => `${a ?? c}-${b ?? d}`)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The stories of a stories file, by export name, in file order. */
export function storiesOf(file: StoriesFile): [string, Story][] {
  return Object.entries(file).filter(([name]) => name !== 'default' && name !== '__namedExportsOrder') as [string, Story][];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Storybook merges parameters deeply: a story's `api.contacts` keeps the component's `api.toggles`. */
function mergeParameters(...sources: (Record<string, unknown> | undefined)[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const source of sources) {
    for (const [key, value] of Object.entries(source ?? {})) {
      merged[key] = isPlainObject(value) && isPlainObject(merged[key]) ? mergeParameters(merged[key], value) : value;
    }
  }
  return merged;
}

/**
 * Renders the story into `container` (replacing what was there), `args` overriding the story's;
 * resolves once its `play` function has.
 */
export async function renderStory(container: HTMLElement, meta: Meta, exportName: string, story: Story, args: Args = {}): Promise<void> {
  const context: Context = {
    id: `${kebab(meta.title)}--${kebab(exportName)}`,
    title: meta.title,
    name: story.name ?? exportName,
    args: { ...meta.args, ...story.args, ...args },
    parameters: mergeParameters(meta.parameters, story.parameters),
    globals: {},
    viewMode: 'story',
  };
  const renderFn = story.render ?? meta.render;
  if (!renderFn) throw new Error(`${meta.title} › ${exportName} has no render function`);
  const decorators: Decorator[] = [...(story.decorators ?? []), ...(meta.decorators ?? []), withMockApi as unknown as Decorator];
  const decorated = decorators.reduce<() => unknown>((inner, decorator) => () => decorator(inner, context), () => renderFn(context.args, context));
  render(decorated() as TemplateResult, container);
  await (story.play ?? meta.play)?.({ ...context, canvasElement: container });
}
