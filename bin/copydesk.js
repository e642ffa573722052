#!/usr/bin/env node
// `--version` answers from package.json without loading the CLI: editors and hooks call it to
// probe for copydesk, and module loading is most of a Node.js CLI's start-up time.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { installSignalHandlers, run } = await import('../dist/cli/index.js');
  installSignalHandlers();
  process.exitCode = await run(argv);
}
