/**
 * Types of the linter: rules, what they find, and the diagnostics the engine builds from that.
 *
 * Diagnostics are data (STYLE B6): a rule returns findings, the engine turns them into
 * VFileMessage-shaped messages with a rule id, severity and docs URL, and a reporter decides how
 * they look. Fixes are data too: offset ranges into the source plus replacement text.
 */
import type { Node, Position } from 'unist';
import type { LineIndex } from '../tree/source-map.js';
import type { ArticleRoot } from '../tree/types.js';
import type { Colors } from './colors.js';

/** How serious a message is. `info` messages never fail a run. */
export type Severity = 'error' | 'warning' | 'info';

/** A severity as written in config: `off`, `warn`/`warning`, `error`, `info`, or eslint's 0/1/2. */
export type SeveritySetting = 'off' | 'warn' | 'warning' | 'error' | 'info' | 0 | 1 | 2;

/** One rule's config: a severity, or a severity with options. */
export type RuleSetting = SeveritySetting | readonly [SeveritySetting] | readonly [SeveritySetting, unknown];

/** A replacement of `source.slice(start, end)` with `text`; offsets are UTF-16 indices. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A safe fix: edits applied together or not at all. */
export interface Fix {
  /** What the fix does, for reporters ("Replace `--` with `—`"). */
  readonly description: string;
  readonly edits: readonly TextEdit[];
}

/** What a rule reports: a message and where it applies. */
export interface Finding {
  /** One sentence, "Unexpected X, expected Y" or "Missing X, expected Y", no final period. */
  readonly message: string;
  /** The smallest node the finding is about; its position is used when `range` is not given. */
  readonly node?: Node | undefined;
  /** Exact source offsets `[start, end)`; needs the source text to become line/column. */
  readonly range?: readonly [number, number] | undefined;
  /** An explicit place, for absences ("missing headline") that have no node of their own. */
  readonly place?: Position | undefined;
  /** The offending text as written. */
  readonly actual?: string | undefined;
  /** What was expected instead. */
  readonly expected?: string | undefined;
  /** Extra advice for the reader. */
  readonly note?: string | undefined;
  /** A safe fix, only when the rule is sure. */
  readonly fix?: Fix | undefined;
}

/** Everything a rule's `check` gets besides the tree. */
export interface RuleContext<Options extends object = object> {
  /** The rule's options: its defaults overlaid with the configured ones. */
  readonly options: Readonly<Options>;
  /**
   * The text the tree was parsed from (without a BOM), when known. Rules that look at layout
   * (trailing spaces, quote glyphs) or offer fixes need it; without it they fall back to node
   * values and positions.
   */
  readonly source: string | undefined;
  /** Line starts of `source`, when it is known. */
  readonly lines: LineIndex | undefined;
}

/** Validates one option value: returns the value, or `undefined` when it is not acceptable. */
export interface OptionSpec<T> {
  /** What an acceptable value looks like, for error messages ("a positive integer"). */
  readonly expected: string;
  parse(value: unknown): T | undefined;
}

/** An option validator for every field of a rule's options. */
export type OptionSchema<Options extends object> = { readonly [Key in keyof Options]-?: OptionSpec<Options[Key]> };

/** What a rule is, for docs, presets and reporters. */
export interface RuleMeta {
  /** Kebab-case id, also the rule's file name. */
  readonly id: string;
  /** One line: what the rule checks. */
  readonly description: string;
  /** Severity when the rule is turned on without one. */
  readonly severity: Severity;
  /** Whether the `recommended` preset turns the rule on. */
  readonly recommended: boolean;
  /** Whether the rule offers safe fixes. */
  readonly fixable: boolean;
  /** Link to the rule's docs (a README anchor). */
  readonly url: string;
}

/** A lint rule: metadata, option defaults and validators, and a pure check. */
export interface Rule<Options extends object = object> {
  readonly meta: RuleMeta;
  /** Option defaults, frozen. */
  readonly defaults: Readonly<Options>;
  /** Option validators; config loading uses them so bad options fail early. */
  readonly schema: OptionSchema<Options>;
  /**
   * Check a tree. Pure: no I/O, never changes the tree, never throws on odd content.
   *
   * @param tree The article tree.
   * @param context Options and source text.
   * @returns The findings, in any order.
   */
  check(tree: ArticleRoot, context: RuleContext<Options>): Finding[];
}

/** A rule turned on, with its severity and options. */
export interface ActiveRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly options: Readonly<object>;
}

/** A config with presets expanded and options validated: which rules run, and how. */
export interface ResolvedConfig {
  /** The config file it came from, or undefined for the built-in default. */
  readonly file: string | undefined;
  /** The rules that are on, in registry order. */
  readonly rules: readonly ActiveRule[];
}

/** Config as written in `.copydeskrc` or passed to `lint()`. */
export interface LintConfig {
  /** Presets to start from: `recommended` (the default), `ap`, `strict`. */
  readonly extends?: string | readonly string[] | undefined;
  /** Per-rule severity, or `[severity, options]`. */
  readonly rules?: Readonly<Record<string, RuleSetting>> | undefined;
}

/** A diagnostic, shaped like a VFileMessage so vfile tooling and reporters can read it. */
export interface LintMessage {
  /** The file name as given on the command line (or `--stdin-filename`), or "". */
  readonly file: string;
  /**
   * The rule that reported it; `null` for a file that could not be read or parsed (an error), or
   * a Markdown draft whose front matter is not valid YAML (a warning).
   */
  readonly ruleId: string | null;
  /** Always `copydesk`, like eslint's plugin prefix or vfile's `source`. */
  readonly source: 'copydesk';
  readonly severity: Severity;
  /** vfile's convention: `true` for errors, `false` for warnings, `undefined` for info. */
  readonly fatal: boolean | undefined;
  /** The message text. */
  readonly message: string;
  /** Start and end, 1-based lines and columns (end exclusive), with offsets; absent when unknown. */
  readonly place: Position | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly endLine: number | undefined;
  readonly endColumn: number | undefined;
  /** Docs of the rule. */
  readonly url: string | undefined;
  readonly actual?: string | undefined;
  readonly expected?: string | undefined;
  readonly note?: string | undefined;
  readonly fix?: Fix | undefined;
}

/** The lint result of one file. */
export interface LintResult {
  /** The file name as shown to people (relative to the working directory). */
  readonly file: string;
  /** The absolute path, or undefined for stdin. */
  readonly path: string | undefined;
  /** Messages, sorted by place. */
  readonly messages: readonly LintMessage[];
  /** The text that was linted (after fixes), for code frames; undefined when it could not be read. */
  readonly source: string | undefined;
  /** The fixed text, when `--fix` or `--fix-dry-run` changed something. */
  readonly output?: string | undefined;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  /** Messages that carry a fix. */
  readonly fixableCount: number;
}

/** What reporters get besides the results. */
export interface ReporterContext {
  /** Colour functions (the CLI's chalk, or none). */
  readonly colors: Colors;
  /** Working directory: file paths in reports are relative to it. */
  readonly cwd: string;
  /** copydesk's version, for SARIF's tool description. */
  readonly version: string;
  /** Every rule's metadata, for SARIF's rule descriptors. */
  readonly rules: readonly RuleMeta[];
}

/** A reporter as written: results and the whole context in, report text out. */
export type LintReporter = (results: readonly LintResult[], context: ReporterContext) => string;

/**
 * A reporter as `reporters` exports it: the context may be partial or left out (no colours,
 * `process.cwd()`, the package version, every rule's metadata).
 */
export type Reporter = (results: readonly LintResult[], context?: Readonly<Partial<ReporterContext>> | null) => string;
