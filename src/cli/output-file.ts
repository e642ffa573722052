/**
 * One output file named by `-o` for a whole run (`extract`'s records, `lint`'s report): checked
 * before any input is read, so a long batch does not fail at its very end, and written once at
 * the end, atomically.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { CliError } from './errors.js';
import { exitCodes } from './exit-codes.js';
import { describeError, type InputRef, isSpecialFile, resolvedPath, statOrUndefined, writeAtomic } from './io.js';

/**
 * Refuse an `-o` that cannot be written or would replace an input: a folder, a path below a
 * file, a folder we may not write in, a file being read.
 *
 * A folder, or an input, is a usage error (exit 2): the argument itself is wrong, whatever the
 * inputs hold. Left unchecked, a folder's temporary file would also land in its parent and the
 * rename fail with EISDIR. A path we cannot write is a failure (exit 1), the same code as when
 * the write itself fails at the end (`writeOutputFile`).
 *
 * @param output The -o path as given, for messages.
 * @param target Its absolute path.
 * @param inputs The run's inputs.
 * @throws {CliError}
 */
export function checkOutputFile(output: string, target: string, inputs: readonly InputRef[]): void {
  refuseFolder(output, target);
  // Links followed, as convert compares: an -o reached through a link may be an input.
  const real = resolvedPath(target);
  if (inputs.some((input) => input.path !== undefined && resolvedPath(input.path) === real)) {
    throw new CliError(`output ${output} would overwrite an input; choose another -o`);
  }
  // A device or a pipe (`-o /dev/null`) is written in place: it is its own permission to ask.
  const existing = statOrUndefined(target);
  if (existing !== undefined && isSpecialFile(existing)) {
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      throw new CliError(`cannot write ${output}: ${describeError(error)}`, exitCodes.failure);
    }
    return;
  }
  // The nearest folder that exists: the write creates the missing ones below it.
  let folder = path.dirname(target);
  while (!pathExists(folder) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  try {
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'EEXIST' });
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new CliError(`cannot write ${output}: ${describeError(error)}`, exitCodes.failure);
  }
}

/**
 * Refuse an `-o` that names a folder (exit 2), before any work: `convert -o` as well as the
 * run-wide files `checkOutputFile` checks.
 *
 * @param output The -o path as given, for messages.
 * @param target Its absolute path.
 * @param hint Said after the message (`convert` points to `--out-dir`).
 * @throws {CliError}
 */
export function refuseFolder(output: string, target: string, hint = ''): void {
  // "out/" names a folder even when it does not exist yet; path.resolve dropped the slash.
  if (isDirectory(target) || /[\\/]$/.test(output)) {
    throw new CliError(`-o ${output}: is a directory, expected a file path${hint}`);
  }
}

/**
 * Write `-o` atomically; a failure names the path as the user gave it, not the temporary file,
 * and is an input-style failure (exit 1), not a crash (exit 2).
 *
 * @param output The -o path as given.
 * @param target Its absolute path.
 * @param content What to write.
 * @throws {CliError}
 */
export async function writeOutputFile(output: string, target: string, content: string): Promise<void> {
  try {
    await writeAtomic(target, content);
  } catch (error) {
    throw new CliError(`cannot write ${output}: ${describeError(error)}`, exitCodes.failure);
  }
}

function isDirectory(file: string): boolean {
  return statOrUndefined(file)?.isDirectory() ?? false;
}

function pathExists(file: string): boolean {
  return statOrUndefined(file) !== undefined;
}
