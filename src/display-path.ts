/**
 * Paths relative to a folder: whether a file is below it, and how messages name a file.
 */
import path from 'node:path';

/**
 * A file's path below a folder.
 *
 * @param folder An absolute folder.
 * @param file An absolute path.
 * @returns The path relative to the folder (`''` for the folder itself), or undefined when the
 *   file is outside it (a `../` path, or on another drive).
 */
export function pathBelow(folder: string, file: string): string | undefined {
  const relative = path.relative(folder, file);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return outside ? undefined : relative;
}

/**
 * How messages name a file: relative to the working folder when it is inside it, as the user
 * most likely typed it, and absolute otherwise (a path full of `../` says less than the whole
 * one). Shared by the CLI's messages and the lint config loader's.
 *
 * @param file An absolute path.
 * @param cwd The working folder.
 * @returns The path to show.
 */
export function displayPath(file: string, cwd: string): string {
  return pathBelow(cwd, file) || file;
}
