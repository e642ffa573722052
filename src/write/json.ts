/**
 * The JSON writer: the article tree as specified in TREE.md, pretty-printed with a trailing
 * newline. Positions are kept unless asked otherwise.
 */
import type { ArticleRoot } from '../tree/types.js';

/** Options of `toJson`. */
export interface JsonOptions {
  /** Keep `position` on every node (default true). */
  position?: boolean;
  /** Indentation; 0 writes one line (NDJSON). Default 2. */
  indent?: number;
}

/**
 * Serialise an article tree to JSON.
 *
 * @param tree The article tree.
 * @param options Whether to keep positions, and the indentation.
 * @returns The JSON text, ending with a newline.
 */
export function toJson(tree: ArticleRoot, options?: Readonly<JsonOptions> | null): string {
  const keepPosition = options?.position ?? true;
  const indent = options?.indent ?? 2;
  const replacer = keepPosition ? undefined : (key: string, value: unknown) => (key === 'position' ? undefined : value);
  return `${JSON.stringify(tree, replacer, indent || undefined)}\n`;
}
