/**
 * Turn config as written (in a file or passed to `lint()`) into the rules to run: expand
 * presets, apply per-rule severities and options, and validate everything on the way, so that a
 * mistake is reported once, with the file and the key, before any article is linted.
 */
import { CopydeskError } from '../errors.js';
import { describe } from '../options.js';
import { nearestId } from './nearest-id.js';
import { resolveOptions } from './options.js';
import { isPresetName, type PresetName, presetNames, presets } from './presets.js';
import { ruleById, rules } from './rules/index.js';
import type { ActiveRule, ResolvedConfig, Rule, Severity } from './types.js';

/** Top-level keys a config may have (`$schema` lets editors validate the file). */
const configKeys = ['extends', 'rules', '$schema'];

/** How severities may be written. */
const severities = new Map<unknown, Severity | 'off'>([
  ['off', 'off'],
  [0, 'off'],
  ['warn', 'warning'],
  ['warning', 'warning'],
  [1, 'warning'],
  ['error', 'error'],
  [2, 'error'],
  ['info', 'info'],
]);

interface Entry {
  severity: Severity | 'off';
  raw: unknown;
}

/**
 * Resolve a config.
 *
 * @param raw The config object as loaded (anything: it is validated here).
 * @param origin Where it came from, for error messages (a file path, or "lint options").
 * @param file The config file, recorded in the result.
 * @returns The rules to run.
 * @throws {CopydeskError} `invalid-option` naming the origin and the key.
 */
export function resolveConfig(raw: unknown, origin: string, file?: string): ResolvedConfig {
  const where = `\`${origin}\``;
  if (raw === undefined || raw === null) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw invalid(`Unexpected ${describe(raw)} as the config in ${where}, expected an object`);
  }
  const config = raw as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!configKeys.includes(key)) {
      throw invalid(`Unexpected key \`${key}\` in ${where}, expected one of ${configKeys.map(tick).join(', ')}`);
    }
  }

  const entries = new Map<string, Entry>();
  for (const name of presetList(config['extends'], where)) {
    for (const [id, setting] of Object.entries(presets[name])) apply(entries, id, setting, `preset \`${name}\``);
  }
  const ruleSettings = config['rules'];
  if (ruleSettings !== undefined) {
    if (ruleSettings === null || typeof ruleSettings !== 'object' || Array.isArray(ruleSettings)) {
      throw invalid(`Unexpected ${describe(ruleSettings)} for \`rules\` in ${where}, expected an object`);
    }
    for (const [id, setting] of Object.entries(ruleSettings)) {
      if (!ruleById.has(id)) {
        throw invalid(`Unexpected rule \`${id}\` in \`rules\` of ${where}, expected a rule id such as ${suggest(id)}`);
      }
      apply(entries, id, setting, where);
    }
  }

  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const entry = entries.get(rule.meta.id);
    if (!entry || entry.severity === 'off') continue;
    const resolved = resolveOptions(rule.schema, rule.defaults, entry.raw);
    if ('problem' in resolved) {
      const { key, value, expected } = resolved.problem;
      const name = key === undefined ? `rules.${rule.meta.id}` : `rules.${rule.meta.id}.${key}`;
      throw invalid(`Unexpected ${describe(value)} for \`${name}\` in ${where}, expected ${expected}`);
    }
    active.push({ rule: rule as Rule, severity: entry.severity, options: resolved.options });
  }
  return { file, rules: active };
}

function presetList(value: unknown, where: string): PresetName[] {
  if (value === undefined) return ['recommended'];
  const names = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(names) || names.some((name) => typeof name !== 'string')) {
    throw invalid(
      `Unexpected ${describe(value)} for \`extends\` in ${where}, expected a preset name or a list of them`,
    );
  }
  for (const name of names as string[]) {
    if (!isPresetName(name)) {
      throw invalid(
        `Unexpected preset \`${name}\` in \`extends\` of ${where}, expected ${presetNames.map(tick).join(', ')}`,
      );
    }
  }
  return names as PresetName[];
}

/** Later settings win; a bare severity keeps the options an earlier preset gave, as in eslint. */
function apply(entries: Map<string, Entry>, id: string, setting: unknown, where: string): void {
  let severityValue: unknown = setting;
  let raw: unknown;
  let hasOptions = false;
  if (Array.isArray(setting)) {
    if (setting.length < 1 || setting.length > 2) {
      throw invalid(
        `Unexpected ${describe(setting)} for \`rules.${id}\` in ${where}, expected a severity or \`[severity, options]\``,
      );
    }
    severityValue = setting[0];
    hasOptions = setting.length === 2;
    raw = setting[1];
  }
  const severity = severities.get(severityValue);
  if (severity === undefined) {
    throw invalid(
      `Unexpected severity ${describe(severityValue)} for \`rules.${id}\` in ${where}, expected \`off\`, \`warn\`, \`error\` or \`info\``,
    );
  }
  const previous = entries.get(id);
  entries.set(id, { severity, raw: hasOptions ? raw : previous?.raw });
}

function invalid(message: string): CopydeskError {
  return new CopydeskError('invalid-option', message);
}

function tick(value: string): string {
  return `\`${value}\``;
}

/** The closest rule id, so a typo gets a useful hint. */
function suggest(id: string): string {
  return tick(nearestId(id, ruleIds) ?? '');
}

const ruleIds = rules.map((rule) => rule.meta.id);

/**
 * Whether a value is already a resolved config (from `loadConfig` or `resolveConfig`).
 *
 * @param value A config.
 * @returns True when it lists active rules.
 */
export function isResolvedConfig(value: unknown): value is ResolvedConfig {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { rules?: unknown }).rules) &&
    'file' in value
  );
}
