/**
 * Letter case of headlines, headings and names. Shared by the rules that tell shouting
 * (all caps, as in wire copy) from sentence case and title case.
 */

/** Words that stay lower case inside a title-case headline (AP and Chicago agree on these). */
export const minorWords = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'off',
  'on',
  'per',
  'to',
  'up',
  'via',
  'vs',
  'with',
  'from',
  'into',
  'over',
  'than',
]);

/**
 * Whether a text is written in capitals: at least four letters and none of them lower case.
 * Short runs ("US", "EU") are abbreviations, not shouting.
 *
 * @param text Any text.
 * @returns True for all caps.
 */
export function isAllCaps(text: string): boolean {
  let upper = 0;
  for (const char of text) {
    if (char === char.toLowerCase() && char !== char.toUpperCase()) return false;
    if (char !== char.toLowerCase()) upper++;
  }
  return upper >= 4;
}

/**
 * The words of a headline or heading, with their offsets in the text.
 *
 * @param text The text.
 * @returns Words made of letters, digits, apostrophes and hyphens.
 */
export function wordsOf(text: string): Array<{ word: string; start: number }> {
  const words: Array<{ word: string; start: number }> = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu))
    words.push({ word: match[0], start: match.index });
  return words;
}

/**
 * Whether a word starts with a capital letter.
 *
 * @param word A word.
 * @returns True when its first letter is upper case.
 */
export function startsUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * Whether a word starts with a lower-case letter.
 *
 * @param word A word.
 * @returns True when its first letter is lower case.
 */
export function startsLower(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toUpperCase();
}

/**
 * A text in title case guessed from its words: most longer words after the first are
 * capitalised. Proper nouns make a sentence-case headline look partly capitalised, so the
 * guess needs three longer words and four in five of them capitalised.
 *
 * @param text A headline or heading.
 * @returns True when it reads as title case.
 */
export function looksTitleCase(text: string): boolean {
  const words = wordsOf(text).slice(1);
  let long = 0;
  let capitalised = 0;
  for (const { word } of words) {
    if (word.length < 4 || !/^\p{L}/u.test(word)) continue;
    long++;
    if (startsUpper(word)) capitalised++;
  }
  return long >= 3 && capitalised / long >= 0.8;
}
