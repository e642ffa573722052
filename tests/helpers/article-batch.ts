/**
 * A batch of articles in a temporary folder, large enough for worker threads (more than
 * `largeBatchFiles`), made from the fixture articles: two desks with their own configs, a file
 * switched off by a disable comment, an ignored file, a Latin-1 file, files with safe fixes, and
 * two unreadable files in the middle of the batch. Also a way to see whether a spawned CLI
 * started worker threads.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixturesRoot } from './fixtures.js';

/** Articles per desk: with both desks more than `largeBatchFiles` (50). */
export const perDesk = 32;

/** A PNG header: NUL bytes, so the file is refused as binary. */
const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]);

/** An article with safe fixes (dashes, double and trailing spaces). */
export const fixableArticle = 'Ad sales boost Time Warner profit\n\nProfits rose -- a record.  It said so. \n';

/** What a batch folder holds. */
export interface ArticleBatch {
  /** Paths relative to the batch folder of the files that are linted (not ignored), sorted. */
  readonly linted: readonly string[];
  /** The two unreadable files, in input order. */
  readonly unreadable: readonly [string, string];
  /** The ignored file. */
  readonly ignored: string;
  /** The file whose rules are all switched off by a comment. */
  readonly disabled: string;
  /** The Latin-1 (Windows-1252) file. */
  readonly latin: string;
  /** A file with a UTF-8 byte-order mark and safe fixes. */
  readonly bom: string;
}

/** The fixture article texts, as bytes (one has a byte-order mark, one CR line ends). */
function fixtureArticles(): Buffer[] {
  return readdirSync(path.join(fixturesRoot, 'articles'))
    .sort()
    .flatMap((name) => {
      const folder = path.join(fixturesRoot, 'articles', name);
      const input = readdirSync(folder).find((file) => file.startsWith('input.'));
      return input === undefined ? [] : [readFileSync(path.join(folder, input))];
    });
}

/**
 * Write a batch into a folder.
 *
 * @param dir The folder (empty).
 * @returns What it holds.
 */
export function writeArticleBatch(dir: string): ArticleBatch {
  const articles = fixtureArticles();
  const linted: string[] = [];
  const write = (name: string, content: string | Buffer, lint = true) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
    if (lint) linted.push(name);
  };
  for (const desk of ['city', 'world']) {
    for (let index = 0; index < perDesk; index++) {
      const name = `${desk}/story-${String(index).padStart(3, '0')}.txt`;
      // Every fifth article has safe fixes; the others are the fixtures in turn.
      write(name, index % 5 === 4 ? fixableArticle : (articles[index % articles.length] as Buffer));
    }
  }
  // The world desk is held to the strict preset: every rule on, as an error.
  write('world/.copydeskrc.json', JSON.stringify({ extends: 'strict' }), false);
  write('.copydeskignore', 'city/story-007.txt\n', false);
  const unreadable: [string, string] = ['city/story-010-photo.txt', 'world/story-020-photo.txt'];
  for (const name of unreadable) write(name, binary);
  const disabled = 'city/story-003-quiet.txt';
  write(disabled, `<!-- copydesk-disable -->\n${fixableArticle}`);
  const latin = 'world/story-005-latin.txt';
  write(latin, Buffer.from('Caf\xe9 owners protest rents\n\nPrices rose -- a record, the group said.\n', 'latin1'));
  const bom = 'world/story-006-bom.txt';
  write(bom, `\ufeff${fixableArticle}`);
  const ignored = 'city/story-007.txt';
  linted.splice(linted.indexOf(ignored), 1);
  linted.sort();
  return { linted, unreadable, ignored, disabled, latin, bom };
}

/**
 * Environment for a spawned CLI that logs each worker thread it starts to `threads.log` in a
 * folder (a module preloaded with `--import` runs in every thread).
 *
 * @param dir Where the marker module and the log go.
 * @returns The environment, and a function reading how many workers started since the last call.
 */
export function workerMarker(dir: string): { env: Record<string, string>; workersStarted: () => number } {
  const marker = path.join(dir, 'mark-workers.mjs');
  const log = path.join(dir, 'threads.log');
  writeFileSync(
    marker,
    [
      "import { appendFileSync } from 'node:fs';",
      "import { isMainThread, threadId } from 'node:worker_threads';",
      `if (!isMainThread) appendFileSync(${JSON.stringify(log)}, \`\${threadId}\\n\`);`,
      '',
    ].join('\n'),
  );
  writeFileSync(log, '');
  return {
    env: { NODE_OPTIONS: `--import ${pathToFileURL(marker).href}` },
    workersStarted() {
      const count = readFileSync(log, 'utf8').split('\n').filter(Boolean).length;
      writeFileSync(log, '');
      return count;
    },
  };
}

/**
 * A run's stderr with the summary's time made constant, for comparing runs.
 *
 * @param stderr The text.
 * @returns The text with `1.23s` at line ends as `N.NNs`.
 */
export function withoutTimes(stderr: string): string {
  return stderr.replace(/\d+\.\d\ds$/gm, 'N.NNs');
}
