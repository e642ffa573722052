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
import path from 'node:path';
import { defaultLoaders, type LilconfigResult, type Loader, lilconfig } from 'lilconfig';
import { parse as parseYaml } from 'yaml';
import { CopydeskError } from '../errors.js';
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
  const display = (file: string) => {
    const relative = path.relative(options.cwd, file);
    return relative && !relative.startsWith('..') ? relative : file;
  };
  // Every loader is wrapped so that a syntax error names the file it is in.
  const wrap =
    (loader: Loader): Loader =>
    async (file, content) => {
      try {
        return await loader(file, content);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new CopydeskError(
          'invalid-option',
          `Cannot parse config \`${display(file)}\`: ${message.split('\n')[0] ?? message}`,
        );
      }
    };
  const explorer = lilconfig('copydesk', {
    searchPlaces: [...configFiles],
    loaders: {
      '.json': wrap(defaultLoaders['.json'] as Loader),
      '.js': wrap(defaultLoaders['.js'] as Loader),
      '.mjs': wrap(defaultLoaders['.mjs'] as Loader),
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
          throw loadError(error, display);
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

function builtIn(): ResolvedConfig {
  return resolveConfig({}, 'the default config');
}

/** `.copydeskrc` without an extension may be JSON or YAML; YAML reads both. */
function loadYaml(_file: string, content: string): unknown {
  return parseYaml(content, { prettyErrors: true });
}

/** A config that cannot be found or read: one line naming the file, for exit code 2. */
function loadError(error: unknown, display: (file: string) => string): Error {
  if (error instanceof CopydeskError) return error;
  const errno = error as NodeJS.ErrnoException | undefined;
  if (errno?.code === 'ENOENT' && typeof errno.path === 'string') {
    return new CopydeskError('invalid-option', `Cannot read config \`${display(errno.path)}\`: no such file`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
