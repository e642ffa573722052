/**
 * Validators for rule options. Each rule declares one per option, so that config loading can
 * reject a bad value with the option's name and what was expected, before any file is linted.
 */
import type { OptionSchema, OptionSpec } from './types.js';

/**
 * An integer option.
 *
 * @param min Smallest accepted value.
 * @returns The validator.
 */
export function integerOption(min: number): OptionSpec<number> {
  return {
    expected: min === 1 ? 'a positive integer' : `an integer of at least ${min}`,
    parse: (value) => (typeof value === 'number' && Number.isInteger(value) && value >= min ? value : undefined),
  };
}

/**
 * An option with a fixed set of string values.
 *
 * @param values The accepted values.
 * @returns The validator.
 */
export function choiceOption<const T extends string>(values: readonly T[]): OptionSpec<T> {
  return {
    expected: `one of ${values.map((value) => `\`${value}\``).join(', ')}`,
    parse: (value) =>
      typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined,
  };
}

/**
 * A boolean option.
 *
 * @returns The validator.
 */
export function booleanOption(): OptionSpec<boolean> {
  return { expected: '`true` or `false`', parse: (value) => (typeof value === 'boolean' ? value : undefined) };
}

/**
 * A list of strings, optionally limited to some values.
 *
 * @param values The accepted items, or undefined for any string.
 * @returns The validator.
 */
export function stringListOption<const T extends string>(values?: readonly T[]): OptionSpec<readonly T[]> {
  return {
    expected: values ? `a list of ${values.map((value) => `\`${value}\``).join(', ')}` : 'a list of strings',
    parse: (value) => {
      if (!Array.isArray(value)) return undefined;
      for (const item of value) {
        if (typeof item !== 'string') return undefined;
        if (values && !(values as readonly string[]).includes(item)) return undefined;
      }
      return Object.freeze([...value]) as readonly T[];
    },
  };
}

/** A problem with one option, for the config loader to put into words with the file name. */
export interface OptionProblem {
  /** The option name, or undefined when the options are not an object at all. */
  readonly key: string | undefined;
  readonly value: unknown;
  readonly expected: string;
}

/**
 * Overlay configured options on a rule's defaults, validating each one.
 *
 * @param schema The rule's option validators.
 * @param defaults The rule's defaults.
 * @param raw The configured options (an object), or undefined.
 * @returns The options, or the first problem found.
 */
export function resolveOptions<Options extends object>(
  schema: OptionSchema<Options>,
  defaults: Readonly<Options>,
  raw: unknown,
): { options: Readonly<Options> } | { problem: OptionProblem } {
  if (raw === undefined) return { options: defaults };
  const keys = Object.keys(schema);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      problem: {
        key: undefined,
        value: raw,
        expected: keys.length > 0 ? `an object with ${listKeys(keys)}` : 'no options',
      },
    };
  }
  const result: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(raw)) {
    const spec = (schema as Record<string, OptionSpec<unknown> | undefined>)[key];
    if (!spec) {
      return {
        problem: { key, value, expected: keys.length > 0 ? `one of the options ${listKeys(keys)}` : 'no options' },
      };
    }
    const parsed = spec.parse(value);
    if (parsed === undefined) return { problem: { key, value, expected: spec.expected } };
    result[key] = parsed;
  }
  return { options: Object.freeze(result) as Readonly<Options> };
}

function listKeys(keys: readonly string[]): string {
  return keys.map((key) => `\`${key}\``).join(', ');
}
