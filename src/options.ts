/**
 * Argument checks for `parse`, the writers and their unified plugins. They mirror what `lint` does with
 * its config: a wrong option throws a `CopydeskError` (`invalid-option`) naming the option, the
 * value given and what is expected, instead of being read as its default or failing somewhere
 * deep inside. Only `typeof` checks, so they cost nothing next to writing a tree.
 */
import { CopydeskError } from './errors.js';
import type { ArticleRoot } from './tree/types.js';

/** Options as callers pass them: any object's own keys, read as unknowns until checked. */
type RawOptions = Readonly<Record<string, unknown>>;

/**
 * Check that a writer got an article tree. A `TypeError`, as `lint` throws, since passing text or
 * nothing is a programming mistake rather than a bad option.
 *
 * @param tree What the caller passed.
 * @param name The function, for the message (`toHtml`).
 * @throws {TypeError} when `tree` is not a root node with children.
 */
export function assertTree(tree: unknown, name: string): asserts tree is ArticleRoot {
  if (
    typeof tree === 'object' &&
    tree !== null &&
    (tree as { type?: unknown }).type === 'root' &&
    Array.isArray((tree as { children?: unknown }).children)
  ) {
    return;
  }
  throw new TypeError(
    typeof tree === 'string'
      ? `${name}() takes an article tree, not text: ${name}(parse(text))`
      : `${name}() takes an article tree: the root node that parse() returns, not ${describe(tree)}`,
  );
}

/**
 * Check an options object: `null` or `undefined` (the defaults), or an object with only the
 * known keys. An unknown key is most often a typo (`standAlone`), which would otherwise be
 * ignored without a word.
 *
 * @param options What the caller passed.
 * @param keys The keys the function knows.
 * @param where The options' owner, for messages (`toHtml() options`).
 * @returns The options as a record, or undefined for the defaults.
 * @throws {CopydeskError} `invalid-option` for a non-object or an unknown key.
 */
export function optionsRecord(options: unknown, keys: readonly string[], where: string): RawOptions | undefined {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw invalidOption(`Unexpected ${describe(options)} as the ${where}, expected an object`);
  }
  for (const key in options) {
    if (!keys.includes(key)) {
      throw invalidOption(`Unexpected key \`${key}\` in the ${where}, expected ${keys.map(tick).join(', ')}`);
    }
  }
  return options as RawOptions;
}

/**
 * Check a boolean option. Strings such as `'false'` are refused: read as truthy they would turn
 * the option on.
 *
 * @throws {CopydeskError} `invalid-option` naming the option.
 */
export function checkBoolean(options: RawOptions, key: string, where: string): void {
  const value = options[key];
  if (value !== undefined && typeof value !== 'boolean') {
    throw invalidOption(`Unexpected ${describe(value)} for \`${key}\` in the ${where}, expected \`true\` or \`false\``);
  }
}

/**
 * Check a string option.
 *
 * @throws {CopydeskError} `invalid-option` naming the option.
 */
export function checkString(options: RawOptions, key: string, where: string, expected = 'a string'): void {
  const value = options[key];
  if (value !== undefined && typeof value !== 'string') {
    throw invalidOption(`Unexpected ${describe(value)} for \`${key}\` in the ${where}, expected ${expected}`);
  }
}

/**
 * Check an integer option within bounds.
 *
 * @throws {CopydeskError} `invalid-option` naming the option.
 */
export function checkInteger(options: RawOptions, key: string, where: string, min: number, max: number): void {
  const value = options[key];
  if (value !== undefined && !(Number.isInteger(value) && (value as number) >= min && (value as number) <= max)) {
    throw invalidOption(
      `Unexpected ${describe(value)} for \`${key}\` in the ${where}, expected an integer from ${min} to ${max}`,
    );
  }
}

function invalidOption(message: string): CopydeskError {
  return new CopydeskError('invalid-option', message);
}

function tick(value: string): string {
  return `\`${value}\``;
}

/**
 * A value as it appears in a message: short JSON in backticks, as `lint` writes them.
 *
 * @param value Any value.
 * @returns `"yes"`, `-1`, `null`, `undefined`, `function`.
 */
export function describe(value: unknown): string {
  // JSON would show NaN as `null` and a function as nothing.
  if (typeof value === 'number' || typeof value === 'function' || typeof value === 'symbol') {
    return tick(typeof value === 'function' ? 'function' : String(value));
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  if (text.length > 60) text = `${text.slice(0, 57)}...`;
  return tick(text);
}
