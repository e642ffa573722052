/**
 * Word classes: one table from a lower-case word to the bit set of the detectors' word lists it
 * is in, so that `tokenize` looks each token up once and the detectors test bits
 * (`token.classes & wordClass.month`) instead of looking the same word up in many Sets.
 *
 * Why: the detectors asked a dozen Sets and Maps about each fresh lower-case token (cue verbs for
 * every word of a block, ~30 look-ups per figure in `isExcluded`/`countsAsNumber`/`isYear`),
 * which was ~9% of `parse` in the profile. `tokenize` now looks each word up once, behind a
 * shape prefilter (`shapeTable`) that turns most words away without hashing them; callgrind over
 * a quarter of the corpus: 924.7M instructions -> 900.0M (-2.7%; looking up lazily, on first
 * asking, saved only half of that).
 *
 * Each word list stays the single source of truth: the module that owns a list registers it here
 * at load (`addWordClass`), before any of its functions can run, so every class a detector tests
 * is in the table by the time it reads a token. A class is only meaningful for word tokens whose
 * `lower` is exactly the list's key (punctuation tokens get no classes but `comma`).
 */

import type { Token } from './sentences.js';

/** The classes. Bits 0-6 are `speakers.ts`'s cue flags. */
export const wordClass = {
  /** `leadingAttribution`'s stop words: "to", "saying". */
  cueStop: 1,
  /** `participles` ("speaking", "writing"). */
  cueParticiple: 2,
  /** `cueVerbs` ("said", "told"). */
  cueVerb: 4,
  /** `figureCues` ("estimated", "forecast"). */
  cueFigure: 8,
  /** `trailingOnlyVerbs`: with `cueVerb`, what `isTrailingCue` asks of `cueVerbs`. */
  cueTrailingOnly: 16,
  /** "according", for `findAccordingTo`. */
  cueAccording: 32,
  /**
   * A comma token (the one punctuation class: `tokenize` sets it), where `sentenceSource` and
   * `attributeFigure` try a trailing attribution.
   */
  comma: 64,
  /** `months` of statistics.ts ("january", "jan"). */
  month: 1 << 7,
  /** `weekdays` of statistics.ts. */
  weekday: 1 << 8,
  /** `clockWords` of statistics.ts ("pm", "gmt"). */
  clock: 1 << 9,
  /** `labelWords` of statistics.ts ("number", "version"). */
  label: 1 << 10,
  /** Keys of `measureUnits` of statistics.ts ("kg", "miles"). */
  measureUnit: 1 << 11,
  /** Keys of `currencyWords` of statistics.ts ("dlrs", "yen"). */
  currency: 1 << 12,
  /** Keys of `subunitWords` of statistics.ts ("pence", "cents"). */
  subunit: 1 << 13,
} as const;

const classTable = new Map<string, number>();

/**
 * Per pair of first and last letters (a-z; 26 × 26), a bit per word length (1-31; bit 0 for
 * longer words or other characters) that some word of the table has. A word whose row has no
 * bit for its length is in no class: it is turned away without hashing it for the Map.
 */
const shapeTable = new Uint32Array(27 * 27);

/** The row of `shapeTable` for a word: its first and last letters, or 26 for anything else. */
function shapeRow(word: string): number {
  const first = word.charCodeAt(0) - 97;
  const last = word.charCodeAt(word.length - 1) - 97;
  return (first >= 0 && first < 26 ? first : 26) * 27 + (last >= 0 && last < 26 ? last : 26);
}

/** The bit of `shapeTable` for a word's length. */
function lengthBit(word: string): number {
  return word.length < 32 ? 1 << word.length : 1;
}

/**
 * Add a class to every word of a list (called once per list, at module load).
 *
 * @param words The lower-case words of the list.
 * @param bit The class (a `wordClass` value).
 */
export function addWordClass(words: Iterable<string>, bit: number): void {
  for (const word of words) {
    classTable.set(word, (classTable.get(word) ?? 0) | bit);
    const row = shapeRow(word);
    shapeTable[row] = (shapeTable[row] as number) | lengthBit(word);
  }
}

/** Whether a token is a word of a class (`wordClass`); false for none. */
export function hasClass(token: Token | undefined, bit: number): boolean {
  return token !== undefined && (token.classes & bit) !== 0;
}

/**
 * The classes of a lower-case word; 0 when it is in no list.
 *
 * @param lower A word token's lower-case text.
 * @returns The bit set of its classes.
 */
export function wordClassesOf(lower: string): number {
  if (((shapeTable[shapeRow(lower)] as number) & lengthBit(lower)) === 0) return 0;
  return classTable.get(lower) ?? 0;
}
