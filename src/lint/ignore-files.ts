/**
 * `.copydeskignore`: files to leave out of `copydesk lint`, in gitignore syntax (the `ignore`
 * package, as eslint and prettier use). Like `.gitignore`, each file applies to the folder it is
 * in and everything below, patterns are relative to that folder, and a deeper file can
 * re-include (`!draft-ok.md`) what a higher one excluded.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The ignore file's name. */
export const ignoreFileName = '.copydeskignore';

/** Decides whether files are ignored. */
export interface IgnoreChecker {
  /**
   * Whether a file is ignored by a `.copydeskignore` in its folder or one above.
   *
   * @param file Absolute path.
   * @returns True when ignored.
   */
  isIgnored(file: string): Promise<boolean>;
}

/**
 * Create a checker; ignore files are read once per folder and cached.
 *
 * @returns The checker.
 */
export function createIgnoreChecker(): IgnoreChecker {
  const cache = new Map<string, Promise<Ignore | undefined>>();
  const rulesIn = (directory: string) => {
    let rules = cache.get(directory);
    if (!rules) {
      rules = readFile(path.join(directory, ignoreFileName), 'utf8').then(
        (content) => ignore().add(content),
        () => undefined,
      );
      cache.set(directory, rules);
    }
    return rules;
  };
  return {
    async isIgnored(file) {
      const folders: string[] = [];
      for (let directory = path.dirname(file); ; directory = path.dirname(directory)) {
        folders.unshift(directory);
        if (path.dirname(directory) === directory) break;
      }
      let ignored = false;
      for (const folder of folders) {
        const rules = await rulesIn(folder);
        if (!rules) continue;
        const result = rules.test(path.relative(folder, file).split(path.sep).join('/'));
        if (result.ignored) ignored = true;
        else if (result.unignored) ignored = false;
      }
      return ignored;
    },
  };
}
