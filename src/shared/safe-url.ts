// Any base will do: only whether a value is relative, or which scheme it names, matters.
const RELATIVE_BASE = 'https://relative.invalid/';

/** Whether `value` is an `https:`, `http:` or relative URL, parsed as the browser will parse it (` JAVA\tSCRIPT:` too). */
function isHttpOrRelative(value: string): boolean {
  try {
    const { protocol } = new URL(value, RELATIVE_BASE);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Returns a check for one URL-valued attribute of `element`: given the attribute's value, it
 * returns it when it is an `https:`, `http:` or relative URL, else `fallback`. A host that fills
 * the attribute from a CMS or a query string cannot hand its users a `javascript:`, `data:` or
 * `vbscript:` link, or point a request at one. Each rejected value is reported by one console
 * warning that names the attribute, never the value (it may carry anything).
 */
export function urlCheck(element: Element, attribute: string, fallback: string): (value: string | null | undefined) => string {
  let checked: string | null | undefined = fallback;
  let used = fallback;
  return (value) => {
    if (value === checked) return used;
    checked = value;
    used = value != null && isHttpOrRelative(value) ? value : fallback;
    if (used !== value) {
      console.warn(`<${element.localName}> ${attribute}: not an http(s) or relative URL; the default is used.`);
    }
    return used;
  };
}
