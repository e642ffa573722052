/**
 * The scheme of a link or image URL in lower case, for both HTML writers.
 *
 * Schemes are case-insensitive (RFC 3986 §3.1: `Https:` is `https:`), but hast-util-sanitize
 * compares them with the schema's protocols case-sensitively, so `[site](Https://…)` lost its
 * target while `JaVaScRiPt:` had to be caught by name. Lower-casing the scheme first lets one
 * lower-case protocol list decide for every spelling, and writes the scheme as browsers and the
 * page's print style (`a[href^="http"]`) expect it.
 */
import type { Nodes } from 'hast';

/** A scheme as RFC 3986 defines it, with its colon; it cannot contain `/`, `?` or `#`. */
const scheme = /^[A-Za-z][A-Za-z\d+.-]*:/;

/** The properties whose URLs hast-util-sanitize checks against the schema's protocols. */
const urlProperties = ['href', 'src', 'cite', 'longDesc'] as const;

/**
 * A URL with its scheme in lower case; a URL without a scheme (relative) as it is.
 *
 * @param url The URL.
 * @returns The URL with a lower-case scheme.
 */
export function lowerScheme(url: string): string {
  const match = scheme.exec(url);
  if (match === null) return url;
  const lower = match[0].toLowerCase();
  return lower === match[0] ? url : lower + url.slice(lower.length);
}

/**
 * Lower-case the schemes of the URL properties in a hast tree, in place, before it is sanitised.
 *
 * @param node A hast node, built by the caller (never the caller's caller's tree).
 */
export function lowerSchemes(node: Nodes): void {
  if (node.type === 'element') {
    const properties = node.properties;
    for (const key of urlProperties) {
      const value = properties[key];
      if (typeof value === 'string') properties[key] = lowerScheme(value);
    }
  }
  if ('children' in node) for (const child of node.children) lowerSchemes(child);
}
