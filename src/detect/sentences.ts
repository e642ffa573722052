/**
 * Sentences and words of a block's plain text, for the phrasing detectors.
 *
 * Quote attribution and statistic sources are decided inside one sentence, so the phrasing pass
 * splits each block into sentences first. A quotation counts as one unit: a quote of several
 * sentences followed by `, he said.` is one sentence for attribution, otherwise the speaker
 * would end up in a different sentence from the words it said.
 */

import { isSpaceCode } from '../read/text.js';
import { isWordSpaceCode, startsWordAt, type WordTally } from './counts.js';
import { mayStartStatistic } from './number-words.js';
import { wordClass, wordClassesOf } from './word-classes.js';

/** A half-open character range `[start, end)` of a block's text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A word or punctuation token. */
export interface Token extends Range {
  /** The token's characters. */
  readonly text: string;
  /** The token's characters in lower case, made once (the detectors compare words in lower case). */
  readonly lower: string;
  /** True for words (letters/digits), false for punctuation. */
  readonly word: boolean;
  /**
   * The word's classes (`wordClass` bits: the detectors' word lists it is in), looked up once
   * here so the detectors test bits instead of many Sets; 0 for punctuation.
   */
  readonly classes: number;
}

/**
 * Abbreviations after which a full stop does not end a sentence (lower-cased, without the
 * stop). Wire copy abbreviates months, states and company forms, all followed by capitals.
 */
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'no',
  'vs',
  'v',
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'bros',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'calif',
  'tex',
  'fla',
  'mass',
  'conn',
  'penn',
  'ill',
  'mich',
  'wash',
  'ore',
  'ariz',
  'colo',
  'minn',
  'wis',
  'okla',
  'ont',
  'que',
  'approx',
  'est',
  'etc',
  'fig',
  'op',
  'vol',
]);

/**
 * Sticky pattern for one letter or digit outside ASCII, or a combining mark: text pasted from
 * macOS often spells "Zoë" as "Zoe" + U+0308, which must stay one word.
 */
const wordCharPattern = /[\p{L}\p{N}\p{M}]/uy;

/** Length in code units of the letter or digit at `index`, or 0 when there is none. */
function wordCharLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) {
    const folded = code | 32;
    return (code >= 48 && code <= 57) || (folded >= 97 && folded <= 122) ? 1 : 0;
  }
  // Past the end, or the second half of a pair: no letter starts here.
  if (Number.isNaN(code) || (code >= 0xdc00 && code <= 0xdfff)) return 0;
  wordCharPattern.lastIndex = index;
  return wordCharPattern.test(text) ? wordCharPattern.lastIndex - index : 0;
}

/** Whether a code unit is an ASCII letter or digit: most characters of a block are. */
function isAsciiWordCode(code: number): boolean {
  const folded = code | 32;
  return (folded >= 97 && folded <= 122) || (code >= 48 && code <= 57);
}

/** The characters that may join two runs of letters into one word: `' ’ . - & / ,`. */
function isJoinerCode(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45 || code === 38 || code === 47 || code === 44;
}

/**
 * End of the word at `index` (which holds a letter or digit): letters or digits, with inner
 * apostrophes, hyphens, stops, slashes, commas or `&` (what
 * `[\p{L}\p{N}]+(?:['’.\-&/,][\p{L}\p{N}]+)*` matches, without a Unicode regex run per token).
 * Hot (every word of every block): ASCII letters and digits are read inline, and only other
 * characters go through `wordCharLength`. `scan.cased` is set when the word may have an
 * upper-case letter, so that the tokenizer lower-cases only those, and `scan.comma` when a comma
 * joins two of its parts, so that only those words are searched for a comma to split at.
 *
 * Each character is read once: the caller passes the first (`first`, which it has read), and
 * `scan.stop` gives back the one that ended the word (-1 at the end of the text), so that the
 * caller does not read the space after the word again. With lower-case letters (most characters
 * of a word) tested first, this took tokenize over the corpus blocks from 67 to 58 ms.
 */
function matchWord(text: string, index: number, first: number, scan: WordScan): number {
  const length = text.length;
  let end = index;
  let cased = false;
  let comma = false;
  let stop = -1;
  // An ASCII letter or digit starts the word: the loop goes on from the next character.
  if (first < 128) {
    cased = first <= 90 && first >= 65;
    end++;
  }
  while (end < length) {
    const code = text.charCodeAt(end);
    if (code >= 97 && code <= 122) {
      end++;
      continue;
    }
    if (code >= 65 && code <= 90) {
      cased = true;
      end++;
      continue;
    }
    if (code >= 48 && code <= 57) {
      end++;
      continue;
    }
    if (code >= 128) {
      const letter = wordCharLength(text, end);
      if (letter > 0) {
        cased = true;
        end += letter;
        continue;
      }
    }
    stop = code;
    // A joiner continues the word only when a letter or digit follows it.
    if (end === index || !isJoinerCode(code) || end + 1 >= length) break;
    // One `wordCharLength` for any character after the joiner (it answers ASCII as
    // `isAsciiWordCode` did): a call made only for a non-ASCII one was first made after V8 had
    // compiled tokenize, and threw its code away ("Insufficient type feedback").
    if (wordCharLength(text, end + 1) === 0) break;
    if (code === 44) comma = true;
    stop = -1;
    end++;
  }
  scan.cased = cased;
  scan.comma = comma;
  scan.stop = stop;
  return end > index ? end : -1;
}

/** What `matchWord` says of the word it read besides its end. */
interface WordScan {
  cased: boolean;
  comma: boolean;
  /** The character right after the word, or -1 at the end of the text. */
  stop: number;
}

/**
 * Split text into word and punctuation tokens. A comma only stays inside a word between
 * digits ("1,750"); a stop inside a word keeps "U.S" and "1.5" whole.
 *
 * @param text The text.
 * @param from First index to tokenize.
 * @param to Index to stop at.
 * @param figures When given, receives the index of every word at which a statistic may start
 *   (`mayStartStatistic`), for `findStatistics`: each word is in hand here, and asking there
 *   meant visiting every token of the block again.
 * @param tally When given, receives the words of the text as `countWords` counts them, for the
 *   article's word count: a word starts at a token or at a space that `countWords` does not take
 *   as one, so only the character before each is read (see counts.ts).
 * @param capitals When given, receives the index of every word that may start with a capital
 *   (every capitalised word, and a few others: see `isNameWord` in speakers.ts), for the name
 *   passes, which then visit these instead of every token.
 * @returns The tokens in order.
 */
export function tokenize(
  text: string,
  from = 0,
  to = text.length,
  figures?: number[],
  tally?: WordTally,
  capitals?: number[],
): Token[] {
  const tokens: Token[] = [];
  const scan: WordScan = { cased: false, comma: false, stop: -1 };
  let words = 0;
  // 1 when the character before `index` separates words for the word count, else 0.
  let afterSpace = startsWordAt(text, from);
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    // Spaces and ASCII letters and digits are most characters: test them before the whitespace table.
    if (code === 32) {
      afterSpace = 1;
      index++;
      continue;
    }
    const asciiWord = isAsciiWordCode(code);
    if (!asciiWord && isSpaceCode(code)) {
      // A space other than tab, LF, CR and no-break space (an em space, say) is part of a word
      // for the word count.
      if (isWordSpaceCode(code)) afterSpace = 1;
      else {
        words += afterSpace;
        afterSpace = 0;
      }
      index++;
      continue;
    }
    words += afterSpace;
    afterSpace = 0;
    const wordEnd = asciiWord || code >= 128 ? matchWord(text, index, code, scan) : -1;
    if (wordEnd > index) {
      let end = Math.min(wordEnd, to);
      // Commas belong in numbers only; "Smith,Jones" is two words.
      if (scan.comma) {
        const comma = firstNonNumericComma(text, index, end);
        if (comma >= 0) end = comma;
      }
      const word = text.slice(index, end);
      // Most words are lower case already: lower-casing them anyway made a string per token.
      let lower = word;
      if (scan.cased) {
        lower = word.toLowerCase();
        // An upper-case ASCII letter, or a character outside ASCII, first (a digit too: "3M").
        if (capitals !== undefined && (code <= 90 || code >= 128)) capitals.push(tokens.length);
      }
      if (figures !== undefined && mayStartStatistic(lower)) figures.push(tokens.length);
      tokens.push({ start: index, end, text: word, lower, word: true, classes: wordClassesOf(lower) });
      // The space that ended the word has been read: step over it.
      if (end === wordEnd && scan.stop === 32) {
        index = end + 1;
        afterSpace = 1;
      } else index = end;
      continue;
    }
    const mark = text.charAt(index);
    // Punctuation in ASCII has no case.
    tokens.push({
      start: index,
      end: index + 1,
      text: mark,
      lower: code < 128 ? mark : mark.toLowerCase(),
      word: false,
      classes: code === 44 ? wordClass.comma : 0,
    });
    index++;
  }
  if (tally !== undefined) tally.words = words;
  return tokens;
}

function firstNonNumericComma(text: string, start: number, end: number): number {
  for (let index = start; index < end; index++) {
    if (text.charCodeAt(index) !== 44) continue;
    if (!isDigitCode(codeAt(text, index - 1)) || !isDigitCode(codeAt(text, index + 1))) return index;
  }
  return -1;
}

/**
 * Split a block's text into sentences. A sentence ends after `.`, `!` or `?` (and any closing
 * marks) followed by a space and a capital, digit or opening mark, unless the stop ends an
 * abbreviation. No sentence ends inside a protected range (a quotation).
 *
 * @param text The block text.
 * @param protect Ranges that must not be split (quotations, with their marks).
 * @returns Sentence ranges covering the text.
 */
export function splitSentences(text: string, protect: readonly Range[] = []): Range[] {
  const sentences: Range[] = [];
  const inside = protectedAt(protect);
  const nextStop = charSearch(text, sentenceStops);
  let start = 0;
  for (let index = nextStop(0); index >= 0; index = nextStop(index + 1)) {
    const code = text.charCodeAt(index);
    let end = index + 1;
    while (end < text.length && isClosingCode(text.charCodeAt(end))) end++;
    if (end >= text.length || !isSpaceCode(text.charCodeAt(end))) continue;
    let next = end;
    while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
    if (next >= text.length) continue;
    if (!startsSentence(text.charCodeAt(next))) continue;
    if (code === 46 && isAbbreviation(text, index)) continue;
    if (inside(index, end)) continue;
    sentences.push({ start, end });
    start = next;
    index = next - 1;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** The characters that may end a sentence. */
const sentenceStops = ['.', '!', '?'];

/**
 * A search for the next of some characters, asked at offsets that never go back. Each character
 * is found with `indexOf`, which skips the text between matches far faster than a loop reading
 * every character: sentence stops and quotation marks are a few among hundreds of characters.
 *
 * @param text The text to search.
 * @param chars The characters to find (a few code units each: the reader looks for two spaces).
 * @returns A function from an offset (not less than the one before) to the first index at or
 *   after it that holds one of `chars`, or -1 when there is none.
 */
export function charSearch(text: string, chars: readonly string[]): (from: number) => number {
  // Per character, where it was last found: -2 before the first search, -1 when none is left.
  // Filled by a loop: `map` made an array of another elements kind, and splitSentences
  // deoptimised on it.
  const found: number[] = [];
  for (let which = 0; which < chars.length; which++) found.push(-2);
  return (from) => {
    let first = -1;
    for (let which = 0; which < chars.length; which++) {
      let at = found[which] as number;
      if (at !== -1 && at < from) {
        at = text.indexOf(chars[which] as string, from);
        found[which] = at;
      }
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  };
}

/**
 * A test of whether a break at `index`…`end` falls inside a protected range, for breaks asked in
 * text order. Quotations are sorted and disjoint, so a cursor walks them once; testing every
 * range at every full stop is quadratic in a long paragraph full of quotes.
 */
function protectedAt(ranges: readonly Range[]): (index: number, end: number) => boolean {
  let sorted = true;
  for (let position = 1; position < ranges.length; position++) {
    if ((ranges[position] as Range).start < (ranges[position - 1] as Range).end) sorted = false;
  }
  if (!sorted) return (index, end) => insideAny(ranges, index, end);
  let cursor = 0;
  return (index, end) => {
    while (cursor < ranges.length && (ranges[cursor] as Range).end <= index) cursor++;
    const range = ranges[cursor];
    return range !== undefined && range.start < index && end < range.end;
  };
}

function insideAny(ranges: readonly Range[], index: number, end: number): boolean {
  for (const range of ranges) {
    // A break right after a closing mark is fine; one before it is inside the quote.
    if (range.start < index && end < range.end) return true;
  }
  return false;
}

function isAbbreviation(text: string, stop: number): boolean {
  let begin = stop;
  while (begin > 0 && isLetterCode(text.charCodeAt(begin - 1))) begin--;
  const word = text.slice(begin, stop);
  if (word.length === 0) return false;
  // Single capitals ("J. Smith", "U.S.") are initials, not sentence ends.
  if (word.length === 1 && word >= 'A' && word <= 'Z') return true;
  if (begin > 0 && text.charCodeAt(begin - 1) === 46) return true;
  return abbreviations.has(word.toLowerCase());
}

function startsSentence(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 34 ||
    code === 39 ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 40 ||
    code === 163 ||
    code === 36 ||
    code === 0x20ac ||
    (code >= 0xc0 && code <= 0xde)
  );
}

/**
 * Whether a character is an ASCII digit.
 *
 * @param code A UTF-16 code unit.
 * @returns True for 0–9.
 */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether a character is a letter (ASCII, Latin-1 and the rest of the BMP by Unicode class).
 *
 * @param code A UTF-16 code unit.
 * @returns True for letters.
 */
export function isLetterCode(code: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 0xc0) return false;
  return /\p{L}/u.test(String.fromCharCode(code));
}

function isClosingCode(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93;
}

/**
 * The character code at an index, or -1 outside the text. `charCodeAt` gives NaN there, and a
 * NaN handed to the small helpers (`isDigitCode`) that had seen only integers deoptimised them
 * ("not a Smi"), as a read past the end deoptimised the caller ("out of bounds").
 *
 * @param text A text.
 * @param index Any index, inside the text or not.
 * @returns The UTF-16 code unit, or -1.
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : -1;
}

/**
 * The token at an index, or undefined outside the list. The detectors look one or two tokens
 * either side of a position; reading `tokens[-1]` or `tokens[tokens.length]` directly made V8
 * throw away their optimised code ("out of bounds").
 *
 * @param tokens Tokens.
 * @param index Any index, inside the list or not.
 * @returns The token, or undefined.
 */
export function tokenAt(tokens: readonly Token[], index: number): Token | undefined {
  return index >= 0 && index < tokens.length ? tokens[index] : undefined;
}

/**
 * Whether a token is there and has this text. One function for many call sites on purpose: a
 * `token.text === ')'` written inline keeps its own type feedback, which sees only the interned
 * one-character strings of punctuation until the first word (a sliced string) reaches it, and
 * V8 then threw away the caller's optimised code ("wrong instance type"). Here the feedback of
 * every caller is shared and is general from the start.
 *
 * @param token A token, or undefined.
 * @param text The text to compare with.
 * @returns True when the token exists and its text is `text`.
 */
export function textIs(token: Token | undefined, text: string): token is Token {
  return token !== undefined && token.text === text;
}

/**
 * Whether a word starts with a capital letter.
 *
 * @param word A word.
 * @returns True when its first character is upper case.
 */
export function isCapitalised(word: string): boolean {
  // Asked of nearly every token: answer ASCII without making two case-mapped strings.
  // (An empty word is asked about too: reading its first character deoptimised the callers.)
  if (word.length === 0) return false;
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * The first index of sorted `values` whose value is at least `limit` (binary search): the
 * detectors' sorted offsets and token indices (quotation marks, capitalised words) are searched
 * so rather than read from the start.
 *
 * @param values Numbers in ascending order.
 * @param limit The value looked for.
 * @returns An index, `values.length` when every value is below `limit`.
 */
export function firstAtLeast(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
