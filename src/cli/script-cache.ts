/**
 * Running a CommonJS script with V8's code cache. `bin/copydesk.js` runs the bundled CLI
 * (`dist/cli/main.cjs`, see `.ci/bundle-cli.mjs`) this way: the cache, written at build time
 * after a warm-up conversion, holds the compiled bytecode of the functions a conversion runs, so
 * a run starts without parsing and compiling them. Node.js 22 has `module.enableCompileCache()`
 * for ES modules; Node.js 20 only offers this for scripts, through `vm.Script`.
 *
 * A cache that V8 rejects (another Node.js version, other V8 flags) costs nothing but the
 * compilation it would have saved. V8 checks only the length of the script's source, so a cache
 * also names the build it was made for: a script may end with a `//# copydesk-build <id>` line,
 * and a cache whose first line holds another id is not used (a rebuilt script of the same length
 * would otherwise run the old build's bytecode).
 *
 * A cache made at build time fits only the Node.js version (and V8 flags) of the build, and an
 * installed copydesk mostly runs under others. So when the build's cache is missing or refused,
 * the run saves a cache of its own at the end (`saveRuntimeCache`) in a folder of the user's
 * (`runtimeCacheDir`), named for the build, the V8 version and the flags, and later runs with the
 * same Node.js and flags start from it. The installed package is never written to: it may be
 * read-only, shared or checksummed.
 *
 * The script cannot use `import()`: Node.js 20 loses a script's dynamic import callback when the
 * script comes from a code cache (`ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING`). It is given a
 * function that imports instead, `__copydeskImport(specifier)`; the bundler rewrites the CLI's
 * `import()` of computed specifiers (task modules, config files) into calls of it.
 */
import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import envPaths from 'env-paths';

/** Options of `runCachedScript`. */
export interface ScriptCacheOptions {
  /**
   * Folder for caches saved at run time (see `saveRuntimeCache`); none when undefined. Only a
   * script with a build id (`//# copydesk-build <id>`) gets one.
   */
  readonly runtimeCacheDir?: string | undefined;
}

/** A script that has run. */
export interface CachedScript {
  /** What the script put in `module.exports`. */
  readonly exports: unknown;
  /** Whether there was a cache and V8 refused it. */
  readonly cacheRejected: boolean;
  /** The cache the script ran with: the one beside it (`build`), a `runtime` one, or none. */
  readonly cacheUsed: 'build' | 'runtime' | undefined;
  /** Write the code cache beside the script: the functions compiled so far, for the next run. */
  writeCache(): void;
  /**
   * When this run had no cache that fit, save the functions compiled so far in the runtime cache
   * folder, for the next run with this Node.js and these flags. Best effort: a folder that cannot
   * be written only means no cache.
   */
  saveRuntimeCache(): void;
}

/** How many runtime caches a folder keeps (one per build, Node.js version and set of flags). */
const runtimeCacheLimit = 8;

/**
 * The runtime cache folder for an environment: `COPYDESK_COMPILE_CACHE` when set, else the
 * user's cache folder (`~/.cache/copydesk-nodejs` on Linux); none with
 * `COPYDESK_DISABLE_COMPILE_CACHE` set (names as Node.js's own `NODE_COMPILE_CACHE` and
 * `NODE_DISABLE_COMPILE_CACHE`).
 *
 * @param env The environment variables.
 * @returns The folder, or undefined for none.
 */
export function runtimeCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.COPYDESK_DISABLE_COMPILE_CACHE) return undefined;
  return env.COPYDESK_COMPILE_CACHE || envPaths('copydesk').cache;
}

/**
 * The code cache file of a script.
 *
 * @param file Absolute path of the script.
 * @returns Absolute path of its cache.
 */
export function cacheFile(file: string): string {
  return `${file}.cache`;
}

/**
 * Import an ES module for the script: absolute URLs and paths, and built-in modules.
 *
 * @param specifier What the script imports.
 * @returns The module's namespace.
 */
function importForScript(specifier: string): Promise<unknown> {
  return import(specifier);
}

/**
 * The build a script comes from.
 *
 * @param text The script.
 * @returns The id on its `//# copydesk-build <id>` line at the end, or an empty string.
 */
function buildOf(text: string): string {
  return /\/\/# copydesk-build (\S+)\s*$/.exec(text.slice(-200))?.[1] ?? '';
}

/**
 * The V8 flags a cache depends on, as a short name: V8 refuses a cache made under other flags,
 * and Node.js options cannot be told from V8 ones here, so all of them count. FNV-1a by hand
 * because loading `node:crypto` would cost every start-up a few milliseconds.
 *
 * @returns `default` without options, else a hash of them.
 */
function flagsKey(): string {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0');
  if (flags === '') return 'default';
  let hash = 0x811c9dc5;
  for (let index = 0; index < flags.length; index++) {
    hash = Math.imul(hash ^ flags.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A cache file's code cache when its first line is `header`.
 *
 * @param file The cache file.
 * @param header The first line it must have.
 * @returns The code cache; `refused` when the file is another build's or version's; undefined when there is no file.
 */
function readCache(file: string, header: Buffer): Buffer | 'refused' | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(file);
  } catch {
    return undefined;
  }
  return cache.subarray(0, header.length).equals(header) ? cache.subarray(header.length) : 'refused';
}

/**
 * Write a file by renaming a temporary one into place: a CLI starting meanwhile reads the old
 * cache or the new one, never half of one.
 */
function writeAtomically(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Remove all but the `runtimeCacheLimit` newest runtime caches of a folder. */
function pruneRuntimeCaches(dir: string): void {
  const caches = readdirSync(dir)
    .filter((name) => /^main-.+\.cache$/.test(name))
    .map((name) => ({ name, time: statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of caches.slice(runtimeCacheLimit)) rmSync(path.join(dir, name), { force: true });
}

/**
 * Run a CommonJS script, with its code cache when there is one: a runtime cache for this
 * Node.js and these flags first (it exists only where the build's cache did not fit), else the
 * build's cache beside the script.
 *
 * @param file Absolute path of the script.
 * @param options Where runtime caches go.
 * @returns The script's exports, and ways to write its cache.
 */
export function runCachedScript(file: string, options: Readonly<ScriptCacheOptions> = {}): CachedScript {
  // Node.js's own CommonJS wrapper plus the importer, on the script's first line so that stack
  // traces give the script's line numbers.
  const bytes = readFileSync(file);
  // ASCII text (the bundler escapes the rest) decodes faster as Latin-1, into a string of one
  // byte a character.
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const source = `(function (exports, require, module, __filename, __dirname, __copydeskImport) {${text}\n})`;
  const build = buildOf(text);
  // The V8 version too: a cache of another version would be refused by V8, after reading it.
  const header = Buffer.from(`${build} ${process.versions.v8}\n`, 'latin1');
  const runtimeFile =
    build !== '' && options.runtimeCacheDir !== undefined
      ? path.join(options.runtimeCacheDir, `main-${build}-${process.versions.v8}-${flagsKey()}.cache`)
      : undefined;
  let cachedData: Buffer | undefined;
  let cacheUsed: CachedScript['cacheUsed'];
  let refused = false;
  const candidates: Array<[string | undefined, 'build' | 'runtime']> = [
    [runtimeFile, 'runtime'],
    [cacheFile(file), 'build'],
  ];
  for (const [candidate, kind] of candidates) {
    if (candidate === undefined) continue;
    const cache = readCache(candidate, header);
    if (cache === 'refused') refused = true;
    else if (cache !== undefined) {
      cachedData = cache;
      cacheUsed = kind;
      break;
    }
  }
  const script = new vm.Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
    importModule: typeof importForScript,
  ) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file), importForScript);
  const rejected = cachedData !== undefined && script.cachedDataRejected === true;
  return {
    exports: module.exports,
    cacheRejected: refused || rejected,
    cacheUsed: rejected ? undefined : cacheUsed,
    writeCache() {
      writeAtomically(cacheFile(file), Buffer.concat([header, script.createCachedData()]));
    },
    saveRuntimeCache() {
      if (runtimeFile === undefined || (cacheUsed !== undefined && !rejected)) return;
      try {
        mkdirSync(path.dirname(runtimeFile), { recursive: true });
        writeAtomically(runtimeFile, Buffer.concat([header, script.createCachedData()]));
        pruneRuntimeCaches(path.dirname(runtimeFile));
      } catch {
        // A read-only or missing home folder: the next run compiles, as this one did.
      }
    },
  };
}
