// The package's own types re-export `./browser/commands.mjs`, which TypeScript looks up as
// `commands.d.mts` and does not find (it ships `commands.d.ts`): its one browser function, typed.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline `name`; rejects when they differ. */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
