/**
 * The colour functions reporters use. The CLI passes its chalk instance (STYLE B7: chalk
 * appears only in `cli/report.ts`, which decides on colour); the library passes `noColors`.
 */

/** Colour functions: each wraps text in escape codes, or returns it unchanged. */
export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const plain = (text: string) => text;

/** No colour at all. */
export const noColors: Colors = Object.freeze({
  red: plain,
  yellow: plain,
  blue: plain,
  green: plain,
  dim: plain,
  bold: plain,
  underline: plain,
});
