/**
 * Running a CommonJS script with V8's code cache. `bin/copydesk.js` runs the bundled CLI
 * (`dist/cli/main.cjs`, see `.ci/bundle-cli.mjs`) this way: the cache, written at build time
 * after a warm-up conversion, holds the compiled bytecode of the functions a conversion runs, so
 * a run starts without parsing and compiling them. Node.js 22 has `module.enableCompileCache()`
 * for ES modules; Node.js 20 only offers this for scripts, through `vm.Script`.
 *
 * A cache that V8 rejects (another Node.js version, other V8 flags) costs nothing but the
 * compilation it would have saved.
 *
 * The script cannot use `import()`: Node.js 20 loses a script's dynamic import callback when the
 * script comes from a code cache (`ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING`). It is given a
 * function that imports instead, `__copydeskImport(specifier)`; the bundler rewrites the CLI's
 * `import()` of computed specifiers (task modules, config files) into calls of it.
 */
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** A script that has run. */
export interface CachedScript {
  /** What the script put in `module.exports`. */
  readonly exports: unknown;
  /** Whether there was a cache and V8 refused it. */
  readonly cacheRejected: boolean;
  /** Write the code cache: the functions compiled so far, for the next run. */
  writeCache(): void;
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
 * Run a CommonJS script, with its code cache when there is one.
 *
 * @param file Absolute path of the script.
 * @returns The script's exports, and a way to write its cache.
 */
export function runCachedScript(file: string): CachedScript {
  // Node.js's own CommonJS wrapper plus the importer, on the script's first line so that stack
  // traces give the script's line numbers.
  const bytes = readFileSync(file);
  // ASCII text (the bundler escapes the rest) decodes faster as Latin-1, into a string of one
  // byte a character.
  const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const source = `(function (exports, require, module, __filename, __dirname, __copydeskImport) {${text}\n})`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile(file));
  } catch {
    // No cache: compile as usual.
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
  return {
    exports: module.exports,
    cacheRejected: cachedData !== undefined && script.cachedDataRejected === true,
    writeCache() {
      // Renamed into place: a CLI starting meanwhile reads the old cache or the new one.
      const temporary = `${cacheFile(file)}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile(file));
    },
  };
}
