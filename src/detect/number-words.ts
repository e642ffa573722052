/**
 * Cardinal number words, and the first test of whether a word can start a statistic. The test
 * lives here so that the tokenizer, which has each word in hand, and the statistic reader share
 * one definition of it.
 */

/** Cardinal number words and their values. */
export const numberWords: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/**
 * The number words' first three letters, as a table: for the first two letters (a-z each), a
 * bit for each third letter that some number word continues with. Every number word is at
 * least three letters long.
 */
const numberWordStems = new Uint32Array(26 * 26);
for (const word of numberWords.keys()) {
  const row = stemIndex(word);
  numberWordStems[row] = (numberWordStems[row] ?? 0) | (1 << (word.charCodeAt(2) - 97));
}

/**
 * Whether the statistic reader can find anything at a word (given in lower case): a figure, a
 * number word (or a hyphenated one), "a"/"an", "half" or a "-fold" word. Every other word falls
 * through all its readers.
 *
 * @param lower A word token's lower-case text.
 * @returns True when a statistic may start at the word.
 */
export function mayStartStatistic(lower: string): boolean {
  // Hot: asked of every word by `tokenize`. One flat function of char-code tests (the helpers it
  // called were not inlined into tokenize: asking it twice per word cost 40M instructions more
  // in callgrind over a quarter of the corpus).
  const first = lower.charCodeAt(0) - 97;
  // Not a-z: only a figure can start here.
  if (first < 0 || first > 25) return first >= -49 && first <= -40;
  const length = lower.length;
  if (length < 3) return first === 0 && (length === 1 || lower.charCodeAt(1) === 110);
  // A word whose first three letters begin no number word can only be "half": every other
  // reader needs a number word at its head ("twenty-five", "one-off", "tenfold"). Turning
  // "the", "said" and "well-known" away here, before the hyphen and Map tests (and
  // readCompound's slicing for every hyphenated word), cut findStatistics on the corpus blocks
  // from 121 to 85 ms; a typed-array table answers this 3-4× faster than a Set of stems.
  const second = lower.charCodeAt(1) - 97;
  const third = lower.charCodeAt(2) - 97;
  if (
    second < 0 ||
    second > 25 ||
    third < 0 ||
    third > 25 ||
    (((numberWordStems[first * 26 + second] as number) >>> third) & 1) === 0
  ) {
    return length === 4 && lower === 'half';
  }
  return lower.includes('-') || lower.endsWith('fold') || numberWords.has(lower);
}

/** The row of `numberWordStems` for a word's first two letters, or -1 if either is not a-z. */
function stemIndex(lower: string): number {
  const first = lower.charCodeAt(0) - 97;
  const second = lower.charCodeAt(1) - 97;
  if (first < 0 || first > 25 || second < 0 || second > 25) return -1;
  return first * 26 + second;
}
