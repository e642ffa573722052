/**
 * The context a reporter is called with, checked and completed. The CLI passes all of it; a
 * library caller may pass none (`reporters.sarif(results)`), which used to fail deep inside with
 * `Cannot read properties of undefined`, so each missing field gets the default a program
 * without a terminal wants, and a wrong one throws `invalid-option` as `lint()` options do.
 */
import { CopydeskError } from '../../errors.js';
import { checkString, describe, optionsRecord } from '../../options.js';
import { packageVersion } from '../../version.js';
import { type Colors, noColors } from '../colors.js';
import { rules } from '../rules/index.js';
import type { ReporterContext, RuleMeta } from '../types.js';

/** The keys a reporter context has. */
const contextKeys: readonly (keyof ReporterContext)[] = ['colors', 'cwd', 'version', 'rules'];

/** The functions a `colors` object must have. */
const colorNames: readonly (keyof Colors)[] = ['red', 'yellow', 'blue', 'green', 'dim', 'bold', 'underline'];

/**
 * Check a reporter context and fill in what is missing: no colours, `process.cwd()`, the
 * package version and every rule's metadata.
 *
 * @param context What the caller passed: a context, part of one, or nothing.
 * @param name The reporter, for messages (`sarif`).
 * @returns The complete context.
 * @throws {CopydeskError} `invalid-option` for a non-object, an unknown key or a wrong field.
 */
export function reporterContext(context: unknown, name: string): ReporterContext {
  const where = `reporters.${name}() context`;
  const checked = optionsRecord(context, contextKeys, where);
  if (!checked) return defaults();
  checkString(checked, 'cwd', where);
  checkString(checked, 'version', where);
  const colors = checked.colors;
  if (
    colors !== undefined &&
    // The CLI passes a chalk instance, itself a function with the colours as properties.
    ((typeof colors !== 'object' && typeof colors !== 'function') ||
      colors === null ||
      colorNames.some((color) => typeof (colors as Record<string, unknown>)[color] !== 'function'))
  ) {
    throw new CopydeskError(
      'invalid-option',
      `Unexpected ${describe(colors)} for \`colors\` in the ${where}, expected an object of functions ${colorNames.map((color) => `\`${color}\``).join(', ')}`,
    );
  }
  const ruleMetas = checked.rules;
  if (
    ruleMetas !== undefined &&
    (!Array.isArray(ruleMetas) ||
      ruleMetas.some((meta) => typeof meta !== 'object' || meta === null || typeof meta.id !== 'string'))
  ) {
    throw new CopydeskError(
      'invalid-option',
      `Unexpected ${describe(ruleMetas)} for \`rules\` in the ${where}, expected an array of rule metadata (\`{ id, description, url, … }\`)`,
    );
  }
  return {
    colors: (colors as Colors | undefined) ?? noColors,
    cwd: (checked.cwd as string | undefined) ?? process.cwd(),
    version: (checked.version as string | undefined) ?? packageVersion(),
    rules: (ruleMetas as readonly RuleMeta[] | undefined) ?? allRules(),
  };
}

function defaults(): ReporterContext {
  return { colors: noColors, cwd: process.cwd(), version: packageVersion(), rules: allRules() };
}

function allRules(): readonly RuleMeta[] {
  return rules.map((rule) => rule.meta);
}
