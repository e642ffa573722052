#!/usr/bin/env node
/**
 * Remove tsc's outputs in `dist/` whose source in `src/` is gone (`npm run build` runs this after
 * tsc, before the CLI bundle).
 *
 * Why: tsc writes `dist/` over and never deletes, so a module renamed or removed in `src/` leaves
 * its `.js`, `.d.ts` and `.js.map` behind, and `npm pack` (whose `files` ships `dist`) would ship
 * that dead code from any checkout that was built before. `dist/` is not wiped instead, as a test
 * run that builds must not pull files from under a CLI that another run has started.
 *
 * Kept: every output whose `src/<path>.ts` exists, the bundle's chunks (`dist/cli/chunks/`, which
 * `.ci/bundle-cli.mjs` prunes itself) and the files that only the bundle writes
 * (`dist/cli/main.cjs` with its map and code cache, `dist/cli/script-cache.cjs` with its map).
 *
 * Usage: node .ci/prune-dist.mjs [root]   (root: the package folder, by default this one's parent)
 */

import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
const dist = path.join(root, 'dist');
const src = path.join(root, 'src');

/** Outputs of `.ci/bundle-cli.mjs` alone, relative to dist/ with `/` separators. */
const bundleOnly = /^cli\/(?:chunks\/|main\.cjs(?:\.map|\.cache)?$|script-cache\.cjs(?:\.map)?$)/;
/** What tsc writes for `x.ts`: `x.js`, `x.js.map`, `x.d.ts`, `x.d.ts.map`. */
const output = /(?:\.d\.ts|\.js)(?:\.map)?$/;

/**
 * Files below a folder, relative to it, with `/` separators.
 *
 * @param folder Absolute path.
 * @returns Relative paths of the files.
 */
function filesBelow(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path
        .relative(folder, path.join(entry.parentPath ?? entry.path, entry.name))
        .split(path.sep)
        .join('/'),
    );
}

let removed = 0;
if (existsSync(dist)) {
  for (const file of filesBelow(dist)) {
    if (bundleOnly.test(file)) continue;
    const source = output.test(file) ? path.join(src, file.replace(output, '.ts')) : undefined;
    if (source !== undefined && existsSync(source)) continue;
    // A JSON file tsc copied (resolveJsonModule) has its source under the same name.
    if (source === undefined && existsSync(path.join(src, file))) continue;
    rmSync(path.join(dist, file), { force: true });
    removed += 1;
  }
}
if (removed > 0) process.stdout.write(`prune-dist: removed ${removed} file(s) of sources no longer in src/\n`);
