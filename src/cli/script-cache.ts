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
 * The build a script comes from.
 *
 * @param text The script.
 * @returns The id on its `//# copydesk-build <id>` line at the end, or an empty string.
 */
function buildOf(text: string): string {
  return /\/\/# copydesk-build (\S+)\s*$/.exec(text.slice(-200))?.[1] ?? '';
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
  const header = Buffer.from(`${buildOf(text)}\n`, 'latin1');
  let cachedData: Buffer | undefined;
  let refused = false;
  try {
    const cache = readFileSync(cacheFile(file));
    if (cache.subarray(0, header.length).equals(header)) cachedData = cache.subarray(header.length);
    else refused = true;
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
    cacheRejected: refused || (cachedData !== undefined && script.cachedDataRejected === true),
    writeCache() {
      // Renamed into place: a CLI starting meanwhile reads the old cache or the new one.
      const temporary = `${cacheFile(file)}.${process.pid}.tmp`;
      writeFileSync(temporary, Buffer.concat([header, script.createCachedData()]));
      renameSync(temporary, cacheFile(file));
    },
  };
}
