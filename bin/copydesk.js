#!/usr/bin/env node
// CommonJS (see bin/package.json): Node.js runs a CommonJS entry point without starting its ES
// module loader, a few milliseconds sooner.
//
// `--version` answers from package.json without loading the CLI: editors and hooks call it to
// probe for copydesk, and module loading is most of a Node.js CLI's start-up time.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const { readFileSync } = require('node:fs');
  const path = require('node:path');
  process.stdout.write(`${JSON.parse(readFileSync(path.join(__dirname, '../package.json'), 'utf8')).version}\n`);
} else {
  loadCli().then(async ({ cli: { installSignalHandlers, run }, saveRuntimeCache }) => {
    installSignalHandlers();
    const code = await run(argv);
    saveRuntimeCache();
    process.exitCode = code;
  });
}

/**
 * The CLI: the bundled script with its V8 code cache when the build made one (`npm run build`,
 * see .ci/bundle-cli.mjs), else the ES modules in dist/ (after `tsc` alone, `dist/cli/index.js` is
 * no longer the bundle the script was built with, and the script is out of date). Under a Node.js
 * version or V8 flags the build's cache does not fit, a run saves a cache of its own for the next
 * (see src/cli/script-cache.ts).
 */
async function loadCli() {
  const path = require('node:path');
  const script = path.join(__dirname, '../dist/cli/main.cjs');
  const build = scriptBuild(script);
  if (build !== undefined && firstLine(path.join(__dirname, '../dist/cli/index.js')) === `// copydesk-build ${build}`) {
    const { runCachedScript, runtimeCacheDir } = require('../dist/cli/script-cache.cjs');
    const loaded = runCachedScript(script, { runtimeCacheDir: runtimeCacheDir(process.env) });
    return { cli: loaded.exports, saveRuntimeCache: () => loaded.saveRuntimeCache() };
  }
  return { cli: await import('../dist/cli/index.js'), saveRuntimeCache: () => undefined };
}

/**
 * The build id that ends the bundled script (`//# copydesk-build <id>`), read from its last bytes.
 * Build ids, not file times, tell whether the script and the ES modules are of one build: npm
 * gives every file the time it installs it, in no set order.
 *
 * @param {string} file Path of the script.
 * @returns {string | undefined} The id, or undefined when the script is missing or has none.
 */
function scriptBuild(file) {
  const tail = readEdge(file, 'end');
  return tail === undefined ? undefined : /\/\/# copydesk-build (\S+)\s*$/.exec(tail)?.[1];
}

/**
 * The first line of a file, from its first bytes.
 *
 * @param {string} file Path of the file.
 * @returns {string | undefined} The line, or undefined when the file cannot be read.
 */
function firstLine(file) {
  return readEdge(file, 'start')?.split('\n', 1)[0];
}

/**
 * The first or last 200 bytes of a file, as Latin-1 text: all the build check reads of two
 * files of megabytes.
 *
 * @param {string} file Path of the file.
 * @param {'start' | 'end'} edge Which end.
 * @returns {string | undefined} The bytes, or undefined when the file cannot be opened.
 */
function readEdge(file, edge) {
  const fs = require('node:fs');
  let fd;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = Buffer.alloc(Math.min(size, 200));
    const length = fs.readSync(fd, bytes, 0, bytes.length, edge === 'end' ? size - bytes.length : 0);
    return bytes.toString('latin1', 0, length);
  } finally {
    fs.closeSync(fd);
  }
}
