/**
 * Files in and out for the CLI: expanding globs, reading and decoding inputs (or stdin), and
 * writing outputs atomically (temporary file + rename) so a failure or a signal never leaves a
 * half-written file behind and never touches an input.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CopydeskError } from '../errors.js';
import { type Decoded, decode } from '../read/decode.js';

/** One input named on the command line (or stdin). */
export interface InputRef {
  /** Path as given (relative to cwd) or "-" for stdin. */
  readonly name: string;
  /** Absolute path, or undefined for stdin. */
  readonly path: string | undefined;
  /** The base directory that `--out-dir` mirrors (the glob's static part, or the file's folder). */
  readonly base: string | undefined;
}

/** An input that could not be found, reported and skipped. */
export interface MissingInput {
  readonly name: string;
  readonly message: string;
}

/**
 * Expand the command line's inputs: globs are matched (sorted, for deterministic output),
 * plain paths kept as given, "-" is stdin. No inputs at all means stdin.
 *
 * @param patterns Paths, globs or "-".
 * @param cwd The working directory.
 * @returns Inputs in order, and the patterns that matched nothing.
 */
export async function expandInputs(
  patterns: readonly string[],
  cwd: string,
): Promise<{ inputs: InputRef[]; missing: MissingInput[] }> {
  const inputs: InputRef[] = [];
  const missing: MissingInput[] = [];
  if (patterns.length === 0) return { inputs: [{ name: '-', path: undefined, base: undefined }], missing };
  const seen = new Set<string>();
  for (const pattern of patterns) {
    if (pattern === '-') {
      inputs.push({ name: '-', path: undefined, base: undefined });
      continue;
    }
    if (isDynamicPattern(pattern) && !(await exists(path.resolve(cwd, pattern)))) {
      const matches = (await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: false })).sort();
      if (matches.length === 0) missing.push({ name: pattern, message: 'no files match this pattern' });
      const base = path.resolve(cwd, staticPart(pattern));
      for (const match of matches) {
        if (seen.has(match)) continue;
        seen.add(match);
        inputs.push({ name: path.relative(cwd, match) || match, path: match, base });
      }
      continue;
    }
    const absolute = path.resolve(cwd, pattern);
    if (seen.has(absolute)) continue;
    seen.add(absolute);
    inputs.push({ name: pattern, path: absolute, base: path.dirname(absolute) });
  }
  return { inputs, missing };
}

/** The directory part of a glob before its first dynamic segment: "drafts/**\/*.txt" → "drafts". */
function staticPart(pattern: string): string {
  const segments = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const segment of segments) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === segments.length) fixed.pop();
  return fixed.join('/') || '.';
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Largest input accepted, so a stray video file cannot exhaust memory. */
export const maxInputBytes = 256 * 1024 * 1024;

/**
 * Read and decode one input.
 *
 * @param input The input.
 * @param stdin The process's stdin, for "-".
 * @returns The decoded text.
 * @throws {CopydeskError} or a Node.js file error, for the caller to report with the file name.
 */
export async function readInput(input: InputRef, stdin: Readable): Promise<Decoded> {
  if (input.path === undefined) return decode(await readStream(stdin));
  const info = await stat(input.path);
  if (info.isDirectory()) {
    throw new CopydeskError('invalid-input', "is a directory, expected a file (use a glob such as 'dir/**/*.txt')");
  }
  if (info.size > maxInputBytes) {
    throw new CopydeskError('too-large', `is ${Math.round(info.size / 1048576)} MB, larger than the 256 MB limit`);
  }
  return decode(await readFile(input.path));
}

/**
 * Read a whole stream into bytes.
 *
 * @param stream A readable stream.
 * @returns Its bytes.
 */
export async function readStream(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxInputBytes) throw new CopydeskError('too-large', 'standard input is larger than the 256 MB limit');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Temporary files being written, removed if the process is interrupted. */
const pendingTemporaries = new Set<string>();

/**
 * Temporary files not yet renamed into place; the signal handler removes them.
 *
 * @returns Their paths.
 */
export function pendingTemporaryFiles(): ReadonlySet<string> {
  return pendingTemporaries;
}

/**
 * Write a file atomically: the content goes to a temporary file in the same directory, which is
 * then renamed over the target, so readers see the old file or the new one, never half of one.
 *
 * @param file Absolute target path.
 * @param content The content.
 */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const directory = path.dirname(file);
  await mkdir(directory, { recursive: true });
  const temporary = path.join(
    directory,
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  pendingTemporaries.add(temporary);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  } finally {
    pendingTemporaries.delete(temporary);
  }
}

/**
 * A readable one-line description of a file-system error.
 *
 * @param error Anything thrown while reading or writing.
 * @returns The message without a stack.
 */
export function describeError(error: unknown): string {
  if (error instanceof CopydeskError) {
    return error.line === undefined ? error.message : `line ${error.line}: ${error.message}`;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, expected a file';
    case 'ENOTDIR':
      return 'a parent of this path is not a directory';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
