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
 * Usage: node .ci/bundle-cli.mjs
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');
const chunks = path.join(dist, 'cli', 'chunks');

const entryPoints = [
  'src/cli/index.ts',
  'src/cli/worker.ts',
  ...readdirSync(path.join(src, 'cli', 'tasks'))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `src/cli/tasks/${name}`),
];

/**
 * Where a source file's tsc output is: `src/cli/program.ts` → `dist/cli/program.js`.
 *
 * @param file Absolute path of a source file.
 * @returns Absolute path of its compiled module.
 */
const compiled = (file) => path.join(dist, path.relative(src, file)).replace(/\.ts$/, '.js');

/**
 * The plugin that replaces `import.meta.url` in our sources.
 *
 * @param homes Output file (absolute) of each source file (absolute); empty in the first pass.
 * @returns The esbuild plugin.
 */
function moduleUrls(homes) {
  return {
    name: 'copydesk-module-urls',
    setup(builder) {
      builder.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!args.path.startsWith(src + path.sep)) return undefined;
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const home = homes.get(args.path) ?? path.join(dist, 'cli', 'index.js');
        const relative = path.relative(path.dirname(home), compiled(args.path)).split(path.sep).join('/');
        const url = `new URL(${JSON.stringify(relative.startsWith('.') ? relative : `./${relative}`)}, import.meta.url).href`;
        return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
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
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // CommonJS dependencies (commander) require Node.js built-ins; ES module output has no
  // `require` of its own.
  banner: {
    js: "import { createRequire as __copydeskCreateRequire } from 'node:module';\nconst require = __copydeskCreateRequire(import.meta.url);",
  },
};

// Pass 1: where each source module lands.
const first = await build({ ...options, write: false, metafile: true, plugins: [moduleUrls(new Map())] });
const homes = new Map();
for (const [output, { inputs }] of Object.entries(first.metafile.outputs)) {
  if (!output.endsWith('.js')) continue;
  for (const input of Object.keys(inputs)) homes.set(path.join(root, input), path.join(root, output));
}

// Pass 2: the bundle, with each module's URL pointing into dist/.
const second = await build({ ...options, metafile: true, plugins: [moduleUrls(homes)] });
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
