/**
 * The JSON writer: the article tree as specified in TREE.md, pretty-printed with a trailing
 * newline. Positions are kept unless asked otherwise.
 */

import { assertTree, checkBoolean, checkInteger, optionsRecord } from '../options.js';
import type { ArticleRoot } from '../tree/types.js';

/** Options of `toJson`. */
export interface JsonOptions {
  /** Keep `position` on every node (default true). */
  position?: boolean;
  /** Indentation, an integer from 0 to 10; 0 writes one line (NDJSON). Default 2. */
  indent?: number;
}

const jsonKeys = ['position', 'indent'] as const;

/**
 * Check options of `toJson`.
 *
 * @param options What the caller passed.
 * @param where Whose options they are, for messages.
 * @throws {CopydeskError} `invalid-option` naming the option.
 */
export function checkJsonOptions(options: unknown, where = 'toJson() options'): void {
  const record = optionsRecord(options, jsonKeys, where);
  if (record === undefined) return;
  checkBoolean(record, 'position', where);
  // JSON.stringify quietly caps indentation at 10 and ignores negative numbers.
  checkInteger(record, 'indent', where, 0, 10);
}

/**
 * Serialise an article tree to JSON.
 *
 * @param tree The article tree.
 * @param options Whether to keep positions, and the indentation (an integer from 0 to 10).
 * @returns The JSON text, ending with a newline.
 * @throws {TypeError} when `tree` is not an article tree.
 * @throws {CopydeskError} `invalid-option` when an option has the wrong type or range.
 */
export function toJson(tree: ArticleRoot, options?: Readonly<JsonOptions> | null): string {
  assertTree(tree, 'toJson');
  checkJsonOptions(options);
  const keepPosition = options?.position ?? true;
  const indent = options?.indent ?? 2;
  const replacer = keepPosition ? undefined : (key: string, value: unknown) => (key === 'position' ? undefined : value);
  return `${JSON.stringify(tree, replacer, indent || undefined)}\n`;
}
