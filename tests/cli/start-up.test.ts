/**
 * The bundled CLI (`npm run build` runs `.ci/bundle-cli.mjs` after tsc): the bin (CommonJS) runs the CLI as
 * one script with V8's code cache (`dist/cli/main.cjs`), falls back to the ES module bundle when
 * that script is missing or out of date, and worker threads start from the ES module bundle.
 * How fast it starts is measured by `npm run bench`, not here.
 */
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { largeBatchFiles } from '../../src/cli/jobs.js';
import { parse } from '../../src/parse.js';
import { toJson } from '../../src/write/json.js';
import { bin, root } from '../helpers/cli.js';

const seed = 'fixtures/seed/article.txt';
const seedJson = () => toJson(parse(readFileSync(path.join(root, seed), 'utf8'), { file: path.basename(seed) }));

let dir: string;
/** `--import` value that logs the URL of every ES module loaded, to stderr as `LOAD <url>`. */
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
    [
      "import { writeSync } from 'node:fs';",
      "import { register } from 'node:module';",
      "register('./hooks.mjs', import.meta.url);",
      "process.on('exit', () => writeSync(2, process.moduleLoadList.filter((name) => name.startsWith('NativeModule ')).map((name) => 'BUILTIN ' + name.slice(13) + '\\n').join('')));",
      '',
    ].join('\n'),
  );
  // Runs the ES module bundle the way the bin falls back to it.
  writeFileSync(
    path.join(dir, 'modules.mjs'),
    `const { run } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/cli/index.js')).href)});\nprocess.exitCode = await run(process.argv.slice(2));\n`,
  );
  logLoads = pathToFileURL(path.join(dir, 'register.mjs')).href;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Logged {
  code: number | null;
  stdout: string;
  stderr: string;
  /** ES modules loaded, relative to `base`. */
  files: string[];
  /** Node.js's built-in modules loaded (internal ones too). */
  builtins: string[];
}

/** Run a script with ES module loads logged. */
function spawnLogged(
  script: string,
  argv: string[],
  options: { cwd?: string; base?: string; nodeFlags?: string[]; env?: Record<string, string> } = {},
): Logged {
  const result = spawnSync(process.execPath, ['--import', logLoads, ...(options.nodeFlags ?? []), script, ...argv], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  const files = [...result.stderr.matchAll(/^LOAD (file:\S+)$/gm)].map((match) =>
    path.relative(options.base ?? root, new URL(match[1] as string).pathname),
  );
  const builtins = [...result.stderr.matchAll(/^BUILTIN (\S+)$/gm)].map((match) => match[1] as string);
  const stderr = result.stderr.replace(/^(?:LOAD|BUILTIN) .*\n/gm, '');
  return { code: result.status, stdout: result.stdout, stderr, files, builtins };
}

/** Our files among the loaded ones (not the hooks). */
const ours = (files: readonly string[]) => files.filter((file) => !file.startsWith('..'));

/** The source modules bundled into the given output files, from esbuild's `// path` comments. */
function bundledModules(files: readonly string[]): string[] {
  const modules = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(path.join(root, file), 'utf8').matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)) {
      modules.add(match[1] as string);
    }
  }
  return [...modules];
}

describe('the CLI script with its code cache', () => {
  it('should start from a CommonJS bin, which Node.js runs without its ES module loader', () => {
    expect(JSON.parse(readFileSync(path.join(root, 'bin/package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
  });

  it('should convert the seed article from the script, loading no ES module of dist/', () => {
    const result = spawnLogged(bin, ['convert', seed]);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: seedJson() });
    expect(ours(result.files)).toEqual(['bin/copydesk.js']);
    // commander's subcommand executables, which copydesk does not have (see .ci/bundle-cli.mjs).
    expect(result.builtins).toContain('fs');
    expect(result.builtins).not.toContain('child_process');
  });

  it('should have a code cache that this Node.js accepts', () => {
    const result = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { runCachedScript } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/cli/script-cache.js')).href)});
        process.stdout.write(String(runCachedScript(${JSON.stringify(path.join(root, 'dist/cli/main.cjs'))}).cacheRejected));`,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('false');
  });

  it('should import an ES module config file from the script', () => {
    const project = path.join(dir, 'project');
    mkdirSync(project);
    writeFileSync(
      path.join(project, 'story.txt'),
      'Quake rattles Chile\n\nA quake shook the north of the country today.\n',
    );
    writeFileSync(
      path.join(project, 'copydesk.config.mjs'),
      "export default { rules: { 'sentence-length': ['error', { max: 3 }] } };\n",
    );
    const result = spawnLogged(bin, ['lint', 'story.txt', '--format', 'compact'], { cwd: project });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('story.txt:3:1: error sentence-length');
    expect(result.code).toBe(1);
    expect(ours(result.files.map((file) => path.relative(root, path.resolve(root, file))))).not.toContain(
      'dist/cli/index.js',
    );
  });

  it('should be ASCII, which reads faster', () => {
    expect(isAscii(readFileSync(path.join(root, 'dist/cli/main.cjs')))).toBe(true);
  });

  it('should keep regular expression literals rather than build them on every call', () => {
    const script = readFileSync(path.join(root, 'dist/cli/main.cjs'), 'utf8');
    expect(script).not.toMatch(/new RegExp\("[^"]*\\\\p\{/);
    expect(script).toMatch(/\/[^/\n]*\\p\{L[^/\n]*\/[dgimsy]*u/);
  });

  it('should answer --version without loading the CLI', () => {
    const result = spawnLogged(bin, ['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `${(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version}\n`,
    );
    expect(ours(result.files)).toEqual(['bin/copydesk.js']);
  });

  describe('in a copy of the build', () => {
    let copy: string;

    beforeAll(() => {
      copy = path.join(dir, 'copy');
      mkdirSync(path.join(copy, 'dist'), { recursive: true });
      cpSync(path.join(root, 'bin'), path.join(copy, 'bin'), { recursive: true });
      cpSync(path.join(root, 'package.json'), path.join(copy, 'package.json'));
      cpSync(path.join(root, 'dist', 'cli'), path.join(copy, 'dist', 'cli'), {
        recursive: true,
        preserveTimestamps: true,
      });
    });

    // Runtime caches go to a folder of the test's, not the user's.
    let runtime: string;
    let runtimeRuns = 0;
    const convert = (options: { nodeFlags?: string[]; env?: Record<string, string> } = {}) =>
      spawnLogged(path.join(copy, 'bin', 'copydesk.js'), ['convert', seed], {
        base: copy,
        ...options,
        env: { COPYDESK_COMPILE_CACHE: runtime, ...options.env },
      });
    const runtimeCaches = () => (existsSync(runtime) ? readdirSync(runtime) : []);

    beforeEach(() => {
      runtime = path.join(dir, `runtime-${runtimeRuns++}`);
    });

    it('should save no cache of its own when the build cache fits', () => {
      expect(convert()).toMatchObject({ code: 0, stderr: '', stdout: seedJson() });
      expect(runtimeCaches()).toEqual([]);
    });

    it('should save a cache of its own under V8 flags the build cache was not made with, and start from it next time', () => {
      // Another stack size: V8 refuses a code cache made under other flags.
      const nodeFlags = ['--stack-size=900'];
      expect(convert({ nodeFlags })).toMatchObject({ code: 0, stderr: '', stdout: seedJson() });
      const [name, ...others] = runtimeCaches();
      expect(others).toEqual([]);
      expect(name).toMatch(new RegExp(`^main-[\\w-]+-${process.versions.v8.replace(/\./g, '\\.')}-\\w+\\.cache$`));
      const saved = statSync(path.join(runtime, name as string));
      expect(saved.size).toBeGreaterThan(100_000);
      expect(convert({ nodeFlags })).toMatchObject({ code: 0, stderr: '', stdout: seedJson() });
      // Accepted, so not written again (a rewrite is renamed into place: a new inode).
      expect(statSync(path.join(runtime, name as string)).ino).toBe(saved.ino);
      expect(runtimeCaches()).toEqual([name]);
    });

    it('should save no cache of its own with COPYDESK_DISABLE_COMPILE_CACHE set', () => {
      const result = convert({ nodeFlags: ['--stack-size=900'], env: { COPYDESK_DISABLE_COMPILE_CACHE: '1' } });
      expect(result).toMatchObject({ code: 0, stderr: '', stdout: seedJson() });
      expect(runtimeCaches()).toEqual([]);
    });

    it('should run the script when its cache is refused, and save a cache of its own', () => {
      writeFileSync(path.join(copy, 'dist/cli/main.cjs.cache'), 'not a code cache');
      const result = convert();
      expect(result).toMatchObject({ code: 0, stderr: '', stdout: seedJson() });
      expect(ours(result.files)).toEqual(['bin/copydesk.js']);
      expect(runtimeCaches()).toHaveLength(1);
    });

    it('should run the script whatever times its files have, as npm gives them when it installs the package', () => {
      // npm writes each file of the package at install time, in no set order: the ES modules can
      // be newer than the script of their own build.
      const later = new Date(Date.now() + 60_000);
      utimesSync(path.join(copy, 'dist/cli/index.js'), later, later);
      const result = convert();
      expect(result).toMatchObject({ code: 0, stderr: '', stdout: seedJson() });
      expect(ours(result.files)).toEqual(['bin/copydesk.js']);
    });

    it('should fall back to the ES modules when they are not of the build of the script (tsc ran alone)', () => {
      // What tsc writes has no build id; the copy keeps the bundle's imports of its chunks.
      const index = path.join(copy, 'dist/cli/index.js');
      const text = readFileSync(index, 'utf8');
      expect(text).toMatch(/^\/\/ copydesk-build [\w-]+\n/);
      writeFileSync(index, text.replace(/^\/\/ copydesk-build [\w-]+\n/, ''));
      const result = convert();
      expect(result).toMatchObject({ code: 0, stderr: '', stdout: seedJson() });
      expect(ours(result.files)).toContain('dist/cli/index.js');
    });

    it('should fall back to the ES modules when there is no script', () => {
      rmSync(path.join(copy, 'dist/cli/main.cjs'));
      const result = convert();
      expect(result).toMatchObject({ code: 0, stderr: '', stdout: seedJson() });
      expect(ours(result.files)).toContain('dist/cli/index.js');
    });
  });
});

describe('the ES module bundle', () => {
  it('should have bundled entry points and chunks in dist/cli', () => {
    for (const entry of ['index.js', 'worker.js', 'tasks/convert-file.js']) {
      expect(readFileSync(path.join(root, 'dist/cli', entry), 'utf8')).toMatch(
        /from "\.\.?\/(?:\.\.\/)?chunks\/[\w-]+\.js"/,
      );
    }
    const chunks = readdirSync(path.join(root, 'dist/cli/chunks'));
    expect(chunks.filter((name) => name.endsWith('.js.map')).length).toBe(
      chunks.filter((name) => name.endsWith('.js')).length,
    );
  });

  it('should convert the seed article loading bundle files only, and only what a text-to-JSON run needs', () => {
    const result = spawnLogged(path.join(dir, 'modules.mjs'), ['convert', seed]);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: seedJson() });
    const loaded = ours(result.files);
    expect(
      loaded.filter((file) => !/^dist\/cli\/(?:index\.js|tasks\/convert-file\.js|chunks\/[\w-]+\.js)$/.test(file)),
    ).toEqual([]);
    const modules = bundledModules(loaded);
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

  it('should run worker threads from it, writing what one thread writes', () => {
    const drafts = path.join(dir, 'drafts');
    mkdirSync(drafts);
    const text = readFileSync(path.join(root, seed), 'utf8');
    for (let index = 0; index <= largeBatchFiles; index++) {
      writeFileSync(path.join(drafts, `story-${index}.txt`), `${text}\nStory number ${index}.\n`);
    }
    const outputs = (jobs: number) => {
      const result = spawnLogged(
        bin,
        ['convert', 'drafts/*.txt', '--to', 'html', '--out-dir', `site-${jobs}`, '--jobs', String(jobs), '-q'],
        { cwd: dir },
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
