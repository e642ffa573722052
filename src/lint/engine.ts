/**
 * The lint engine: runs the configured rules over an article tree and builds the diagnostics.
 *
 * This is the only place that turns findings into messages (STYLE B6): it stamps the rule id,
 * source, docs URL and severity, resolves places from exact source ranges or node positions,
 * drops messages switched off by `<!-- copydesk-disable -->` comments, and sorts the result.
 */
import type { Position } from 'unist';
import { checkString, optionsRecord } from '../options.js';
import { type FrontMatterProblem, frontMatterProblem } from '../read/front-matter.js';
import { LineIndex } from '../tree/source-map.js';
import type { ArticleRoot } from '../tree/types.js';
import { parseDirectives, type UnknownDirectiveRule } from './directives.js';
import { isResolvedConfig, resolveConfig } from './resolve.js';
import { rules } from './rules/index.js';
import type { ActiveRule, Finding, LintConfig, LintMessage, ResolvedConfig, RuleContext } from './types.js';

/** Options of `lint`. */
export interface LintOptions {
  /**
   * The text the tree was parsed from. Without it messages point at whole nodes, rules that
   * read layout (trailing spaces, quote glyphs) see only node text, and no fixes are offered.
   */
  source?: string | undefined;
  /** File name recorded on each message. */
  file?: string | undefined;
  /** Config as in `.copydeskrc` (validated here), or one resolved by `loadConfig`. Default: `recommended`. */
  config?: LintConfig | ResolvedConfig | undefined;
}

/** The keys `lint` reads. */
const lintOptionKeys: readonly (keyof LintOptions)[] = ['source', 'file', 'config'];

/**
 * Lint an article tree.
 *
 * @param tree The article tree, from `parse`.
 * @param options Source text, file name and config.
 * @returns The messages, sorted by place, then rule id.
 * @throws {CopydeskError} `invalid-option` when the config is invalid.
 * @throws {TypeError} when `tree` is not an article tree (text, say).
 */
export function lint(tree: ArticleRoot, options?: Readonly<LintOptions> | null): LintMessage[] {
  // Text passed straight in would fail deep inside the first rule with a message about unist.
  if (typeof tree !== 'object' || tree === null || (tree as { type?: unknown }).type !== 'root') {
    throw new TypeError(
      typeof tree === 'string'
        ? 'lint() takes an article tree, not text: lint(parse(text), { source: text })'
        : 'lint() takes an article tree: the root node that parse() returns',
    );
  }
  // Unknown keys throw as they do for parse and the writers: `{ confg }` was ignored without a word.
  const checked = optionsRecord(options, lintOptionKeys, 'lint() options');
  if (checked) {
    checkString(checked, 'source', 'lint() options');
    checkString(checked, 'file', 'lint() options');
  }
  const config = configOf(options?.config);
  let source = options?.source;
  // Positions count from after a BOM (TREE.md), so the source must too.
  if (source !== undefined && source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const lines = source === undefined ? undefined : new LineIndex(source);
  const directives = source === undefined ? undefined : parseDirectives(source, ruleIds);
  const disabled = directives?.disabled ?? (() => false);
  const file = options?.file ?? tree.data?.file ?? '';
  const messages: LintMessage[] = [];
  for (const active of config.rules) {
    const context: RuleContext = { options: active.options, source, lines };
    for (const finding of runRule(active, tree, context)) {
      const message = createMessage(active, finding, file, lines, source !== undefined);
      if (message.ruleId !== null && disabled(message.ruleId, message.place?.start.offset)) continue;
      messages.push(message);
    }
  }
  if (lines !== undefined) {
    for (const unknown of directives?.unknown ?? []) messages.push(unknownRuleMessage(unknown, file, lines));
  }
  // Front matter that is not YAML is a part of the file that could not be read, as eslint
  // reports a parse error: a message of no rule (no config turns it off, nothing to fix), but a
  // warning, as the article itself was read and linted. Only a Markdown draft has front matter.
  if (source !== undefined && lines !== undefined && tree.data?.frontMatter !== undefined) {
    const problem = frontMatterProblem(source, tree.data.frontMatter);
    if (problem) messages.push(frontMatterMessage(problem, file, source, lines));
  }
  return messages.sort(compareMessages);
}

/**
 * The message for front matter that is not valid YAML.
 *
 * @param problem What is wrong, and where.
 * @param file The file name.
 * @param source The linted text.
 * @param lines Line starts of the source.
 * @returns A warning of no rule, on the character YAML stopped at (empty at a line's end, where
 *   what is missing, such as a closing `]`, belongs).
 */
function frontMatterMessage(problem: FrontMatterProblem, file: string, source: string, lines: LineIndex): LintMessage {
  const code = source.charCodeAt(problem.offset);
  const atEnd = Number.isNaN(code) || code === 10 || code === 13;
  const place = lines.position(problem.offset, atEnd ? problem.offset : problem.offset + 1);
  return warningOfNoRule(file, `Front matter is not valid YAML: ${problem.reason}; its fields are not read`, place);
}

/**
 * The message for a disable comment naming no rule: a warning of no rule, as it is a slip in the
 * comment (which then switches nothing off), not in the article.
 *
 * @param unknown The id and its offset.
 * @param file The file name.
 * @param lines Line starts of the source.
 * @returns A warning on the id.
 */
function unknownRuleMessage(unknown: UnknownDirectiveRule, file: string, lines: LineIndex): LintMessage {
  const place = lines.position(unknown.offset, unknown.offset + unknown.ruleId.length);
  const expected = unknown.suggestion === undefined ? 'a rule id such as `dash-style`' : `\`${unknown.suggestion}\``;
  return warningOfNoRule(
    file,
    `Unknown rule \`${unknown.ruleId}\` in \`${unknown.comment}\`, expected ${expected}; it switches nothing off`,
    place,
  );
}

/**
 * A warning of no rule, as eslint gives a parse problem: about the file (its front matter, a
 * comment's rule id), not the article, so `ruleId` is null and there is no rule page to link.
 */
function warningOfNoRule(file: string, message: string, place: Position): LintMessage {
  return {
    file,
    ruleId: null,
    source: 'copydesk',
    severity: 'warning',
    fatal: false,
    message,
    place,
    line: place.start.line,
    column: place.start.column,
    endLine: place.end.line,
    endColumn: place.end.column,
    url: undefined,
  };
}

/** Every rule's id, on or off, for checking the ids in disable comments. */
const ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.meta.id));

function configOf(config: LintConfig | ResolvedConfig | undefined): ResolvedConfig {
  if (config === undefined) return resolveConfig({}, 'the default config');
  return isResolvedConfig(config) ? config : resolveConfig(config, 'lint options');
}

/** A rule that throws has a bug; say which rule, rather than failing somewhere anonymous. */
function runRule(active: ActiveRule, tree: ArticleRoot, context: RuleContext): Finding[] {
  try {
    return active.rule.check(tree, context);
  } catch (error) {
    throw new Error(
      `Rule \`${active.rule.meta.id}\` failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
}

/**
 * Build one message from a finding.
 *
 * @param active The rule and its severity.
 * @param finding What the rule found.
 * @param file The file name.
 * @param lines Line starts of the source, when known.
 * @param withFixes Whether fixes can be kept (they are source edits, so they need the source).
 * @returns The message.
 */
export function createMessage(
  active: ActiveRule,
  finding: Finding,
  file: string,
  lines: LineIndex | undefined,
  withFixes: boolean,
): LintMessage {
  const place = placeOf(finding, lines);
  const message: LintMessage = {
    file,
    ruleId: active.rule.meta.id,
    source: 'copydesk',
    severity: active.severity,
    fatal: active.severity === 'error' ? true : active.severity === 'warning' ? false : undefined,
    message: finding.message,
    place,
    line: place?.start.line,
    column: place?.start.column,
    endLine: place?.end.line,
    endColumn: place?.end.column,
    url: active.rule.meta.url,
    ...(finding.actual === undefined ? {} : { actual: finding.actual }),
    ...(finding.expected === undefined ? {} : { expected: finding.expected }),
    ...(finding.note === undefined ? {} : { note: finding.note }),
    ...(finding.fix === undefined || !withFixes ? {} : { fix: finding.fix }),
  };
  return message;
}

function placeOf(finding: Finding, lines: LineIndex | undefined): Position | undefined {
  if (finding.range && lines) return lines.position(finding.range[0], finding.range[1]);
  const position = finding.place ?? finding.node?.position;
  if (!position) return undefined;
  return { start: { ...position.start }, end: { ...position.end } };
}

/**
 * Order messages by place (messages without a place first), then rule id, then text.
 *
 * @param a A message.
 * @param b Another message.
 * @returns Negative, zero or positive.
 */
export function compareMessages(a: LintMessage, b: LintMessage): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.ruleId ?? '').localeCompare(b.ruleId ?? '') ||
    a.message.localeCompare(b.message)
  );
}
