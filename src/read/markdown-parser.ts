/**
 * The Markdown reader's dependencies, loaded on first use: unified with remark-parse (micromark)
 * and yaml take about 90 ms to load and 6 MB in every thread, while most input is plain text
 * and never needs them. Loading them with `require` (of ES modules, Node.js ≥ 20.19) rather than
 * `import()` keeps `readMarkdown`, and so `parse`, synchronous.
 *
 * Of GFM only tables are read (micromark-extension-gfm-table with mdast-util-gfm-table, wired as
 * remark-gfm wires them): autolink literals, strikethrough and the rest would make the Markdown
 * reader's tree differ from the plain-text reader's for the same article.
 */
import { createRequire } from 'node:module';
import type { Processor } from 'unified';

const require = createRequire(import.meta.url);

/**
 * A unified plugin for GFM tables alone, as remark-gfm adds them.
 *
 * @this The processor.
 */
function remarkGfmTable(this: Processor): void {
  const { gfmTable } = require('micromark-extension-gfm-table') as typeof import('micromark-extension-gfm-table');
  const { gfmTableFromMarkdown } = require('mdast-util-gfm-table') as typeof import('mdast-util-gfm-table');
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), gfmTable()];
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), gfmTableFromMarkdown()];
}

function createParser() {
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  const remarkFrontmatter = (require('remark-frontmatter') as typeof import('remark-frontmatter')).default;
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmTable);
}

let parser: ReturnType<typeof createParser> | undefined;

/**
 * The unified processor that parses Markdown with YAML front matter and GFM tables.
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

/**
 * The characters a named character reference stands for (`ldquo` → `“`), as micromark reads them.
 *
 * @param name The name, without `&` and `;`.
 * @returns The characters, or false for an unknown name.
 */
export function decodeNamedReference(name: string): string | false {
  return (
    require('decode-named-character-reference') as typeof import('decode-named-character-reference')
  ).decodeNamedCharacterReference(name);
}
