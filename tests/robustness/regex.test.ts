/**
 * No regular expression in the readers and detectors may backtrack catastrophically.
 *
 * Every regex literal in `src/read` and `src/detect` is found by parsing the sources, and every
 * `new RegExp(…)` is caught as it is built (at import, and while parsing the fixtures), then each
 * is analysed by recheck, which proves a pattern linear or finds an attack string. A pattern
 * recheck calls vulnerable is allowed only when the code bounds the length of the text it runs
 * on; the allow-list below says where. (A stale entry is harmless; remove it when its pattern
 * goes.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// Not taken from tests/helpers/cli.ts: importing it would load the detectors before the capture.
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Folders whose regular expressions run on article text. */
const scanned = ['src/read', 'src/detect'];

/**
 * Patterns recheck reports as polynomial that only ever see bounded text, keyed by file and
 * source. Each entry names the bound; remove an entry when its pattern changes or goes.
 */
const bounded: Record<string, string> = {
  'src/detect/byline.ts /\\s+[|•·]\\s+/': 'parseByline returns early for text over 300 characters',
  "src/detect/byline.ts /\\s+in\\s+\\p{Lu}[\\p{L}.' -]*$/u": 'parseByline: text of at most 300 characters',
  'src/detect/byline.ts /\\s*,\\s*/': 'parseByline: text of at most 300 characters',
  'src/detect/byline.ts /\\s+(?:and|AND|And|&)\\s+|^(?:and|AND|And)\\s+/':
    'parseByline: text of at most 300 characters',
  'src/detect/headline.ts /(?:\\b(?:\\p{Lu}\\.)+|\\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|Plc|PLC|INC|CORP|CO|LTD)\\.)$/u':
    'looksLikeHeadline returns early for text over 200 characters',
  "src/detect/source-tags.ts /\\s+in\\s+\\p{Lu}[\\p{L}.' -]*$/u": 'parseSourceTags: at most 300 characters',
  'src/detect/source-tags.ts /\\s*;\\s*/': 'parseSourceTags returns early for text over 300 characters',
  'src/detect/source-tags.ts /\\s*,\\s*|\\s+and\\s+|\\s*&\\s*/': 'parseSourceTags: at most 300 characters',
  'src/detect/source-tags.ts /\\s*[,/;]\\s*|\\s+and\\s+/': 'parseSourceTags: at most 300 characters',
  'src/detect/source-tags.ts /\\s*,\\s*(?:and\\s+)?|\\s+and\\s+/':
    'parseContributors, from parseSourceTags: at most 300 characters',
  'src/detect/source-tags.ts /^(additional reporting|reporting|editing|writing|compiled|compiling|research|photos?|graphics|translation|translated|produced|production|sub-?editing)(?: and (editing|writing|reporting))? by\\s+(.+)$/i':
    'parseSourceTags: at most 300 characters',
  'src/read/sniff.ts /^---\\r?\\n[\\s\\S]*?\\r?\\n---\\r?$/m':
    'looksLikeMarkdown reads the first 64 KiB only, and every `---` line that can start a match ends the previous one',
};

interface Found {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(path.join(root, directory), { withFileTypes: true })) {
      const relative = `${directory}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(relative);
    }
  };
  for (const directory of scanned) walk(directory);
  return files.sort();
}

/** Regex literals, and the places where a RegExp is constructed, found in the sources. */
function scanSources(): { literals: Found[]; constructions: Array<{ file: string; line: number }> } {
  const literals: Found[] = [];
  const constructions: Array<{ file: string; line: number }> = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const lineOf = (node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sourceFile);
        const slash = literal.lastIndexOf('/');
        literals.push({ file, line: lineOf(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        constructions.push({ file, line: lineOf(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { literals, constructions };
}

/** RegExps built with the constructor while `action` runs, with the stack that built them. */
async function captureConstructed(action: () => Promise<void>): Promise<Array<{ regex: RegExp; stack: string }>> {
  const original = globalThis.RegExp;
  const built: Array<{ regex: RegExp; stack: string }> = [];
  const record = (regex: RegExp) => {
    built.push({ regex, stack: new Error('capture').stack ?? '' });
    return regex;
  };
  const proxy: RegExpConstructor = new Proxy(original, {
    construct: (target, args, newTarget) =>
      record(Reflect.construct(target, args, newTarget === proxy ? target : newTarget) as RegExp),
    apply: (target, thisArg, args) => record(Reflect.apply(target, thisArg, args) as RegExp),
  });
  globalThis.RegExp = proxy;
  try {
    await action();
  } finally {
    globalThis.RegExp = original;
  }
  return built;
}

function analyse(source: string, flags: string): Diagnostics {
  // Generous timeout: an analysis that times out is reported as `unknown`, which fails below.
  return checkSync(source, flags, { timeout: 20_000 });
}

describe('regular expressions in src/read and src/detect', () => {
  const { literals, constructions } = scanSources();
  let constructed: Found[] = [];
  let unseen: Array<{ file: string; line: number }> = [];

  beforeAll(async () => {
    const built = await captureConstructed(async () => {
      // Imported here, not at the top, so module-level `new RegExp` calls run under the capture.
      for (const file of sourceFiles()) await import(path.join(root, file));
      const { parse } = await import('../../src/parse.js');
      for (const fixture of ['fixtures/seed/article.txt', 'fixtures/every-kind/input.txt']) {
        const text = readFileSync(path.join(root, fixture), 'utf8');
        parse(text, { from: 'text' });
        parse(text, { from: 'markdown' });
      }
    });
    constructed = [];
    unseen = constructions.filter((site) => !built.some((entry) => entry.stack.includes(`${site.file}:${site.line}:`)));
    for (const entry of built) {
      const frame = /\/(src\/(?:read|detect)\/[^:)]+\.ts):(\d+):/.exec(entry.stack);
      if (!frame) continue;
      constructed.push({
        file: frame[1] ?? '',
        line: Number(frame[2]),
        source: entry.regex.source,
        flags: entry.regex.flags,
      });
    }
  }, 60_000);

  it('should find the regular expressions to check', () => {
    expect(literals.length).toBeGreaterThan(20);
    expect(constructions.length).toBeGreaterThan(0);
  });

  it('should build every `new RegExp` of the sources while it watches', () => {
    // A construction site the capture never saw would escape the check below.
    expect(unseen).toEqual([]);
  });

  it('should have no pattern that backtracks catastrophically on unbounded text', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const found of [...literals, ...constructed]) {
      const key = `${found.file} /${found.source}/${found.flags}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const result = analyse(found.source, found.flags);
      if (result.status === 'safe') continue;
      if (result.status === 'vulnerable' && result.complexity.type === 'polynomial' && bounded[key]) continue;
      const detail =
        result.status === 'vulnerable'
          ? `${result.complexity.summary}; attack ${result.attack.pattern}`
          : result.status === 'unknown'
            ? `could not be analysed (${result.error.kind})`
            : '';
      problems.push(`${found.file}:${found.line} /${found.source}/${found.flags} is ${result.status}: ${detail}`);
    }
    expect(problems, 'make the pattern linear, or bound its input and add it to `bounded` with the bound').toEqual([]);
  }, 120_000);
});
