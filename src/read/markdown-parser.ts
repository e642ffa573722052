/**
 * The Markdown reader's dependencies, loaded on first use: unified with remark-parse (micromark)
 * and yaml take about 90 ms to load and 6 MB in every thread, while most input is plain text
 * and never needs them. Loading them with `require` (of ES modules, Node.js ≥ 20.19) rather than
 * `import()` keeps `readMarkdown`, and so `parse`, synchronous.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function createParser() {
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  const remarkFrontmatter = (require('remark-frontmatter') as typeof import('remark-frontmatter')).default;
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
}

let parser: ReturnType<typeof createParser> | undefined;

/**
 * The unified processor that parses Markdown with YAML front matter.
 *
 * @returns The processor (created once).
 */
export function markdownParser(): ReturnType<typeof createParser> {
  parser ??= createParser();
  return parser;
}

/**
 * Parse YAML (front matter).
 *
 * @param source The YAML text.
 * @returns Its value.
 * @throws When the YAML is invalid.
 */
export function parseYaml(source: string): unknown {
  return (require('yaml') as typeof import('yaml')).parse(source);
}
