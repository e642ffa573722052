/**
 * `runCachedScript`: a CommonJS script run through `vm.Script`, with a V8 code cache beside it
 * when there is one (how `bin/copydesk.js` runs the bundled CLI).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFile, runCachedScript, runtimeCacheDir } from '../../src/cli/script-cache.js';

let dir: string;
let script: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-script-cache-'));
  script = path.join(dir, 'script.cjs');
  writeFileSync(
    script,
    [
      "const path = require('node:path');",
      'exports.where = path.basename(__dirname) === path.basename(path.dirname(__filename));',
      'module.exports.twice = (n) => n * 2;',
      "module.exports.load = () => __copydeskImport('node:path').then((m) => typeof m.join);",
      'module.exports.fail = () => { throw new Error("from the script"); };',
    ].join('\n'),
  );
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Exports {
  where: boolean;
  twice(n: number): number;
  load(): Promise<string>;
  fail(): never;
}

describe('runCachedScript', () => {
  it('should run a script as a CommonJS module, without a cache', () => {
    const { exports, cacheRejected } = runCachedScript(script);
    const api = exports as Exports;
    expect(cacheRejected).toBe(false);
    expect(api.where).toBe(true);
    expect(api.twice(21)).toBe(42);
  });

  it('should give the script a function that imports ES modules', async () => {
    await expect((runCachedScript(script).exports as Exports).load()).resolves.toBe('function');
  });

  it('should give stack traces with the script name and line', () => {
    expect(() => (runCachedScript(script).exports as Exports).fail()).toThrow('from the script');
    try {
      (runCachedScript(script).exports as Exports).fail();
    } catch (error) {
      expect((error as Error).stack).toContain(`${script}:5:`);
    }
  });

  it('should write a cache that the next run accepts, and import from a script run with it', async () => {
    const first = runCachedScript(script);
    (first.exports as Exports).twice(1);
    await (first.exports as Exports).load();
    first.writeCache();
    expect(readFileSync(cacheFile(script)).length).toBeGreaterThan(0);
    const second = runCachedScript(script);
    expect(second.cacheRejected).toBe(false);
    expect((second.exports as Exports).twice(4)).toBe(8);
    await expect((second.exports as Exports).load()).resolves.toBe('function');
  });

  it('should run the script when the cache is refused', () => {
    writeFileSync(cacheFile(script), 'not a code cache');
    const { exports, cacheRejected } = runCachedScript(script);
    expect(cacheRejected).toBe(true);
    expect((exports as Exports).twice(5)).toBe(10);
  });

  it('should not use a cache made for another build of the script, even of the same length', () => {
    const build = (value: number, id: string) =>
      writeFileSync(script, `module.exports.value = ${value};\n//# copydesk-build ${id}\n`);
    build(1, 'aaaa');
    const first = runCachedScript(script);
    expect((first.exports as { value: number }).value).toBe(1);
    first.writeCache();
    expect(runCachedScript(script).cacheRejected).toBe(false);
    // V8 alone would take the cache: it checks the source's length only.
    build(2, 'bbbb');
    const second = runCachedScript(script);
    expect(second.cacheRejected).toBe(true);
    expect((second.exports as { value: number }).value).toBe(2);
  });

  it('should leave no temporary file behind when writing the cache', () => {
    runCachedScript(script).writeCache();
    expect(existsSync(cacheFile(script))).toBe(true);
    expect(existsSync(`${cacheFile(script)}.${process.pid}.tmp`)).toBe(false);
  });
});

describe('runtime caches, for a Node.js or flags the build cache does not fit', () => {
  let runtime: string;
  const built = () => writeFileSync(script, 'module.exports.value = 7;\n//# copydesk-build b1\n');
  const caches = () => (existsSync(runtime) ? readdirSync(runtime).sort() : []);

  beforeEach(() => {
    runtime = path.join(dir, 'runtime');
    built();
  });

  it('should save a cache when there is none, named for the build and the V8 version, and start from it next time', () => {
    const first = runCachedScript(script, { runtimeCacheDir: runtime });
    expect(first.cacheUsed).toBeUndefined();
    first.saveRuntimeCache();
    expect(caches()).toEqual([expect.stringMatching(new RegExp(`^main-b1-${process.versions.v8}-\\w+\\.cache$`))]);
    const saved = readFileSync(path.join(runtime, caches()[0] as string));
    const second = runCachedScript(script, { runtimeCacheDir: runtime });
    expect(second).toMatchObject({ cacheUsed: 'runtime', cacheRejected: false });
    expect((second.exports as { value: number }).value).toBe(7);
    // A cache that fits is left as it is.
    second.saveRuntimeCache();
    expect(readFileSync(path.join(runtime, caches()[0] as string))).toEqual(saved);
  });

  it('should save nothing when the build cache beside the script fits', () => {
    runCachedScript(script).writeCache();
    const run = runCachedScript(script, { runtimeCacheDir: runtime });
    expect(run).toMatchObject({ cacheUsed: 'build', cacheRejected: false });
    run.saveRuntimeCache();
    expect(caches()).toEqual([]);
  });

  it('should not read a build cache made under another V8 version, and save one for this version', () => {
    runCachedScript(script).writeCache();
    const cache = readFileSync(cacheFile(script));
    const header = `b1 ${process.versions.v8}\n`;
    expect(cache.subarray(0, header.length).toString('latin1')).toBe(header);
    writeFileSync(cacheFile(script), Buffer.concat([Buffer.from('b1 1.2.3.4\n'), cache.subarray(header.length)]));
    const run = runCachedScript(script, { runtimeCacheDir: runtime });
    expect(run).toMatchObject({ cacheUsed: undefined, cacheRejected: true });
    run.saveRuntimeCache();
    expect(runCachedScript(script, { runtimeCacheDir: runtime })).toMatchObject({
      cacheUsed: 'runtime',
      cacheRejected: false,
    });
  });

  it('should replace a runtime cache that V8 refuses', () => {
    runCachedScript(script, { runtimeCacheDir: runtime }).saveRuntimeCache();
    const file = path.join(runtime, caches()[0] as string);
    const header = `b1 ${process.versions.v8}\n`;
    writeFileSync(file, `${header}not a code cache`);
    // A source this isolate has not compiled yet, or V8 would reuse its compilation and never
    // look at the cache.
    writeFileSync(script, 'module.exports.value = 8;\n//# copydesk-build b1\n');
    const run = runCachedScript(script, { runtimeCacheDir: runtime });
    expect(run).toMatchObject({ cacheUsed: undefined, cacheRejected: true });
    expect((run.exports as { value: number }).value).toBe(8);
    run.saveRuntimeCache();
    expect(readFileSync(file).length).toBeGreaterThan(header.length + 'not a code cache'.length);
    expect(runCachedScript(script, { runtimeCacheDir: runtime }).cacheUsed).toBe('runtime');
  });

  it('should keep no runtime cache for a script without a build id', () => {
    writeFileSync(script, 'module.exports.value = 1;\n');
    runCachedScript(script, { runtimeCacheDir: runtime }).saveRuntimeCache();
    expect(caches()).toEqual([]);
  });

  it('should go on without a cache when the folder cannot be made', () => {
    const blocked = path.join(dir, 'a-file');
    writeFileSync(blocked, '');
    const run = runCachedScript(script, { runtimeCacheDir: path.join(blocked, 'runtime') });
    expect(() => run.saveRuntimeCache()).not.toThrow();
    expect((run.exports as { value: number }).value).toBe(7);
  });

  it('should keep the eight newest runtime caches of a folder, and nothing else of it', () => {
    mkdirSync(runtime);
    const old = Date.now() / 1000 - 3600;
    for (let index = 0; index < 9; index++) {
      const file = path.join(runtime, `main-old${index}-1.0-default.cache`);
      writeFileSync(file, 'x');
      utimesSync(file, old + index, old + index);
    }
    writeFileSync(path.join(runtime, 'notes.txt'), 'not ours');
    runCachedScript(script, { runtimeCacheDir: runtime }).saveRuntimeCache();
    const left = caches();
    expect(left).toHaveLength(9);
    expect(left).toContain('notes.txt');
    expect(left).not.toContain('main-old0-1.0-default.cache');
    expect(left).not.toContain('main-old1-1.0-default.cache');
    expect(left.filter((name) => name.startsWith('main-b1-'))).toHaveLength(1);
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(statSync(path.join(runtime, 'main-old8-1.0-default.cache')).size).toBe(1);
  });
});

describe('runtimeCacheDir', () => {
  it('should be the folder COPYDESK_COMPILE_CACHE names', () => {
    expect(runtimeCacheDir({ COPYDESK_COMPILE_CACHE: '/var/cache/copydesk' })).toBe('/var/cache/copydesk');
  });

  it('should be none with COPYDESK_DISABLE_COMPILE_CACHE set', () => {
    expect(runtimeCacheDir({ COPYDESK_DISABLE_COMPILE_CACHE: '1', COPYDESK_COMPILE_CACHE: '/x' })).toBeUndefined();
  });

  it("should default to the user's cache folder", () => {
    const folder = runtimeCacheDir({}) as string;
    expect(path.basename(folder)).toMatch(/^copydesk-nodejs$|^Cache$/);
    expect(folder.startsWith(homedir()) || folder.startsWith(process.env.XDG_CACHE_HOME ?? homedir())).toBe(true);
  });
});
