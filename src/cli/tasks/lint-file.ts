/**
 * The `lint` task for one input file: read, lint with the file's config, and under `--fix`
 * write the fixed text atomically (in the thread that linted it) or under `--fix-dry-run` hand
 * back the diff. The main thread finds each file's config and passes the configs as plain data
 * (`lint/config-data.ts`), so a worker lints with exactly the rules the main thread resolved.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { type ConfigData, configFromData } from '../../lint/config-data.js';
import { lint } from '../../lint/engine.js';
import { changesOfFix, fixText, placeInOriginal } from '../../lint/fix.js';
import { createFixPatch } from '../../lint/fix-patch.js';
import { createResult, fatalMessage } from '../../lint/result.js';
import type { LintResult, ResolvedConfig } from '../../lint/types.js';
import { type InputFormat, parse } from '../../parse.js';
import { decode } from '../../read/decode.js';
import { type FileItem, type FileOutcome, failure } from '../file-task.js';
import { describeError, readInputSync, writeAtomicSync } from '../io.js';
import type { TaskRunner } from '../task.js';

/** Options of the task: the same for every file of a run. */
export interface LintFileOptions {
  readonly from: InputFormat;
  /** Apply safe fixes and write them to the file. */
  readonly fix: boolean;
  /** Compute the safe fixes and hand them back as a unified diff, writing nothing. */
  readonly fixDryRun: boolean;
  /** The configs of the run, each item naming one by index. */
  readonly configs: readonly ConfigData[];
}

/** One file to lint. */
export interface LintFileItem extends FileItem {
  /** File name given to the parser (it picks the reader by extension). */
  readonly file: string | undefined;
  /** Index of the file's config in `LintFileOptions.configs`. */
  readonly config: number;
  /** Under `--fix`, the temporary file to write first, named by the main thread so it can clean it up. */
  readonly temporary?: string | undefined;
}

/** What linting one file gives. */
export interface LintFileValue {
  readonly result: LintResult;
  /** Fixes applied (`--fix`) or that would be (`--fix-dry-run`). */
  readonly fixed: number;
  /** Under `--fix-dry-run`, the changes as a unified diff. */
  readonly diff?: string | undefined;
  /** Why the file was linted but not fixed, for a warning on stderr. */
  readonly notFixed?: string | undefined;
}

/**
 * Create the task.
 *
 * @param options The run's settings and configs.
 * @returns The runner.
 */
export async function createTask(
  options: LintFileOptions,
): Promise<TaskRunner<LintFileItem, FileOutcome<LintFileValue>>> {
  const configs = options.configs.map(configFromData);
  return (item) => {
    let warnings: FileOutcome<never>['warnings'] = [];
    try {
      // An item carries its bytes (stdin) or names its file: `prepare` in batch.ts makes sure.
      const decoded = item.bytes ? decode(item.bytes) : readInputSync(item.path as string);
      warnings = decoded.warnings;
      const config = configs[item.config];
      if (!config) throw new Error(`no config ${item.config} for ${item.name}`);
      return { ok: true, value: lintFile(decoded.text, decoded.encoding, item, config, options), warnings };
    } catch (error) {
      return failure(error, warnings);
    }
  };
}

/** Lint one decoded file, fixing it when asked. */
function lintFile(
  text: string,
  encoding: string,
  item: LintFileItem,
  config: ResolvedConfig,
  options: LintFileOptions,
): LintFileValue {
  const parseOptions = { from: options.from, ...(item.file === undefined ? {} : { file: item.file }) };
  if (options.fix && encoding !== 'utf-8') {
    return {
      result: lintOnly(text, item, config, parseOptions),
      fixed: 0,
      notFixed: `not fixed, it is ${encoding} and fixes are written as UTF-8`,
    };
  }
  if (!options.fix && !options.fixDryRun) return { result: lintOnly(text, item, config, parseOptions), fixed: 0 };

  const fixed = fixText(text, { parse: parseOptions, lint: { config, file: item.name } });
  const output = fixed.output === text ? undefined : fixed.output;
  // What `decode` dropped, given back to the file and to the diff's first line, which `patch`
  // would otherwise match only with fuzz.
  const bom = output !== undefined && item.path !== undefined && hasBom(item.path) ? '\ufeff' : '';
  if (output !== undefined && options.fix && item.path !== undefined) {
    try {
      writeAtomicSync(item.path, `${bom}${output}`, item.temporary);
    } catch (error) {
      // Said as a write: "permission denied" alone reads as if the file could not be read. The
      // file keeps its problems, so they are reported too, where they are in it.
      const unwritten = fatalMessage(
        item.name,
        `cannot write the fixes: ${describeError(error)}; the file is unchanged`,
      );
      const left = lintOnly(text, item, config, parseOptions);
      return {
        result: createResult({
          file: item.name,
          path: item.path,
          messages: [unwritten, ...left.messages],
          source: text,
        }),
        fixed: 0,
      };
    }
  }
  let diff: string | undefined;
  if (output !== undefined && options.fixDryRun) {
    // Labels as git writes them: "a/story.txt", also for absolute paths.
    const label = item.name.replace(/^[/\\]+/, '');
    // Built from where fixing changed the text, in linear time: jsdiff's createTwoFilesPatch
    // diffed the whole files, O(lines × changes) (10,000 fixed paragraphs: 51 s). The changes
    // are moved past the mark given back to both sides.
    const changes = changesOfFix(fixed, text).map((change) => ({
      oldStart: change.oldStart + bom.length,
      oldEnd: change.oldEnd + bom.length,
      newStart: change.newStart + bom.length,
      newEnd: change.newEnd + bom.length,
    }));
    diff = createFixPatch(`a/${label}`, `b/${label}`, `${bom}${text}`, `${bom}${output}`, changes);
  }
  // `--fix` reports what is left in the file as it now is; `--fix-dry-run` leaves the file as it
  // was, so what is left is placed (and framed) in that text.
  const result = createResult({
    file: item.name,
    path: item.path,
    messages: options.fixDryRun ? placeInOriginal(fixed, text) : fixed.messages,
    source: options.fixDryRun ? text : fixed.output,
    ...(output === undefined ? {} : { output }),
  });
  return { result, fixed: output === undefined ? 0 : fixed.applied, diff };
}

function lintOnly(
  text: string,
  item: LintFileItem,
  config: ResolvedConfig,
  parseOptions: { from: InputFormat; file?: string },
): LintResult {
  const tree = parse(text, parseOptions);
  const messages = lint(tree, { source: text, file: item.name, config });
  return createResult({ file: item.name, path: item.path, messages, source: text });
}

/** `decode` drops a UTF-8 byte-order mark; a fixed file keeps the one it had. */
function hasBom(file: string): boolean {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(3);
    return (
      readSync(descriptor, buffer, 0, 3, 0) === 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf
    );
  } finally {
    closeSync(descriptor);
  }
}
