/**
 * How many columns text takes in a terminal (for the code frame's caret line and the extract
 * table): East Asian Wide and
 * Fullwidth characters and emoji take two, combining marks and zero-width characters none,
 * everything else one, counted per grapheme cluster (what a terminal draws as one character).
 * Message columns stay in UTF-16 code units, as eslint's do; only the frame needs this.
 *
 * No dependency has it (string-width is not installed); this is close to string-width 7 with
 * get-east-asian-width (ambiguous-width characters narrow, as terminals default).
 */

/**
 * East Asian Wide (W) and Fullwidth (F) code points, as inclusive `[first, last]` pairs in order:
 * EastAsianWidth.txt of Unicode 14 (Python's unicodedata), plus the blocks whose unassigned code
 * points the file says default to W (CJK ideographs, planes 2 and 3), with ranges joined across
 * unassigned gaps. Emoji of later Unicode versions are caught by `emoji` below.
 */
const wide: readonly number[] = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec, 0x23f0, 0x23f0, 0x23f3, 0x23f3, 0x25fd, 0x25fe,
  0x2614, 0x2615, 0x2648, 0x2653, 0x267f, 0x267f, 0x2693, 0x2693, 0x26a1, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be,
  0x26c4, 0x26c5, 0x26ce, 0x26ce, 0x26d4, 0x26d4, 0x26ea, 0x26ea, 0x26f2, 0x26f3, 0x26f5, 0x26f5, 0x26fa, 0x26fa,
  0x26fd, 0x26fd, 0x2705, 0x2705, 0x270a, 0x270b, 0x2728, 0x2728, 0x274c, 0x274c, 0x274e, 0x274e, 0x2753, 0x2755,
  0x2757, 0x2757, 0x2795, 0x2797, 0x27b0, 0x27b0, 0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50, 0x2b55, 0x2b55,
  0x2e80, 0x303e, 0x3041, 0x3247, 0x3250, 0x4dbf, 0x4e00, 0xa4c6, 0xa960, 0xa97c, 0xac00, 0xd7a3, 0xf900, 0xfaff,
  0xfe10, 0xfe19, 0xfe30, 0xfe6b, 0xff01, 0xff60, 0xffe0, 0xffe6, 0x16fe0, 0x1b2fb, 0x1f004, 0x1f004, 0x1f0cf, 0x1f0cf,
  0x1f18e, 0x1f18e, 0x1f191, 0x1f19a, 0x1f200, 0x1f320, 0x1f32d, 0x1f335, 0x1f337, 0x1f37c, 0x1f37e, 0x1f393, 0x1f3a0,
  0x1f3ca, 0x1f3cf, 0x1f3d3, 0x1f3e0, 0x1f3f0, 0x1f3f4, 0x1f3f4, 0x1f3f8, 0x1f43e, 0x1f440, 0x1f440, 0x1f442, 0x1f4fc,
  0x1f4ff, 0x1f53d, 0x1f54b, 0x1f54e, 0x1f550, 0x1f567, 0x1f57a, 0x1f57a, 0x1f595, 0x1f596, 0x1f5a4, 0x1f5a4, 0x1f5fb,
  0x1f64f, 0x1f680, 0x1f6c5, 0x1f6cc, 0x1f6cc, 0x1f6d0, 0x1f6d2, 0x1f6d5, 0x1f6df, 0x1f6eb, 0x1f6ec, 0x1f6f4, 0x1f6fc,
  0x1f7e0, 0x1f7f0, 0x1f90c, 0x1f93a, 0x1f93c, 0x1f945, 0x1f947, 0x1f9ff, 0x1fa70, 0x1faf6, 0x20000, 0x3fffd,
];

/** Made on first use: an Intl.Segmenter costs milliseconds to build, and most runs draw no frame. */
let segmenter: Intl.Segmenter | undefined;

/**
 * A cluster drawn as one wide emoji: one whose first character is shown as emoji by default
 * (🎉, and 👍🏽 or 👨‍👩‍👧 after it), a pictograph asked to be shown as one (☺️: U+FE0F), a flag
 * (two regional indicators) or a keycap (1️⃣). This is what string-width finds with
 * `\p{RGI_Emoji}`, without the `v` flag, which TypeScript's ES2022 target refuses in a literal
 * (and a `new RegExp` would not be kept a literal by the CLI bundle).
 */
const emoji =
  /^(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\ufe0f|\p{Regional_Indicator}{2}|[#*0-9]\ufe0f\u20e3)/u;

/** Characters drawn as nothing: marks, format and control characters, default-ignorables. */
const invisible = /^[\p{Mark}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}]+/u;

/**
 * What the one-column-a-code-unit path cannot measure: what can join characters into one
 * grapheme cluster (marks, format and control characters, Hangul jamo, surrogates for emoji and
 * everything beyond the BMP, halfwidth sound marks, and the few letters that are spacing marks or
 * prepend: Thai and Lao AM, Malayalam dot reph) and what is drawn as nothing (default-ignorable
 * code points). Text without any, as most news copy is (curly quotes and dashes, CJK), is one
 * cluster a code unit, measured without Intl.Segmenter, which costs microseconds a character.
 */
const special =
  /[\p{M}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\ud800-\udfff\uff9e\uff9f\u0e33\u0eb3\u0d4e\u{10000}-\u{10ffff}]/u;
/[\p{M}\p{Cf}\p{Cc}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\ud800-\udfff\uff9e\uff9f\u0e33\u0eb3\u0d4e\u{10000}-\u{10ffff}]/u;

/**
 * Whether a code point is East Asian Wide or Fullwidth.
 *
 * @param code A code point.
 * @returns True for two columns.
 */
function isWide(code: number): boolean {
  let low = 0;
  let high = wide.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (code < (wide[middle * 2] as number)) high = middle - 1;
    else if (code > (wide[middle * 2 + 1] as number)) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * Columns one grapheme cluster takes in a terminal.
 *
 * @param grapheme One grapheme cluster.
 * @returns 0, 1 or 2.
 */
export function graphemeWidth(grapheme: string): number {
  if (grapheme.length === 1) {
    const code = grapheme.charCodeAt(0);
    if (code >= 0x20 && code < 0x7f) return 1;
  }
  if (emoji.test(grapheme)) return 2;
  // A cluster may start with what is not drawn (a stray mark, a zero-width joiner): the first
  // character that is drawn decides, and a cluster of none takes no column.
  const base = grapheme.replace(invisible, '');
  if (base === '') return 0;
  return isWide(base.codePointAt(0) as number) ? 2 : 1;
}

/** A grapheme cluster of a line: where it starts (UTF-16 index) and its width in columns. */
export interface Cell {
  readonly index: number;
  readonly width: number;
}

/**
 * The grapheme clusters of a line with their widths.
 *
 * @param line One line of text, without line endings.
 * @returns Its cells, in order.
 */
export function cells(line: string): Cell[] {
  const result: Cell[] = [];
  if (!special.test(line)) {
    for (let index = 0; index < line.length; index++) {
      const code = line.charCodeAt(index);
      result.push({ index, width: code >= 0x1100 && isWide(code) ? 2 : 1 });
    }
    return result;
  }
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment, index } of segmenter.segment(line)) result.push({ index, width: graphemeWidth(segment) });
  return result;
}

/**
 * Columns a text takes in a terminal.
 *
 * @param text The text, on one line.
 * @returns Its width in columns.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const cell of cells(text)) width += cell.width;
  return width;
}
