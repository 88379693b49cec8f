/**
 * Parts of a page that render the same HTML on most requests: form fields nobody has typed into
 * (the search form of Raadplegen verzuim was a tenth of a search request's CPU, issue 5's speed
 * goal) and the header row, pager and rows-per-page form of an overview (overzicht.tsx).
 * `sameHtml` renders such a part once per distinct set of props and reuses the string. What a
 * person typed never reaches the cache: `fromInput` says when the props hold input (a value, an
 * error about it), and those render as usual. Props holding elements or functions have no key
 * and render as usual too.
 */
import type { ComponentChildren, VNode } from 'preact';
import { jsxTemplate } from 'preact/jsx-runtime';
import { renderToString } from 'preact-render-to-string';

/** Distinct prop sets kept per component; then it starts over. */
const MAX = 500;

/** True for strings, numbers, booleans, null and plain objects and arrays of them (no element, no function). */
function plain(value: unknown): boolean {
  if (typeof value === 'function') return false;
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(plain);
  if ('props' in value && 'type' in value) return false; // an element links to its parents
  for (const k in value) if (!plain((value as Record<string, unknown>)[k])) return false;
  return true;
}

/** A key for plain props; else null. Checked first, then stringified natively: a replacer costs twice as much. */
const keyOf = (props: object): string | null => (plain(props) ? JSON.stringify(props) : null);

type Reused<P> = ((props: P) => ComponentChildren) & { uncached: (props: P) => ComponentChildren };

/** `Component`, its HTML reused per distinct props unless `fromInput`; `.uncached` is the component itself. */
export function sameHtml<P extends object>(Component: (props: P) => ComponentChildren, fromInput: (props: P) => boolean): Reused<P> {
  const html = new Map<string, string>();
  function Reused(props: P): ComponentChildren {
    const key = fromInput(props) ? null : keyOf(props);
    if (key === null) return <Component {...props} />;
    let out = html.get(key);
    if (out === undefined) {
      out = renderToString(<Component {...props} />);
      if (html.size >= MAX) html.clear();
      html.set(key, out);
    }
    // A template vnode is written out as it is, without a wrapping element.
    return jsxTemplate([out]) as VNode;
  }
  return Object.assign(Reused, { uncached: Component });
}
