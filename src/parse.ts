/**
 * `parse`: text in, article tree out. Picks a reader, runs the detectors, adds metadata.
 */
import { countNodes } from './detect/counts.js';
import { detectArticle } from './detect/index.js';
import { CopydeskError } from './errors.js';
// The option checks shared with the writers and plugins: one wording for every entry point.
import { checkString, describe, optionsRecord } from './options.js';
import { readMarkdown } from './read/markdown.js';
import { looksLikeMarkdown } from './read/sniff.js';
import { type ReadResult, readText } from './read/text.js';
import type { ArticleRoot } from './tree/types.js';

/** Input formats. `auto` decides by file extension, then by sniffing the content. */
export type InputFormat = 'auto' | 'text' | 'markdown';

/** Options of `parse`. */
export interface ParseOptions {
  /** Input format; default `auto`. */
  from?: InputFormat;
  /** File name, recorded in the root's data and used by `auto` to pick a reader by extension. */
  file?: string;
}

const defaults: Readonly<ParseOptions> = Object.freeze({ from: 'auto' });

const parseKeys = ['from', 'file'] as const;
const inputFormats: ReadonlySet<unknown> = new Set<InputFormat>(['auto', 'text', 'markdown']);

/**
 * Check options of `parse`. An unknown `from` (`html`, say) would otherwise be read as `auto`.
 *
 * @param options What the caller passed.
 * @param where Whose options they are, for messages.
 * @throws {CopydeskError} `invalid-option` naming the option.
 */
export function checkParseOptions(options: unknown, where = 'parse() options'): void {
  const record = optionsRecord(options, parseKeys, where);
  if (record === undefined) return;
  const from = record['from'];
  if (from !== undefined && !inputFormats.has(from)) {
    throw new CopydeskError(
      'invalid-option',
      `Unexpected ${describe(from)} for \`from\` in the ${where}, expected \`auto\`, \`text\` or \`markdown\``,
    );
  }
  checkString(record, 'file', where, 'a file name');
}

/** Text is checked apart from options: passing a Buffer or a tree is a bug, as in `lint`. */
function assertText(text: unknown, name: string): asserts text is string {
  if (typeof text === 'string') return;
  throw new TypeError(
    typeof text === 'object' && text !== null && 'byteLength' in text
      ? `${name}() takes text, not bytes: ${name}(decode(bytes).text)`
      : `${name}() takes the article as a string, not ${describe(text)}`,
  );
}

/**
 * Parse an article into an article tree.
 *
 * @param text The article, decoded (a leading BOM is ignored).
 * @param options Reader choice and file name.
 * @returns The article tree.
 * @throws {TypeError} when `text` is not a string.
 * @throws {CopydeskError} `invalid-option` when an option has the wrong type or value.
 */
export function parse(text: string, options?: Readonly<ParseOptions> | null): ArticleRoot {
  assertText(text, 'parse');
  checkParseOptions(options);
  const settings = { ...defaults, ...options };
  const format = pickFormat(text, settings);
  const read: ReadResult = format === 'markdown' ? readMarkdown(text) : readText(text);
  const { tree, counted } = detectArticle(read.tree, { map: read.map });
  tree.data = {
    ...(settings.file === undefined ? {} : { file: settings.file }),
    format,
    ...(read.tree.data?.frontMatter ? { frontMatter: read.tree.data.frontMatter } : {}),
    counts: countNodes(tree, counted),
  };
  return tree;
}

/**
 * Which reader to use for a text.
 *
 * @param text The input.
 * @param options The options given to `parse`.
 * @returns `text` or `markdown`.
 * @throws {TypeError} when `text` is not a string.
 * @throws {CopydeskError} `invalid-option` when an option has the wrong type or value.
 */
export function resolveFormat(text: string, options?: Readonly<ParseOptions> | null): 'text' | 'markdown' {
  assertText(text, 'resolveFormat');
  checkParseOptions(options, 'resolveFormat() options');
  return pickFormat(text, options ?? defaults);
}

function pickFormat(text: string, options: Readonly<ParseOptions>): 'text' | 'markdown' {
  if (options.from === 'text' || options.from === 'markdown') return options.from;
  const file = options.file?.toLowerCase() ?? '';
  if (/\.(?:md|markdown|mdown|mkd)$/.test(file)) return 'markdown';
  if (/\.(?:txt|text)$/.test(file)) return 'text';
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}
