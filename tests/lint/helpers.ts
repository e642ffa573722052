/**
 * Helpers for rule tests: lint a text with one rule on, and print its messages as
 * `line:column-line:column: message`, the form STYLE B9 asks rule tests to assert.
 */
import { lint } from '../../src/lint/engine.js';
import { fixText } from '../../src/lint/fix.js';
import { rules } from '../../src/lint/rules/index.js';
import type { LintMessage, RuleSetting } from '../../src/lint/types.js';
import { type InputFormat, parse } from '../../src/parse.js';

/** Options of `check`. */
export interface CheckOptions {
  /** The rule's options. */
  options?: Record<string, unknown>;
  /** Reader; default `text`. */
  from?: InputFormat;
  /** Lint without the source text (messages fall back to node positions). */
  withoutSource?: boolean;
}

/**
 * Lint a text with only one rule on.
 *
 * @param id The rule id.
 * @param text The article.
 * @param settings Options, reader, source.
 * @returns The messages.
 */
export function messagesOf(id: string, text: string, settings: CheckOptions = {}): LintMessage[] {
  const config: Record<string, RuleSetting> = {};
  for (const rule of rules) config[rule.meta.id] = 'off';
  config[id] = settings.options ? ['error', settings.options] : 'error';
  const tree = parse(text, { from: settings.from ?? 'text' });
  return lint(tree, { ...(settings.withoutSource ? {} : { source: text }), config: { rules: config } });
}

/**
 * Lint a text with only one rule on, as `line:column-line:column: message` strings.
 *
 * @param id The rule id.
 * @param text The article.
 * @param settings Options, reader, source.
 * @returns One string per message.
 */
export function check(id: string, text: string, settings: CheckOptions = {}): string[] {
  return messagesOf(id, text, settings).map(
    (message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn}: ${message.message}`,
  );
}

/**
 * Apply one rule's fixes until none is left.
 *
 * @param id The rule id.
 * @param text The article.
 * @param settings Options and reader.
 * @returns The fixed text.
 */
export function fixWith(
  id: string,
  text: string,
  settings: { options?: Record<string, unknown>; from?: InputFormat } = {},
): string {
  const config: Record<string, RuleSetting> = {};
  for (const rule of rules) config[rule.meta.id] = 'off';
  config[id] = settings.options ? ['error', settings.options] : 'error';
  return fixText(text, { parse: { from: settings.from ?? 'text' }, lint: { config: { rules: config } } }).output;
}
