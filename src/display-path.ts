/**
 * How messages name a file: relative to the working folder when it is inside it, as the user
 * most likely typed it, and absolute otherwise (a path full of `../` says less than the whole
 * one). Shared by the CLI's messages and the lint config loader's, which had each spelt it out.
 */
import path from 'node:path';

/**
 * @param file An absolute path.
 * @param cwd The working folder.
 * @returns The path to show.
 */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return relative === '' || outside ? file : relative;
}
