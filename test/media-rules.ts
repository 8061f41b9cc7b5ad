/**
 * The rules an element keeps for a media condition (print, forced colours, a touch screen), read
 * from its style sheets, so that a test can check them in an engine that cannot emulate the
 * condition, and apply them as if it held.
 */

/** An element's style sheets (constructed, or `<style>` elements where a browser has no constructed ones). */
export function styleSheetsOf(el: Element): CSSStyleSheet[] {
  const root = el.shadowRoot!;
  const adopted = root.adoptedStyleSheets ?? [];
  return adopted.length ? [...adopted] : [...root.styleSheets];
}

/** The style rules inside the element's `@media` rules whose condition matches `condition`. */
export function rulesWhen(el: Element, condition: RegExp): CSSStyleRule[] {
  return styleSheetsOf(el)
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && condition.test(rule.media.mediaText))
    .flatMap((rule) => [...rule.cssRules])
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
}

/** Applies the rules the element keeps for `condition` as if the condition held, whatever the browser; returns how to take them away. */
export function applyRulesFor(el: Element, condition: RegExp): () => void {
  const root = el.shadowRoot!;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rulesWhen(el, condition).map((rule) => rule.cssText).join('\n'));
  const before = [...root.adoptedStyleSheets];
  root.adoptedStyleSheets = [...before, sheet];
  return () => {
    root.adoptedStyleSheets = before;
  };
}
