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
 * see .ci/bundle-cli.mjs), else the ES modules in dist/ (after `tsc` alone, the script is older
 * than them and out of date). Under a Node.js version or V8 flags the build's cache does not fit,
 * a run saves a cache of its own for the next (see src/cli/script-cache.ts).
 */
async function loadCli() {
  const { statSync } = require('node:fs');
  const path = require('node:path');
  const script = path.join(__dirname, '../dist/cli/main.cjs');
  const scriptTime = statSync(script, { throwIfNoEntry: false })?.mtimeMs;
  if (scriptTime !== undefined && scriptTime >= statSync(path.join(__dirname, '../dist/cli/index.js')).mtimeMs) {
    const { runCachedScript, runtimeCacheDir } = require('../dist/cli/script-cache.cjs');
    const loaded = runCachedScript(script, { runtimeCacheDir: runtimeCacheDir(process.env) });
    return { cli: loaded.exports, saveRuntimeCache: () => loaded.saveRuntimeCache() };
  }
  return { cli: await import('../dist/cli/index.js'), saveRuntimeCache: () => undefined };
}
