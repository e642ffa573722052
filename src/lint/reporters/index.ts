/**
 * The reporters by name, for `--format`.
 */
import type { LintReporter, Reporter } from '../types.js';
import { compact } from './compact.js';
import { reporterContext } from './context.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** Reporter names, the default first. */
export const reporterNames = ['stylish', 'json', 'sarif', 'github', 'compact'] as const;
export type ReporterName = (typeof reporterNames)[number];

/** Reporters by name; each checks its context and fills in what is missing. */
export const reporters: Readonly<Record<ReporterName, Reporter>> = Object.freeze({
  stylish: withContext(stylish, 'stylish'),
  json: withContext(json, 'json'),
  sarif: withContext(sarif, 'sarif'),
  github: withContext(github, 'github'),
  compact: withContext(compact, 'compact'),
});

function withContext(reporter: LintReporter, name: ReporterName): Reporter {
  return (results, context) => reporter(results, reporterContext(context, name));
}

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
