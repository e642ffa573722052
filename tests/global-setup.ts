/**
 * Build the CLI once before the tests, so that tests which spawn `bin/copydesk.js` run the
 * current sources (the bin imports the compiled `dist/`): tsc, then the CLI bundle, as
 * `npm run build` does (with the removal of outputs whose sources are gone in between).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  execFileSync(process.execPath, [fileURLToPath(new URL('../.ci/prune-dist.mjs', import.meta.url))], {
    cwd: root,
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [fileURLToPath(new URL('../.ci/bundle-cli.mjs', import.meta.url))], {
    cwd: root,
    stdio: 'inherit',
  });
}
