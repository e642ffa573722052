#!/usr/bin/env node
// `--version` answers from package.json without loading the CLI: editors and hooks call it to
// probe for copydesk, and module loading is most of a Node.js CLI's start-up time.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { installSignalHandlers, run } = await loadCli();
  installSignalHandlers();
  process.exitCode = await run(argv);
}

/**
 * The CLI: the bundled script with its V8 code cache when the build made one (`npm run build`,
 * see .ci/bundle-cli.mjs), else the ES modules in dist/ (after `tsc` alone, the script is older
 * than them and out of date).
 */
async function loadCli() {
  const { statSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const script = new URL('../dist/cli/main.cjs', import.meta.url);
  const modules = new URL('../dist/cli/index.js', import.meta.url);
  const scriptTime = statSync(script, { throwIfNoEntry: false })?.mtimeMs;
  if (scriptTime !== undefined && scriptTime >= statSync(modules).mtimeMs) {
    const { runCachedScript } = await import('../dist/cli/script-cache.js');
    return runCachedScript(fileURLToPath(script)).exports;
  }
  return import('../dist/cli/index.js');
}
