/**
 * A resolved config as plain data, so it can cross to a worker thread (structured clone copies
 * no functions, and a resolved config holds the rule objects). The data names each rule by id;
 * the worker looks the rules up in its own registry. Options were validated when the config was
 * resolved and are plain values (numbers, strings, booleans, lists of strings).
 */
import { ruleById } from './rules/index.js';
import type { ResolvedConfig, Severity } from './types.js';

/** A resolved config as plain data. */
export interface ConfigData {
  /** The config file it came from, or undefined for the built-in default. */
  readonly file: string | undefined;
  /** The rules that are on, in registry order. */
  readonly rules: ReadonlyArray<{ readonly id: string; readonly severity: Severity; readonly options: object }>;
}

/**
 * Turn a resolved config into plain data.
 *
 * @param config The resolved config.
 * @returns The same config with rules named by id.
 */
export function configData(config: ResolvedConfig): ConfigData {
  return {
    file: config.file,
    rules: config.rules.map((active) => ({
      id: active.rule.meta.id,
      severity: active.severity,
      options: active.options,
    })),
  };
}

/**
 * Turn plain data back into a resolved config.
 *
 * @param data From `configData`, possibly in another thread.
 * @returns The resolved config.
 * @throws {Error} for a rule id this copy of copydesk does not know (a bug: both threads run
 *   the same code).
 */
export function configFromData(data: ConfigData): ResolvedConfig {
  return {
    file: data.file,
    rules: data.rules.map((entry) => {
      const rule = ruleById.get(entry.id);
      if (!rule) throw new Error(`Unknown rule \`${entry.id}\` in config data`);
      return { rule, severity: entry.severity, options: Object.freeze(entry.options) };
    }),
  };
}
