/**
 * The reporters by name, for `--format`.
 */
import type { LintReporter } from '../types.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** Reporter names, the default first. */
export const reporterNames = ['stylish', 'json', 'sarif', 'github', 'compact'] as const;
export type ReporterName = (typeof reporterNames)[number];

/** Reporters by name. */
export const reporters: Readonly<Record<ReporterName, LintReporter>> = Object.freeze({
  stylish,
  json,
  sarif,
  github,
  compact,
});

/**
 * Whether a reporter writes data for programs (to stdout) rather than a report for people
 * (to stderr, STYLE B7).
 *
 * @param name A reporter name.
 * @returns True for json, sarif, github and compact.
 */
export function isDataReporter(name: ReporterName): boolean {
  return name !== 'stylish';
}
