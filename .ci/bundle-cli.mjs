/**
 * Bundle the CLI with esbuild, after `tsc` has compiled `src/` to `dist/` (`npm run build`).
 *
 * Why: Node.js resolves, reads and compiles each ES module on its own, and converting one
 * article used to load about 60 files (the CLI, the readers, the detectors, commander, chalk);
 * that was most of the start-up time. The bundle overwrites the CLI's entry points in `dist/`
 * (`cli/index.js`, `cli/worker.js` and the batch tasks `cli/tasks/*.js`) with bundled versions,
 * code shared between them and each lazily loaded module (a command, a writer, the reporter) in
 * `dist/cli/chunks/`, so a run still loads only what it needs, in a few files. The library
 * (`dist/index.js` and the `.d.ts` files, the package's `exports`) stays as tsc wrote it, and
 * running `tsc` alone leaves a working, unbundled CLI.
 *
 * Modules that find files beside themselves with `import.meta.url` (the package.json, the
 * worker, the task modules) are given the URL their tsc output has in `dist/`: a first pass
 * finds which output file each module lands in, the second writes the bundle with each
 * `import.meta.url` replaced by that URL, computed from the output file's own.
 *
 * Then the whole CLI with its batch tasks goes into one CommonJS script, `dist/cli/main.cjs`, and
 * a V8 code cache of it is written after converting the seed article in this process
 * (`main.cjs.cache`): `bin/copydesk.js` runs that script with the cache (see
 * `src/cli/script-cache.ts`), which saves parsing and compiling what a conversion runs. The ES
 * module bundle above is what worker threads load, and what the bin falls back to when the
 * script is missing or not of the same build as `dist/cli/index.js` (after a `tsc` alone, or a
 * build that stopped half-way): each build's id ends the script and opens every ES module output
 * (`// copydesk-build <id>`). File times cannot tell: npm sets them when it installs the package,
 * file by file, so an installed `dist/cli/index.js` is often newer than the script.
 *
 * Usage: node .ci/bundle-cli.mjs
 */

import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');
const chunks = path.join(dist, 'cli', 'chunks');

const tasks = readdirSync(path.join(src, 'cli', 'tasks'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.replace(/\.ts$/, ''));
const entryPoints = ['src/cli/index.ts', 'src/cli/worker.ts', ...tasks.map((name) => `src/cli/tasks/${name}.ts`)];
const script = path.join(dist, 'cli', 'main.cjs');
/** A fresh id for this build: its ES module outputs and its script carry it (see bin/copydesk.js). */
const buildId = randomUUID();

/**
 * Where a source file's tsc output is: `src/cli/program.ts` → `dist/cli/program.js`.
 *
 * @param file Absolute path of a source file.
 * @returns Absolute path of its compiled module.
 */
const compiled = (file) => path.join(dist, path.relative(src, file)).replace(/\.ts$/, '.js');

/** `import(` not followed by a string literal: an import of a computed specifier. */
const computedImport = /\bimport\((?!\s*['"`])/g;

/**
 * The plugin that rewrites what depends on where the code runs:
 *
 * - `import.meta.url` in our sources becomes the URL of the module's tsc output in dist/;
 * - for the CommonJS script (`imports`), `import()` of computed specifiers (a task module's URL,
 *   a config file) becomes a call of `__copydeskImport`, which `runCachedScript` gives the
 *   script: a script run from a code cache cannot `import()` in Node.js 20. Imports of string
 *   literals are bundled as usual;
 * - commander requires `node:child_process` (with `net`, `dgram` and more, 1 ms) at load, for
 *   subcommands in executables of their own, which copydesk does not have: it is required when
 *   first used instead.
 *
 * @param homes Output file (absolute) of each source file (absolute), or one output file for all.
 * @param base The expression for the URL of the output file the code runs in.
 * @param imports Whether to rewrite computed imports.
 * @returns The esbuild plugin.
 */
function sourceRewrites(homes, base = 'import.meta.url', imports = false) {
  return {
    name: 'copydesk-source-rewrites',
    setup(builder) {
      builder.onLoad({ filter: /\.(?:ts|js|mjs|cjs)$/ }, (args) => {
        const ours = args.path.startsWith(src + path.sep);
        const commander = args.path.endsWith(path.join('node_modules', 'commander', 'lib', 'command.js'));
        if (!ours && !imports && !commander) return undefined;
        let text = readFileSync(args.path, 'utf8');
        const original = text;
        if (commander) {
          text = text.replace(
            "const childProcess = require('node:child_process');",
            "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };",
          );
        }
        if (ours && text.includes('import.meta.url')) {
          const home = (typeof homes === 'string' ? homes : homes.get(args.path)) ?? path.join(dist, 'cli', 'index.js');
          const relative = path.relative(path.dirname(home), compiled(args.path)).split(path.sep).join('/');
          const url = `new URL(${JSON.stringify(relative.startsWith('.') ? relative : `./${relative}`)}, ${base}).href`;
          text = text.replaceAll('import.meta.url', url);
        }
        if (imports) text = text.replace(computedImport, '__copydeskImport(');
        if (text === original) return undefined;
        return { contents: text, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
}

/** @type {import('esbuild').BuildOptions} */
const options = {
  absWorkingDir: root,
  entryPoints,
  outbase: 'src',
  outdir: 'dist',
  chunkNames: 'cli/chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // No target: the code runs as written, as it does unbundled. esbuild's `node20` target would
  // rewrite regular expressions with `\p{…}` into `new RegExp(…)` calls, made on every call.
  target: 'esnext',
  sourcemap: true,
  logLevel: 'warning',
  // The build's id, first (the bin compares it with the script's); then, as CommonJS dependencies
  // (commander) require Node.js built-ins and ES module output has no `require` of its own, one.
  banner: {
    js: `// copydesk-build ${buildId}\nimport { createRequire as __copydeskCreateRequire } from 'node:module';\nconst require = __copydeskCreateRequire(import.meta.url);`,
  },
};

// Pass 1: where each source module lands.
const first = await build({ ...options, write: false, metafile: true, plugins: [sourceRewrites(new Map())] });
const homes = new Map();
for (const [output, { inputs }] of Object.entries(first.metafile.outputs)) {
  if (!output.endsWith('.js')) continue;
  for (const input of Object.keys(inputs)) homes.set(path.join(root, input), path.join(root, output));
}

// Pass 2: the bundle, with each module's URL pointing into dist/.
const second = await build({ ...options, metafile: true, plugins: [sourceRewrites(homes)] });
for (const [output, { inputs }] of Object.entries(second.metafile.outputs)) {
  if (!output.endsWith('.js')) continue;
  for (const input of Object.keys(inputs)) {
    // Chunk names change with their contents; their folder does not.
    const before = homes.get(path.join(root, input));
    if (before === undefined || path.dirname(before) !== path.dirname(path.join(root, output))) {
      throw new Error(`${input} moved from ${before} to ${output} between passes`);
    }
  }
}

// Chunks of earlier builds go; those of this one were overwritten in place, so a CLI started
// while this runs (another test run) finds them.
const written = new Set(Object.keys(second.metafile.outputs).map((output) => path.join(root, output)));
for (const name of readdirSync(chunks)) {
  if (!written.has(path.join(chunks, name))) rmSync(path.join(chunks, name), { force: true });
}

// The loader of the script, for the bin (CommonJS, see bin/package.json); written before the
// script, whose build id the bin takes as the sign of a complete build.
await build({
  ...options,
  entryPoints: ['src/cli/script-cache.ts'],
  outbase: undefined,
  outdir: undefined,
  chunkNames: undefined,
  splitting: false,
  format: 'cjs',
  outfile: path.join(dist, 'cli', 'script-cache.cjs'),
  banner: undefined,
  plugins: [],
});

// The CLI as one CommonJS script, its tasks provided to `loadTask` under the URLs that task
// references name them with (their ES module bundles' URLs).
const scriptUrl = '__copydeskScriptUrl';
await build({
  ...options,
  entryPoints: undefined,
  outbase: undefined,
  outdir: undefined,
  chunkNames: undefined,
  splitting: false,
  format: 'cjs',
  outfile: script,
  stdin: {
    contents: [
      "export { installSignalHandlers, run } from './index.js';",
      "import { provideTaskModules } from './task.js';",
      'provideTaskModules({',
      ...tasks.map(
        (name) => `  [new URL('./tasks/${name}.js', ${scriptUrl}).href]: () => import('./tasks/${name}.js'),`,
      ),
      '});',
    ].join('\n'),
    resolveDir: path.join(src, 'cli'),
    sourcefile: 'src/cli/main.ts',
    loader: 'ts',
  },
  banner: { js: `var ${scriptUrl} = require('node:url').pathToFileURL(__filename).href;` },
  // Dependencies that find files with `import.meta.url` (fdir's `createRequire`) get the script's.
  define: { 'import.meta.url': scriptUrl },
  plugins: [sourceRewrites(script, scriptUrl, true)],
});

// esbuild leaves characters outside ASCII in regular expressions and comments; escaped, the
// script reads faster (see script-cache.ts). Escapes mean the same in strings, regular
// expressions, identifiers and (cooked) template literals; only the columns of the source map
// after them on their line are off.
const bundled = readFileSync(script, 'utf8');
const ascii = bundled.replace(
  /[^\0-\x7f]/g,
  (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
);
// The build's id, which its code cache names (see script-cache.ts) and the bin matches with
// `dist/cli/index.js`'s.
writeFileSync(script, `${ascii.trimEnd()}\n//# copydesk-build ${buildId}\n`);

// The code cache: run a conversion so that the functions it needs are compiled, then save them.
const { cacheFile, runCachedScript } = await import(pathToFileURL(path.join(dist, 'cli', 'script-cache.js')).href);
rmSync(cacheFile(script), { force: true });
const cli = runCachedScript(script);
for (const argv of [['convert', 'fixtures/seed/article.txt']]) {
  const stdout = new PassThrough().resume();
  const stderr = new PassThrough();
  let messages = '';
  stderr.on('data', (chunk) => {
    messages += chunk;
  });
  const io = { stdin: Readable.from([]), stdout, stderr, cwd: root, env: {}, stderrIsTty: false, stdinIsTty: true };
  const code = await cli.exports.run(argv, io);
  if (code !== 0)
    throw new Error(`copydesk ${argv.join(' ')} (warming up the code cache): exit code ${code}\n${messages}`);
}
cli.writeCache();
