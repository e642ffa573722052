/**
 * copydesk's version, from its package.json (src/ and dist/ are both one level down). Read on
 * first use, so that only callers who need it (a SARIF report without a version given) pay for
 * the file read.
 */
import { readFileSync } from 'node:fs';

let cached: string | undefined;

/**
 * The package version.
 *
 * @returns The `version` field of copydesk's package.json.
 */
export function packageVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;
  return cached;
}
