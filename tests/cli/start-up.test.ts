/**
 * The bundled CLI: `npm run build` bundles the CLI's entry points with esbuild
 * (`.ci/bundle-cli.mjs`) so that a run loads a few files instead of one per module. These tests
 * check that the bin runs the bundle, that converting one text file loads only what it needs,
 * and that worker threads start from the bundle. How fast it starts is measured by
 * `npm run bench`, not here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeBatchFiles } from '../../src/cli/jobs.js';
import { parse } from '../../src/parse.js';
import { toJson } from '../../src/write/json.js';
import { bin, root } from '../helpers/cli.js';

const seed = 'fixtures/seed/article.txt';
const dist = path.join(root, 'dist');

let dir: string;
/** `--import` value that logs the URL of every module loaded, to stderr as `LOAD <url>`. */
let logLoads: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-start-up-'));
  writeFileSync(
    path.join(dir, 'hooks.mjs'),
    // Written synchronously: the hooks run in a thread of their own, whose buffered writes can be
    // lost when the process ends.
    "import { writeSync } from 'node:fs';\nexport async function load(url, context, next) {\n  writeSync(2, 'LOAD ' + url + '\\n');\n  return next(url, context);\n}\n",
  );
  writeFileSync(
    path.join(dir, 'register.mjs'),
    "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n",
  );
  logLoads = pathToFileURL(path.join(dir, 'register.mjs')).href;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Run the bin with module loads logged; returns the output and the files loaded, relative to the root. */
function spawnLogged(
  argv: string[],
  cwd = root,
): { code: number | null; stdout: string; files: string[]; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', logLoads, bin, ...argv], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const files = [...result.stderr.matchAll(/^LOAD (file:\S+)$/gm)].map((match) =>
    path.relative(root, new URL(match[1] as string).pathname),
  );
  const stderr = result.stderr.replace(/^LOAD .*\n/gm, '');
  return { code: result.status, stdout: result.stdout, files, stderr };
}

/** The source modules bundled into the given output files, from esbuild's `// path` comments. */
function bundledModules(files: readonly string[]): Set<string> {
  const modules = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(path.join(root, file), 'utf8').matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)) {
      modules.add(match[1] as string);
    }
  }
  return modules;
}

describe('the CLI bundle', () => {
  it('should have bundled entry points and chunks in dist/cli', () => {
    for (const entry of ['index.js', 'worker.js', 'tasks/convert-file.js']) {
      expect(readFileSync(path.join(dist, 'cli', entry), 'utf8')).toMatch(
        /from "\.\.?\/(?:\.\.\/)?chunks\/[\w-]+\.js"/,
      );
    }
    const chunks = readdirSync(path.join(dist, 'cli', 'chunks'));
    expect(chunks.filter((name) => name.endsWith('.js.map')).length).toBe(
      chunks.filter((name) => name.endsWith('.js')).length,
    );
  });

  it('should convert the seed article loading bundle files only, and only what a text-to-JSON run needs', () => {
    const result = spawnLogged(['convert', seed]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      toJson(parse(readFileSync(path.join(root, seed), 'utf8'), { file: path.basename(seed) })),
    );

    const ours = result.files.filter((file) => !file.startsWith('..') && file !== 'bin/copydesk.js');
    expect(
      ours.filter((file) => !/^dist\/cli\/(?:index\.js|tasks\/convert-file\.js|chunks\/[\w-]+\.js)$/.test(file)),
    ).toEqual([]);
    const modules = [...bundledModules(ours)];
    expect(modules).toEqual(
      expect.arrayContaining([
        'src/cli/program.ts',
        'src/cli/commands/convert.ts',
        'src/detect/index.ts',
        'src/write/json.ts',
      ]),
    );
    const unneeded = modules.filter((module) =>
      /^src\/(?:lint|extract|write\/(?:html|markdown))\/|^src\/cli\/commands\/(?:lint|extract)\.ts$|^node_modules\/(?:unified|remark-|micromark|mdast-util-to-|hast-util-|yaml|lilconfig|ajv|diff|csv-stringify|ignore|tinyglobby)/.test(
        module,
      ),
    );
    expect(unneeded).toEqual([]);
  });

  it('should answer --version without loading the CLI', () => {
    const result = spawnLogged(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(result.files.filter((file) => file.startsWith('dist/'))).toEqual([]);
  });

  it('should run worker threads from the bundle, writing what one thread writes', () => {
    const drafts = path.join(dir, 'drafts');
    mkdirSync(drafts);
    const text = readFileSync(path.join(root, seed), 'utf8');
    for (let index = 0; index <= largeBatchFiles; index++) {
      writeFileSync(path.join(drafts, `story-${index}.txt`), `${text}\nStory number ${index}.\n`);
    }
    const outputs = (jobs: number) => {
      const result = spawnLogged(
        ['convert', 'drafts/*.txt', '--to', 'html', '--out-dir', `site-${jobs}`, '--jobs', String(jobs), '-q'],
        dir,
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const site = path.join(dir, `site-${jobs}`);
      const files = readdirSync(site).sort();
      return { loaded: result.files, pages: files.map((file) => [file, readFileSync(path.join(site, file), 'utf8')]) };
    };
    const one = outputs(1);
    const two = outputs(2);
    expect(one.loaded).not.toContain('dist/cli/worker.js');
    expect(two.loaded).toContain('dist/cli/worker.js');
    expect(two.pages).toHaveLength(largeBatchFiles + 1);
    expect(two.pages).toEqual(one.pages);
  });
});
