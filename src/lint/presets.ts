/**
 * The built-in presets a config can extend:
 *
 * - `recommended` (the default): the rules that are wrong in any house style, at their own
 *   severity and options;
 * - `ap`: recommended plus Associated Press style (datelines with an em dash and AP month
 *   abbreviations, `%` with figures, sentence-case headlines, spaced em dashes, `...` ellipses,
 *   bylines in normal case or the wire's capitals);
 * - `strict`: every rule on as an error, with tighter limits and curly quotes everywhere.
 */
import { rules } from './rules/index.js';
import type { RuleSetting } from './types.js';

/** Names of the presets. */
export const presetNames = ['recommended', 'ap', 'strict'] as const;
export type PresetName = (typeof presetNames)[number];

function recommended(): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const rule of rules) settings[rule.meta.id] = rule.meta.recommended ? rule.meta.severity : 'off';
  return settings;
}

function ap(): Record<string, RuleSetting> {
  return {
    ...recommended(),
    'dateline-format': ['error', { dash: 'em', months: 'ap', placeCase: 'upper', states: 'ap' }],
    'headline-case': ['warn', { style: 'sentence' }],
    'number-style': ['error', { percent: '%' }],
    'dash-style': ['warn', { style: 'em-spaced' }],
    ellipsis: ['warn', { style: 'periods' }],
    // AP wire copy sets bylines in capitals (`By MARIA GONZALEZ`).
    'byline-format': ['error', { allowCapitals: true }],
  };
}

function strict(): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const rule of rules) settings[rule.meta.id] = 'error';
  return {
    ...settings,
    'headline-length': ['error', { max: 70 }],
    'paragraph-length': ['error', { maxWords: 70, maxSentences: 4 }],
    'sentence-length': ['error', { max: 30 }],
    'quote-marks-consistent': ['error', { style: 'curly' }],
    apostrophes: ['error', { style: 'curly' }],
    'source-tags-required': ['error', { when: 'always' }],
  };
}

/** Each preset's rule settings. */
export const presets: Readonly<Record<PresetName, Readonly<Record<string, RuleSetting>>>> = Object.freeze({
  recommended: Object.freeze(recommended()),
  ap: Object.freeze(ap()),
  strict: Object.freeze(strict()),
});

/**
 * Whether a name is a preset's.
 *
 * @param name A name from `extends`.
 * @returns True for `recommended`, `ap` and `strict`.
 */
export function isPresetName(name: string): name is PresetName {
  return (presetNames as readonly string[]).includes(name);
}
