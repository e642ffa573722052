/**
 * URLs of links and images as the reference pipeline writes them: normalised like
 * micromark-util-sanitize-uri's `normalizeUri` (which mdast-util-to-hast applies), then kept
 * only when hast-util-sanitize's protocol check passes.
 */

/** ASCII characters kept as they are; every other ASCII character is percent-encoded. */
const keep = /[!#$&-;=?-Z_a-z~]/;

/**
 * Percent-encode what is not safe in a URL, keeping existing `%XX` escapes.
 *
 * @param value The URL as written.
 * @returns The normalised URL.
 */
export function normalizeUri(value: string): string {
  let result = '';
  let start = 0;
  let index = 0;
  while (index < value.length) {
    const code = value.charCodeAt(index);
    let replace = '';
    let skip = 0;
    if (code === 37 && isAlphanumeric(value.charCodeAt(index + 1)) && isAlphanumeric(value.charCodeAt(index + 2))) {
      skip = 2;
    } else if (code < 128) {
      if (!keep.test(String.fromCharCode(code))) replace = String.fromCharCode(code);
    } else if (code > 0xd7ff && code < 0xe000) {
      const next = value.charCodeAt(index + 1);
      if (code < 0xdc00 && next > 0xdbff && next < 0xe000) {
        replace = String.fromCharCode(code, next);
        skip = 1;
      } else {
        replace = '\uFFFD';
      }
    } else {
      replace = String.fromCharCode(code);
    }
    if (replace) {
      result += value.slice(start, index) + encodeURIComponent(replace);
      start = index + skip + 1;
    }
    index += skip + 1;
  }
  return result + value.slice(start);
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether a URL may stay: relative URLs always, absolute ones only with an allowed protocol.
 *
 * @param url The normalised URL.
 * @param protocols The allowed protocols, without colon.
 * @returns True when the URL is kept.
 */
export function safeProtocol(url: string, protocols: readonly string[]): boolean {
  const colon = url.indexOf(':');
  const questionMark = url.indexOf('?');
  const numberSign = url.indexOf('#');
  const slash = url.indexOf('/');
  if (
    colon < 0 ||
    (slash > -1 && colon > slash) ||
    (questionMark > -1 && colon > questionMark) ||
    (numberSign > -1 && colon > numberSign)
  ) {
    return true;
  }
  return protocols.some((protocol) => colon === protocol.length && url.startsWith(protocol));
}
