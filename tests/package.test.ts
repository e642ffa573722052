/**
 * The package as a stranger installs it: what `npm pack` ships, and that the shipped library
 * modules and their types need nothing but the package's own `dependencies`. An isolated install
 * (pnpm, Yarn PnP, npm's `--install-strategy=linked`) gives a package only those: a type package
 * that happens to be hoisted beside it under a plain `npm install` is not there, and a consumer's
 * `tsc` then fails in copydesk's `.d.ts` files (`Cannot find module 'mdast'`) and loses the
 * augmentation of mdast's content maps.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers/cli.js';

interface PackageJson {
  bin: Record<string, string>;
  main: string;
  types: string;
  exports: Record<string, string | Record<string, string>>;
  dependencies: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;

/** Paths in the tarball, relative to the package root, as `npm pack` lists them. */
let packed: Set<string>;
/** The unpacked size in bytes, as `npm pack` gives it. */
let unpackedSize: number;

beforeAll(() => {
  // `--ignore-scripts`: the test setup has built dist/ already; `prepare` would build it again.
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [result] = JSON.parse(output) as [{ files: { path: string }[]; unpackedSize: number }];
  packed = new Set(result.files.map((file) => file.path));
  unpackedSize = result.unpackedSize;
}, 60_000);

/**
 * The package a bare specifier loads: `csv-stringify/sync` → `csv-stringify`,
 * `@commander-js/extra-typings` → itself.
 *
 * @param specifier A bare module specifier.
 * @returns The package name.
 */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/**
 * Whether a specifier names a Node.js built-in module.
 *
 * @param specifier A bare module specifier.
 * @returns True for `node:fs`, `fs`, `fs/promises`, ….
 */
function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier);
}

/** Module specifiers in import and export statements at the start of a line (not in doc comments). */
const statement = /^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gm;
/** `import('…')`, `require('…')` and `declare module '…'` with a string literal. */
const call = /(?:\bimport|\brequire)\(\s*['"]([^'"]+)['"]\s*\)|^\s*declare module\s+['"]([^'"]+)['"]/gm;

/**
 * The files a shipped module loads, following relative specifiers from an entry point, and the
 * bare specifiers they name.
 *
 * @param entry Entry file, relative to the package root (`dist/index.js`, `dist/index.d.ts`).
 * @returns The files reached (relative to the package root) and each bare specifier with a file naming it.
 */
function moduleGraph(entry: string): { files: Set<string>; bare: Map<string, string> } {
  const files = new Set<string>();
  const bare = new Map<string, string>();
  const declarations = entry.endsWith('.d.ts');
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(path.join(root, file), 'utf8');
    const specifiers = [...text.matchAll(statement)].map((match) => match[1]);
    for (const match of text.matchAll(call)) specifiers.push(match[1] ?? match[2]);
    for (const specifier of specifiers) {
      if (specifier === undefined) continue;
      if (specifier.startsWith('.')) {
        const target = path.posix.join(path.posix.dirname(file), specifier);
        queue.push(declarations ? target.replace(/\.js$/, '.d.ts') : target);
      } else if (!bare.has(specifier)) {
        bare.set(specifier, file);
      }
    }
  }
  return { files, bare };
}

describe('the npm package', () => {
  it('should ship source maps that need no file it leaves out (src/ is not shipped)', () => {
    const broken: string[] = [];
    for (const file of [...packed].filter((name) => name.endsWith('.map'))) {
      const map = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      map.sources.forEach((source, index) => {
        const shipped = packed.has(path.posix.join(path.posix.dirname(file), source));
        if (!shipped && typeof map.sourcesContent?.[index] !== 'string') broken.push(`${file}: ${source}`);
      });
    }
    // Bundlers and coverage tools warn for every one (Vite: "points to missing source files").
    expect({ count: broken.length, first: broken.slice(0, 5) }).toEqual({ count: 0, first: [] });
  });

  it('should ship the entry points that package.json names, and the bin', () => {
    const entries = [
      'package.json',
      'README.md',
      manifest.main,
      manifest.types,
      ...Object.values(manifest.bin),
      ...Object.values(manifest.exports).flatMap((target) =>
        typeof target === 'string' ? [target] : Object.values(target),
      ),
      // What bin/copydesk.js loads: its CommonJS marker, the bundled CLI, its loader and the fallback.
      'bin/package.json',
      'dist/cli/main.cjs',
      'dist/cli/script-cache.cjs',
      'dist/cli/index.js',
      'dist/cli/worker.js',
    ].map((entry) => path.posix.normalize(entry));
    expect(entries.filter((entry) => !packed.has(entry))).toEqual([]);
  });

  it("should ship no module of a source that src/ no longer has (tsc's outputs are pruned)", () => {
    const bundleOnly = /^dist\/cli\/(?:chunks\/|main\.cjs|script-cache\.cjs)/;
    const orphans = [...packed].filter(
      (file) =>
        file.startsWith('dist/') &&
        !bundleOnly.test(file) &&
        !existsSync(path.join(root, file.replace(/^dist\//, 'src/').replace(/(?:\.d\.ts|\.js)(?:\.map)?$/, '.ts'))),
    );
    expect(orphans).toEqual([]);
  });

  it('should prune from dist/ the outputs of removed sources, and nothing else (.ci/prune-dist.mjs)', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-prune-'));
    try {
      const write = (file: string) => {
        mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
        writeFileSync(path.join(folder, file), '');
      };
      for (const file of ['src/kept.ts', 'src/cli/index.ts', 'src/tree/schema.json']) write(file);
      const kept = [
        'dist/kept.js',
        'dist/kept.js.map',
        'dist/kept.d.ts',
        'dist/cli/index.js',
        'dist/cli/chunks/chunk-ABC.js',
        'dist/cli/main.cjs',
        'dist/cli/main.cjs.map',
        'dist/cli/main.cjs.cache',
        'dist/cli/script-cache.cjs',
        'dist/tree/schema.json',
      ];
      const gone = ['dist/gone.js', 'dist/gone.js.map', 'dist/gone.d.ts', 'dist/old/visit.js', 'dist/cli/old.js'];
      for (const file of [...kept, ...gone]) write(file);
      execFileSync(process.execPath, [path.join(root, '.ci', 'prune-dist.mjs'), folder], { stdio: 'pipe' });
      const left = readdirSync(path.join(folder, 'dist'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
      expect(left.sort()).toEqual(kept.sort());
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('should ship no tests, fixtures, sources, build scripts or scratch files, and stay small', () => {
    const junk = [...packed].filter(
      (file) =>
        /^(?:tests|fixtures|bench|\.ci|node_modules|coverage|tmp)\//.test(file) ||
        (file.startsWith('src/') && file !== 'src/tree/schema.json') ||
        /\.(?:tsbuildinfo|tgz|log)$/.test(file),
    );
    expect(junk).toEqual([]);
    expect(unpackedSize).toBeLessThan(16 * 1024 * 1024);
  });

  it('should ship every module the library loads, and need only its dependencies at run time', () => {
    const { files, bare } = moduleGraph(manifest.main.replace(/^\.\//, ''));
    expect([...files].filter((file) => !packed.has(file))).toEqual([]);
    const missing = [...bare]
      .filter(([specifier]) => !isBuiltin(specifier) && !(packageName(specifier) in manifest.dependencies))
      .map(([specifier, file]) => `${specifier} (${file})`);
    expect(missing).toEqual([]);
  });

  it("should ship the library's types with every package they import among its dependencies", () => {
    const { files, bare } = moduleGraph(manifest.types.replace(/^\.\//, ''));
    expect(files.has('dist/tree/types.d.ts')).toBe(true);
    expect([...files].filter((file) => !packed.has(file))).toEqual([]);
    // `mdast` has no code, only `@types/mdast`: TypeScript looks in both places.
    const missing = [...bare]
      .filter(([specifier]) => {
        if (isBuiltin(specifier)) return false;
        const name = packageName(specifier);
        const types = `@types/${name.replace(/^@/, '').replace('/', '__')}`;
        return !(name in manifest.dependencies) && !(types in manifest.dependencies);
      })
      .map(([specifier, file]) => `${specifier} (${file})`);
    expect(missing).toEqual([]);
    // Node.js's types would make consumers install @types/node; none of the public types need them.
    expect([...bare.keys()].filter(isBuiltin)).toEqual([]);
  });
});
