/**
 * Quotation detection: which quotation marks in a block's text pair up into quotes, and
 * whether a quote is reported speech (`direct`) or a title, nickname, term or scare quote
 * (`phrase`).
 *
 * The scanner is a single pass over the text with `charCodeAt` and a stack of open marks, so
 * it is linear and cannot backtrack. Straight marks are told apart by what flanks them (an
 * opening mark follows a space and precedes a word; a closing mark follows a word). Single
 * marks double as apostrophes, so a `'` or `’` between two letters, before a two-digit year
 * ("'90s") or in an elision ("rock 'n' roll", "'em") is never a mark, and a closing mark that
 * reads as a plural possessive ("analysts' forecasts") only closes a quote when no better
 * closing mark follows.
 *
 * Marks that pair with nothing stay plain text. `findUnbalancedMarks` reports them so that lint
 * can point at them; the phrasing pass never fails on them.
 */
import { isSpaceCode } from '../read/text.js';
import { charSearch, codeAt, isDigitCode, isLetterCode } from './sentences.js';

/** Double marks (`"`, `“ ”`) or single marks (`'`, `‘ ’`). */
export type MarkFamily = 'double' | 'single';

/** One quotation found in a text. */
export interface QuoteSpan {
  /** Index of the opening mark. */
  readonly open: number;
  /** Index of the closing mark, or -1 when the quote is unclosed. */
  readonly close: number;
  /** Index just after the quoted words: the closing mark's index, or where an unclosed quote stops. */
  readonly end: number;
  /** The opening mark as written. */
  readonly openMark: string;
  /** The closing mark as written; "" when unclosed. */
  readonly closeMark: string;
  readonly family: MarkFamily;
  /** Nesting depth: 0 for an outermost quote. */
  readonly depth: number;
}

/** The result of scanning a text for quotation marks. */
export interface QuoteScan {
  /** Quotes in order of their opening mark. */
  readonly quotes: QuoteSpan[];
  /** Indices of quotation marks that pair with nothing (apostrophes are not included). */
  readonly unbalanced: number[];
}

/** Options of `scanQuotes`. */
export interface ScanOptions {
  /**
   * The opening mark that starts the next paragraph, if any. A paragraph whose outermost quote
   * is still open at its end continues into a next paragraph that opens with the same family
   * of mark: the convention for a quotation over several paragraphs.
   */
  readonly continuedBy?: string | undefined;
}

/** Deepest nesting of quotes inside quotes that is detected. */
const maxNesting = 16;

/** Words that follow a leading apostrophe in elisions: "'em", "'n'", "'til", "'cause". */
const elisions = new Set(['em', 'n', 'til', 'tis', 'twas', 'cause', 'cos', 'bout', 'nuff', 'ol', 'ello', 'im']);

/** Characters after which a straight mark opens a quote. */
const openingContext = new Set([...'([{-–—/:‘“\'"'].map((char) => char.charCodeAt(0)));

/** Characters before which a straight mark closes a quote. */
const closingContext = new Set([...'.,;:!?)]}…-–—\'"’”'].map((char) => char.charCodeAt(0)));

interface Mark {
  index: number;
  char: string;
  family: MarkFamily;
  canOpen: boolean;
  canClose: boolean;
  /** A single closing mark that may be a plural possessive ("analysts' views"). */
  possessive: boolean;
}

interface Open {
  mark: Mark;
}

/**
 * Find the quotations of a text.
 *
 * @param text A block's plain text.
 * @param options Whether the next paragraph continues a quotation.
 * @returns The quotes and the unbalanced marks.
 */
export function scanQuotes(text: string, options?: Readonly<ScanOptions>): QuoteScan {
  const marks = collectMarks(text);
  const better = betterClosers(marks);
  const stack: Open[] = [];
  const found: Array<{ open: Mark; close: Mark | undefined; end: number }> = [];
  const unbalanced: number[] = [];

  for (let position = 0; position < marks.length; position++) {
    const mark = marks[position] as Mark;
    if (mark.canClose) {
      const at = findOpen(stack, mark.family);
      if (at >= 0) {
        if (mark.possessive && better[position]) continue;
        // Marks opened inside this quote and never closed are strays.
        while (stack.length - 1 > at) unbalanced.push((stack.pop() as Open).mark.index);
        const open = stack.pop() as Open;
        found.push({ open: open.mark, close: mark, end: mark.index });
        continue;
      }
    }
    if (mark.canOpen) {
      // Real quotations nest two or three deep. Marks past `maxNesting` open levels stay text,
      // so a run of thousands of opening marks cannot build a tree deep enough to overflow the
      // stack of the recursive writers and detectors.
      if (stack.length >= maxNesting) {
        unbalanced.push(mark.index);
        continue;
      }
      // `"First sentence. "Second," he said.`: a new quote opening after a full stop while one
      // of the same family is open is how wire copy runs a quotation on over a lost paragraph
      // break. The open quote ends before the new one, unclosed.
      // Not `stack[stack.length - 1]` on an empty stack: reading index -1 is a slow generic look-up.
      const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
      const before = trimmedEnd(text, mark.index);
      if (top && top.mark.family === mark.family && /[.!?]/.test(text.charAt(before - 1))) {
        stack.pop();
        found.push({ open: top.mark, close: undefined, end: before });
      }
      stack.push({ mark });
      continue;
    }
    // A single mark that closes nothing reads as an apostrophe ("Jones' car", "goin'").
    if (mark.family === 'single' && mark.char !== '‘') continue;
    unbalanced.push(mark.index);
  }

  const continuedBy = options?.continuedBy;
  const bottom = stack[0];
  if (bottom && continuedBy !== undefined && familyOf(continuedBy) === bottom.mark.family) {
    found.push({ open: bottom.mark, close: undefined, end: trimmedEnd(text, text.length) });
    stack.shift();
  }
  for (const open of stack) unbalanced.push(open.mark.index);

  found.sort((a, b) => a.open.index - b.open.index);
  unbalanced.sort((a, b) => a - b);
  // Depth counts the quotes a quote sits in (strays do not count): those opened before it that
  // end after it opens. Counted with sorted ends, not by comparing every pair, which is
  // quadratic on a paragraph of thousands of marks.
  const ends: number[] = [];
  for (const quote of found) ends.push(quote.end);
  ends.sort((a, b) => a - b);
  // A loop into an array literal rather than `map`: the arrays `map` makes for no quote and for
  // some have different maps, and the scan object holding either deoptimised its readers
  // (`wrong map` in detectBlock).
  const quotes: QuoteSpan[] = [];
  for (let order = 0; order < found.length; order++) {
    const { open, close, end } = found[order] as { open: Mark; close: Mark | undefined; end: number };
    quotes.push({
      open: open.index,
      close: close ? close.index : -1,
      end,
      openMark: open.char,
      closeMark: close ? close.char : '',
      family: open.family,
      depth: order - countAtMost(ends, open.index),
    });
  }
  return { quotes, unbalanced };
}

/** How many of the sorted `values` are at most `limit` (binary search). */
function countAtMost(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index after the last non-space character before `index`. */
function trimmedEnd(text: string, index: number): number {
  let end = index;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Offsets of the quotation marks in a text that pair with nothing: an opening mark never
 * closed, or a closing double mark never opened. Apostrophes are not reported. This is the
 * hook for lint: the phrasing pass leaves such marks as plain text.
 *
 * @param text Any text (a paragraph's plain text).
 * @returns Offsets of unbalanced marks, in order.
 */
export function findUnbalancedMarks(text: string): number[] {
  return scanQuotes(text).unbalanced;
}

/**
 * The opening quotation mark a paragraph starts with, if any.
 *
 * @param text A paragraph's text.
 * @returns The mark, or undefined.
 */
export function leadingOpeningMark(text: string): string | undefined {
  const marks = collectMarks(text.slice(0, 3));
  const first = marks[0];
  return first && first.index === 0 && first.canOpen ? first.char : undefined;
}

function familyOf(char: string): MarkFamily {
  return char === '"' || char === '“' || char === '”' ? 'double' : 'single';
}

function findOpen(stack: readonly Open[], family: MarkFamily): number {
  for (let index = stack.length - 1; index >= 0; index--) {
    if ((stack[index] as Open).mark.family === family) return index;
  }
  return -1;
}

/**
 * For each mark, whether a closing mark of the same family that is not a possessive comes after
 * it before the next mark that could open a quote of that family. One backward pass: asking
 * mark by mark rescans a run of possessives from each of them (quadratic).
 */
function betterClosers(marks: readonly Mark[]): boolean[] {
  const result = new Array<boolean>(marks.length);
  const following: Record<MarkFamily, boolean> = { double: false, single: false };
  for (let index = marks.length - 1; index >= 0; index--) {
    const mark = marks[index] as Mark;
    result[index] = following[mark.family];
    if (mark.canClose && !mark.possessive) following[mark.family] = true;
    else if (mark.canOpen) following[mark.family] = false;
  }
  return result;
}

/** The characters `collectMarks` looks at: " ' “ ” ‘ ’. */
const quotationMarks = ['"', "'", '\u201c', '\u201d', '\u2018', '\u2019'];

function collectMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  const length = text.length;
  const nextMark = charSearch(text, quotationMarks);
  for (let index = nextMark(0); index >= 0; index = nextMark(index + 1)) {
    const code = text.charCodeAt(index);
    const previous = index > 0 ? text.charCodeAt(index - 1) : -1;
    const next = index + 1 < length ? text.charCodeAt(index + 1) : -1;
    const char = text.charAt(index);
    const afterBlank = previous === -1 || isSpaceCode(previous) || openingContext.has(previous);
    const beforeBlank = next === -1 || isSpaceCode(next) || closingContext.has(next);
    const nextVisible = next !== -1 && !isSpaceCode(next);
    const previousVisible = previous !== -1 && !isSpaceCode(previous);

    if (code === 0x201c) {
      marks.push({ index, char, family: 'double', canOpen: true, canClose: false, possessive: false });
    } else if (code === 0x201d) {
      marks.push({ index, char, family: 'double', canOpen: false, canClose: true, possessive: false });
    } else if (code === 34) {
      const canOpen = nextVisible && afterBlank;
      let canClose = previousVisible && beforeBlank;
      // Wedged between words ('"Yes,"he said') it can only close an open quote.
      if (!canOpen && !canClose) canClose = true;
      marks.push({ index, char, family: 'double', canOpen, canClose, possessive: false });
    } else {
      // Single marks: ' ‘ ’.
      const wordBefore = previous !== -1 && (isLetterCode(previous) || isDigitCode(previous));
      const wordAfter = next !== -1 && (isLetterCode(next) || isDigitCode(next));
      if (wordBefore && wordAfter) continue; // don't, Raisi’s, O'Brien
      if (code !== 0x2019 && afterBlank && nextVisible) {
        const skip = elisionLength(text, index + 1);
        // "'n'" carries its own closing apostrophe: step over it. The addition is made for every
        // opening mark (0 when no elision): made only after an elision, it first ran after V8 had
        // compiled collectMarks and threw its code away ("Insufficient type feedback").
        index += Math.max(skip, 0);
        if (skip >= 0) continue;
        marks.push({ index, char, family: 'single', canOpen: true, canClose: false, possessive: false });
        continue;
      }
      if (code === 0x2018) {
        marks.push({ index, char, family: 'single', canOpen: true, canClose: false, possessive: false });
        continue;
      }
      if (previousVisible && beforeBlank) {
        const possessive = isPluralPossessive(text, index);
        marks.push({ index, char, family: 'single', canOpen: false, canClose: true, possessive });
      }
    }
  }
  return marks;
}

/**
 * When a leading apostrophe starts an elision, how many characters to step over (0, or 2 for
 * "'n'"); -1 when it does not.
 */
function elisionLength(text: string, from: number): number {
  // Two-digit years: '90s, '05.
  if (isDigitCode(codeAt(text, from)) && isDigitCode(codeAt(text, from + 1))) {
    const after = codeAt(text, from + 2);
    if (!isDigitCode(after)) return 0;
  }
  let end = from;
  while (end < text.length && isLetterCode(text.charCodeAt(end))) end++;
  const word = text.slice(from, end).toLowerCase();
  if (!elisions.has(word)) return -1;
  const after = text.charCodeAt(end);
  if (word === 'n' && (after === 39 || after === 0x2019)) return 2;
  return isLetterCode(after) ? -1 : 0;
}

/**
 * A closing single mark right after an "s" and before a lower-case word reads as a plural
 * possessive ("analysts' expectations", "Jones' car"). Lint pairs single-quoted phrases by the
 * same test (`singleQuotePairs`), so its pairs agree with the tree's quotes.
 *
 * @param text The text.
 * @param index The index of the mark (`'` or `’`).
 * @returns Whether the mark may be a plural possessive's apostrophe.
 */
export function isPluralPossessive(text: string, index: number): boolean {
  const previous = text.charCodeAt(index - 1);
  if (previous !== 115 && previous !== 83 && previous !== 122) return false;
  if (text.charCodeAt(index + 1) !== 32) return false;
  const after = text.charCodeAt(index + 2);
  return (after >= 97 && after <= 122) || isDigitCode(after) || after === 163 || after === 36;
}

/** Words right before a quote that make it a name or term, not speech. */
const namingWords = new Set([
  'so-called',
  'dubbed',
  'nicknamed',
  'named',
  'titled',
  'entitled',
  'codenamed',
  'code-named',
  'term',
  'terms',
  'word',
  'words',
  'phrase',
  'slogan',
  'motto',
  'banner',
  'headlined',
  'billed',
  'film',
  'movie',
  'book',
  'novel',
  'song',
  'album',
  'programme',
  'program',
  'series',
  'game',
  'musical',
  'magazine',
  'campaign',
  'project',
  'operation',
  'scheme',
  'initiative',
  'category',
  'status',
  'rating',
  'ratings',
  'grade',
]);

/** Verbs right before a quote that name rather than quote: what it calls "patent commons". */
const namingVerbs = new Set([
  'called',
  'calls',
  'call',
  'branded',
  'labelled',
  'labeled',
  'termed',
  'marketed',
  'listed',
  'known',
  'billed',
  'dubbed',
  'named',
]);

/** Object pronouns after "called"/"branded": "called it "a disaster"" is speech. */
const objectPronouns = new Set(['it', 'this', 'that', 'them', 'him', 'her', 'these', 'those', 'us', 'me', 'for']);

/** What the classifier needs to know about a quote. */
export interface QuoteFacts {
  /** The words inside the marks. */
  readonly inner: string;
  /** The sentence text before the opening mark. */
  readonly before: string;
  /** True when a speaker or cue was found in the quote's sentence. */
  readonly attributed: boolean;
  /** True when the attribution is right next to the quote (`"…," he said` or `X said: "…"`). */
  readonly adjacent: boolean;
  /** True when the quote sits inside a direct quote. */
  readonly nestedInSpeech: boolean;
  /** True in a headline or deck, where quoted words are nearly always someone's. */
  readonly headline: boolean;
  /** The sentence text after the closing mark. */
  readonly after: string;
}

/**
 * Decide whether a quote is reported speech or a quoted name/term.
 *
 * @param facts What the phrasing pass found around the quote.
 * @returns `direct` or `phrase`.
 */
export function classifyQuote(facts: QuoteFacts): 'direct' | 'phrase' {
  const inner = facts.inner.trim();
  const words = countWordsUpTo(inner, 11);
  const previous = lastWords(facts.before, 2);
  const last = previous[1] ?? '';
  const beforeLast = previous[0] ?? '';
  const descriptive = words <= 4 && isDescriptive(inner);
  if (namingWords.has(last) || (last === 'as' && /^(?:known|billed|such)$/.test(beforeLast))) return 'phrase';
  // "what it calls "patent commons"" names a thing; "what it termed "unacceptable levels""
  // quotes a judgement.
  if (namingVerbs.has(last) || (last === 'as' && namingVerbs.has(beforeLast))) return descriptive ? 'direct' : 'phrase';
  // "has been described as "3G on steroids"": a label with nobody saying it.
  if (
    !descriptive &&
    last === 'as' &&
    beforeLast === 'described' &&
    /\b(?:been|was|were|is|are|being)\s+described\s+as\s*$/i.test(facts.before)
  ) {
    return 'phrase';
  }
  if (objectPronouns.has(last) && (beforeLast === 'called' || beforeLast === 'branded')) return 'direct';
  if (facts.nestedInSpeech && words <= 6) return 'phrase';
  // A short quote used as a modifier ("its "poison pill" plan", ""contra" rebels") or offered as
  // another name ("rights plan, or "poison pill"") is a term.
  if (words <= 3 && !facts.adjacent && !descriptive && (isNounAfter(facts.after) || last === 'or')) return 'phrase';
  const titleCase = words <= 10 && isTitleCase(inner);
  if (facts.adjacent) return 'direct';
  if (titleCase && !facts.headline) return 'phrase';
  if (facts.attributed || facts.headline) return 'direct';
  // Unattributed: a sentence's worth of words is speech, and so is a quoted figure
  // ("approximately 2.5%"); a word or two is a term.
  if (words >= 5 || /[.!?,]/.test(inner.charAt(inner.length - 1)) || /\d/.test(inner)) return 'direct';
  return descriptive && !titleCase ? 'direct' : 'phrase';
}

/** Words that may follow a quoted term without being the noun it modifies. */
const notModified = new Set([
  ...'a an the and or but of to in on at for from by with as than that which who is are was were be been has have had will would can could may might should must do does did not it its this these those he she they we you i his her their our there here so if when while after before since until about into over under up down out off also just only even still again then now said says say told added'.split(
    ' ',
  ),
  ...'several many some all any each every both few more most other another such no own unless because although though whereas despite whether once where why how what against within without across through during among'.split(
    ' ',
  ),
]);

/**
 * Whether quoted words read as a description rather than a name: an adverb first ("severely
 * affected") or an adjective or participle last ("very favourable", "unsatisfactory"). Such a
 * fragment is someone's words, while a quoted noun ("poison pill", "churn rate") is a term.
 */
function isDescriptive(inner: string): boolean {
  const words = inner.toLowerCase().split(/\s+/, 5);
  const first = words[0] ?? '';
  if (/^[a-z]+ly$/.test(first) && !lyAdjectives.has(first)) return true;
  for (const raw of words) {
    const word = trimTrailing(raw);
    if (descriptiveWords.has(word)) return true;
    if (
      /^[a-z-]{4,}(?:ous|ive|able|ible|ful|less|ant|ent|ary|ory|ional|ical|ual|ial|ed|ish)$/.test(word) &&
      !nounEndings.test(word)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * A word without the punctuation after it ("favourable," → "favourable"), by a loop: a regex
 * anchored only at the end would retry from every position.
 */
function trimTrailing(word: string): string {
  let end = word.length;
  while (end > 0) {
    const code = word.charCodeAt(end - 1);
    if ((code >= 97 && code <= 122) || code === 45) break;
    end--;
  }
  return word.slice(0, end);
}

/** Adjectives ending in -ly, which start noun phrases ("friendly fire", "early bird"). */
const lyAdjectives = new Set(
  'friendly unfriendly early daily weekly monthly quarterly yearly likely unlikely lonely lovely costly elderly holy ugly silly deadly orderly timely worldly lively hourly nightly only family rally ally supply reply'.split(
    ' ',
  ),
);

/** Common adjectives without a telling ending. */
const descriptiveWords = new Set(
  'good bad great strong weak high low fine tough hard difficult clear big small huge sure fair unfair healthy robust solid poor rich safe unsafe wrong false serious severe grim bleak bright tight slow fast cheap dear ready normal stable premature crucial vital'.split(
    ' ',
  ),
);

/** Endings that look adjectival but make nouns ("agent", "treatment", "student", "garlic"). */
const nounEndings =
  /(?:ment|dent|gent|tent|ary|ial(?:s)?|ual(?:s)?)$|^(?:need|speed|seed|feed|bed|shed|greed|creed|reed|weed|deed|red|bread|head|thread|spread|ahead|lead|dread|hundred)$/;

/** Whether the text after a quote starts with a lower-case word that reads as a noun it modifies. */
function isNounAfter(after: string): boolean {
  const match = /^ ([a-z][a-z-]*)([^a-z]?)/.exec(after);
  if (!match) return false;
  const word = match[1] as string;
  if (notModified.has(word)) return false;
  // "their "consumer technology" offering.": an -ing noun closing the phrase.
  if (/ing$/.test(word) && /[.,;:]/.test(match[2] ?? '')) return true;
  // Verbs and adverbs: "seems", "rose", "quickly".
  return !/(?:ed|ly|ing)$/.test(word) && !/^(?:seems|remains|means|makes|takes|gives|shows|looks|appears)$/.test(word);
}

/**
 * Words in a text, counted up to `limit`. The rules above ask only about a few words, and a
 * quote nested thousands deep would otherwise be counted once per level (quadratic), so the
 * count stops at `limit` words or after `wordScanLimit` characters (a quote that long is
 * speech, however few its spaces).
 */
function countWordsUpTo(text: string, limit: number): number {
  if (text.length > wordScanLimit) return limit;
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length && count < limit; index++) {
    const space = isSpaceCode(text.charCodeAt(index));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Longest text whose words are counted one by one. */
const wordScanLimit = 500;

/** How far back from a quote its naming words are looked for. */
const lookBackLimit = 120;

/**
 * The last `count` words of a text, lower-cased, without punctuation around them. Only the
 * last `lookBackLimit` characters are read: a run of marks before a quote is not rescanned for
 * each of them.
 */
function lastWords(text: string, count: number): string[] {
  const words: string[] = [];
  let end = text.length;
  const floor = Math.max(0, text.length - lookBackLimit);
  while (words.length < count && end > floor) {
    while (end > floor && !isWordCode(text.charCodeAt(end - 1))) {
      // A clause break stops the look-back: ", called" is not "X called".
      const code = text.charCodeAt(end - 1);
      if (code === 44 || code === 46 || code === 59 || code === 58) return padWords(words, count);
      end--;
    }
    let start = end;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    if (start === end) break;
    words.unshift(text.slice(start, end).toLowerCase());
    end = start;
  }
  return padWords(words, count);
}

function padWords(words: string[], count: number): string[] {
  while (words.length < count) words.unshift('');
  return words;
}

function isWordCode(code: number): boolean {
  // General punctuation (quotation marks, dashes) has no letters: skip the Unicode class test,
  // the slow part of looking back over a run of marks.
  if (code >= 0x2000 && code <= 0x206f) return code === 0x2019;
  return isLetterCode(code) || isDigitCode(code) || code === 45 || code === 39;
}

/** Minor words that may stay lower case in a title ("Lord of the Rings"). */
const minorWords = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'de']);

function isTitleCase(text: string): boolean {
  // Titles are short; splitting a long quote once per nesting level would be quadratic.
  if (text.length > wordScanLimit) return false;
  if (isAsciiText(text)) return isAsciiTitleCase(text);
  const words = text.split(/\s+/);
  let capitals = 0;
  for (const word of words) {
    const bare = word.replace(/^[^\p{L}\p{N}]+/u, '');
    // Tested before `charAt(0)`: reading the first character of an empty word deoptimised isTitleCase ("out of bounds").
    if (bare.length === 0) continue;
    const first = bare.charAt(0);
    if (first !== first.toLowerCase()) capitals++;
    else if (!minorWords.has(word.toLowerCase()) && !/^\d/.test(first)) return false;
  }
  return capitals > 0;
}

function isAsciiText(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) >= 128) return false;
  return true;
}

/**
 * `isTitleCase` of ASCII text, reading its words in place: it stops at the first lower-case word
 * that is not a minor one, where the split, a regex replace and a lower-cased copy per word did
 * every word first (the split alone was 1.45M of 896.6M instructions in callgrind over a quarter
 * of the corpus).
 */
function isAsciiTitleCase(text: string): boolean {
  const length = text.length;
  let capitals = 0;
  let index = 0;
  while (index < length) {
    while (index < length && isAsciiSpace(text.charCodeAt(index))) index++;
    const start = index;
    while (index < length && !isAsciiSpace(text.charCodeAt(index))) index++;
    // The word's first letter or digit, after any marks (`bare` above).
    let at = start;
    while (at < index && !isAsciiWordCode(text.charCodeAt(at))) at++;
    if (at === index) continue;
    const first = text.charCodeAt(at);
    if (first >= 65 && first <= 90) capitals++;
    else if (first >= 97 && !minorWords.has(text.slice(start, index).toLowerCase())) return false;
  }
  return capitals > 0;
}

/** The ASCII characters `\s` matches: tab, line feed, vertical tab, form feed, carriage return, space. */
function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
