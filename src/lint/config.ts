/**
 * Config discovery: the nearest config file above each linted file, as in eslint and
 * prettier, so a monorepo can keep one config per desk. Searched in each folder, in order:
 *
 * `package.json` (a `copydesk` key), `.copydeskrc` (JSON or YAML), `.copydeskrc.json`,
 * `.copydeskrc.yaml`, `.copydeskrc.yml`, `copydesk.config.js`, `copydesk.config.mjs`,
 * `copydesk.config.cjs`.
 *
 * The search stops at the first folder with a config (there is no cascading) or at the home
 * folder. Without a config the `recommended` preset applies. Loaded and resolved configs are
 * cached per folder for the life of the loader, so a run over thousands of files reads each
 * config once.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultLoaders, type LilconfigResult, type Loader, lilconfig } from 'lilconfig';
import { parse as parseYaml } from 'yaml';
import { displayPath } from '../display-path.js';
import { CopydeskError } from '../errors.js';
import { jsonErrorOffset } from './json-error-offset.js';
import { resolveConfig } from './resolve.js';
import type { ResolvedConfig } from './types.js';

/** Where configs are looked for in each folder, in order. */
export const configFiles = [
  'package.json',
  '.copydeskrc',
  '.copydeskrc.json',
  '.copydeskrc.yaml',
  '.copydeskrc.yml',
  'copydesk.config.js',
  'copydesk.config.mjs',
  'copydesk.config.cjs',
] as const;

/** Finds and resolves the config for files. */
export interface ConfigLoader {
  /**
   * The config that applies to a file.
   *
   * @param file Absolute path of the linted file, or undefined for stdin (searched from cwd).
   * @returns The resolved config.
   * @throws {CopydeskError} `invalid-option` naming the config file and the key.
   */
  forFile(file: string | undefined): Promise<ResolvedConfig>;
}

/**
 * Create a config loader.
 *
 * @param options `cwd` for stdin and for file names in messages; `configFile` to use one file
 *   for everything (`--config`).
 * @returns The loader.
 */
export function createConfigLoader(options: { cwd: string; configFile?: string | undefined }): ConfigLoader {
  const display = (file: string) => displayPath(file, options.cwd);
  // Every loader is wrapped so that a syntax error names the file it is in.
  const wrap =
    (loader: Loader): Loader =>
    async (file, content) => {
      try {
        return await loader(file, content);
      } catch (error) {
        // A config that parses but throws when run (`throw new Error('boom')`) could not be loaded.
        const verb = error instanceof Error && /^(?:SyntaxError|YAML\w*Error)$/.test(error.name) ? 'parse' : 'load';
        throw new CopydeskError(
          'invalid-option',
          `Cannot ${verb} config \`${display(file)}\`: ${parseProblem(error, path.extname(file) === '.json' ? content : undefined)}${scriptLine(error, file)}`,
        );
      }
    };
  const explorer = lilconfig('copydesk', {
    searchPlaces: [...configFiles],
    loaders: {
      '.json': wrap(defaultLoaders['.json'] as Loader),
      '.js': wrap(importScript),
      '.mjs': wrap(importScript),
      '.cjs': wrap(defaultLoaders['.cjs'] as Loader),
      '.yaml': wrap(loadYaml),
      '.yml': wrap(loadYaml),
      noExt: wrap(loadYaml),
    },
  });
  const resolved = new Map<string, Promise<ResolvedConfig>>();
  const load = (key: string, find: () => Promise<LilconfigResult>) => {
    let promise = resolved.get(key);
    if (!promise) {
      promise = find().then(
        (result) =>
          result ? resolveConfig(result.config ?? {}, display(result.filepath), result.filepath) : builtIn(),
        (error: unknown) => {
          throw loadError(error, display, key, configFile !== undefined);
        },
      );
      resolved.set(key, promise);
    }
    return promise;
  };

  const configFile = options.configFile;
  if (configFile !== undefined) {
    const file = path.resolve(options.cwd, configFile);
    return { forFile: () => load(file, () => explorer.load(file)) };
  }
  return {
    forFile: (file) => {
      const directory = file === undefined ? options.cwd : path.dirname(file);
      return load(directory, () => explorer.search(directory));
    },
  };
}

/**
 * A JavaScript config, ES module or CommonJS, by `import()`. lilconfig's loader tries `require`
 * when the import fails, so a syntax error in an ES module config was reported as Node.js's
 * "Cannot require() ES Module … not yet fully loaded" instead of the error itself.
 */
async function importScript(file: string): Promise<unknown> {
  const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  return module.default;
}

/**
 * The line of a syntax error in a CommonJS config, which Node.js gives only as the first line of
 * the stack (`/path/copydesk.config.cjs:3`); an ES module's error has no line to give.
 */
function scriptLine(error: unknown, file: string): string {
  if (!(error instanceof SyntaxError)) return '';
  const line = error.stack?.startsWith(`${file}:`) ? /^:(\d+)/.exec(error.stack.slice(file.length))?.[1] : undefined;
  return line === undefined ? '' : ` (line ${line})`;
}

function builtIn(): ResolvedConfig {
  return resolveConfig({}, 'the default config');
}

/** `.copydeskrc` without an extension may be JSON or YAML; YAML reads both. */
function loadYaml(_file: string, content: string): unknown {
  return parseYaml(content, { prettyErrors: true });
}

/**
 * A parse error in one line with its place. JSON.parse gives an offset (`at position 51`), which
 * people cannot find in an editor, or on Node 20 no place at all for an unexpected token, so it
 * becomes a line and column; YAML's pretty message
 * ends its first line with a colon before a code frame we drop, so the colon goes too.
 *
 * @param error What the loader threw.
 * @param json The text of a JSON config, to turn an offset into a line and column; undefined
 *   for other configs, where an offset in a message may be about some other text.
 * @returns One line without the file name.
 */
function parseProblem(error: unknown, json: string | undefined): string {
  const message = error instanceof Error ? error.message : String(error);
  if (json === undefined) return (message.split('\n')[0] ?? message).replace(/:\s*$/, '');
  // V8 quotes the text around an unexpected token (`"rules:\n  d"...`), line breaks and all:
  // those are escaped, so the whole reason stays on the one line.
  const reason = message.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  // lilconfig strips a byte-order mark before JSON.parse, so positions count from after it.
  const text = json.replace(/^\uFEFF/, '');
  // Node 22 adds `(line 3 column 5)` itself; ours replaces it, so both read the same.
  const placed = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?/;
  if (placed.test(reason)) {
    return reason.replace(placed, (_, position: string) => {
      const { line, column } = lineAndColumn(text, Number(position));
      return ` in JSON at line ${line}, column ${column}`;
    });
  }
  // Node 20 gives no position for an unexpected token or an early end: find it.
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return reason;
  const { line, column } = lineAndColumn(text, offset);
  return `${reason} (line ${line}, column ${column})`;
}

/** 1-based line and column (in UTF-16 code units, as copydesk's positions) of an offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const line = (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
  return { line, column: offset - lineStart + 1 };
}

/** Why a config file could not be read, as `describeError` says it for inputs. */
const readProblems: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, expected a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a parent of this path is not a directory',
};

/**
 * A config that cannot be found or read: one line naming the file, for exit code 2.
 *
 * @param error What lilconfig threw.
 * @param display Turns a path into the name shown.
 * @param where The `--config` file, or the folder the search started from.
 * @param given Whether `where` is the `--config` file.
 * @returns The error to throw.
 */
function loadError(error: unknown, display: (file: string) => string, where: string, given: boolean): Error {
  if (error instanceof CopydeskError) return error;
  const errno = error as NodeJS.ErrnoException | undefined;
  const problem = typeof errno?.code === 'string' ? readProblems[errno.code] : undefined;
  if (problem === undefined) return error instanceof Error ? error : new Error(String(error));
  // Reading a directory fails in read(2), after open, so Node's error names no path.
  const file = typeof errno?.path === 'string' ? errno.path : given ? where : directoryInTheWay(where);
  if (file === undefined) return error instanceof Error ? error : new Error(String(error));
  return new CopydeskError('invalid-option', `Cannot read config \`${display(file)}\`: ${problem}`);
}

/**
 * The config name that is a directory, searching as lilconfig does (nearest folder first, each
 * name in order). Only called after a read failed, so the extra stats cost nothing normally.
 *
 * @param from The folder the search started from.
 * @returns Its path, or undefined when none is a directory (the failure was something else).
 */
function directoryInTheWay(from: string): string | undefined {
  for (let directory = from; ; directory = path.dirname(directory)) {
    for (const name of configFiles) {
      const candidate = path.join(directory, name);
      if (isDirectory(candidate)) return candidate;
    }
    if (directory === path.dirname(directory)) return undefined;
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
