#!/usr/bin/env node
// `npm test`'s pretest step: make sure Debian's Chromium is there for tests/robustness/browser.test.ts.
// Playwright's own browser download cannot work on these machines (no network but the registries),
// so the browser comes from apt. When it cannot be installed (not root, no apt-get, no network),
// this says why and exits 0: the browser test then skips itself with the same reason.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function say(message) {
  process.stdout.write(`ensure-chromium: ${message}\n`);
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args) {
  say(`running: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

if (existsSync(chromium)) {
  say(`${chromium} is installed`);
} else if (process.env.COPYDESK_SKIP_BROWSER) {
  say('COPYDESK_SKIP_BROWSER is set: not installing Chromium, the browser test will be skipped');
} else if (process.platform !== 'linux' || typeof process.getuid !== 'function' || process.getuid() !== 0) {
  say(`${chromium} is missing and this is not root on Linux: the browser test will be skipped`);
} else if (!onPath('apt-get')) {
  say(`${chromium} is missing and apt-get is not available: the browser test will be skipped`);
} else {
  say(`${chromium} is missing; installing Debian's chromium package`);
  const ok = run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']);
  if (ok && existsSync(chromium)) say(`installed ${chromium}`);
  else say('could not install chromium: the browser test will be skipped');
}
