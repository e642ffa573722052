/**
 * `runCachedScript`: a CommonJS script run through `vm.Script`, with a V8 code cache beside it
 * when there is one (how `bin/copydesk.js` runs the bundled CLI).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFile, runCachedScript } from '../../src/cli/script-cache.js';

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
