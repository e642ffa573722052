import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  copydeskParse,
  copydeskStringifyHtml,
  copydeskStringifyJson,
  copydeskStringifyMarkdown,
  parse,
  toHtml,
  toJson,
  toMarkdown,
} from '../../src/index.js';

const seed = readFileSync(new URL('../../fixtures/seed/article.txt', import.meta.url), 'utf8');
const wire =
  'RED LION INNS FILES PLANS OFFERING\n\n    PORTLAND, Ore., Feb 26 - Red Lion Inns said it filed.\n Reuter\n';

describe('unified plugins', () => {
  it('should turn text into HTML with copydeskParse and copydeskStringifyHtml, as toHtml(parse()) does', () => {
    const file = unified().use(copydeskParse).use(copydeskStringifyHtml).processSync(seed);
    expect(String(file)).toBe(toHtml(parse(seed)));
  });

  it('should pass writer options through: a standalone page', () => {
    const file = unified().use(copydeskParse).use(copydeskStringifyHtml, { standalone: true }).processSync(wire);
    expect(String(file)).toBe(toHtml(parse(wire), { standalone: true }));
    expect(String(file)).toMatch(/^<!doctype html>/);
  });

  it('should give the same Markdown as toMarkdown, with front matter when asked', () => {
    const plain = unified().use(copydeskParse).use(copydeskStringifyMarkdown).processSync(wire);
    expect(String(plain)).toBe(toMarkdown(parse(wire)));
    const withFrontMatter = unified()
      .use(copydeskParse)
      .use(copydeskStringifyMarkdown, { frontMatter: true })
      .processSync(wire);
    expect(String(withFrontMatter)).toBe(toMarkdown(parse(wire), { frontMatter: true }));
  });

  it('should give the same JSON as toJson, without positions when asked', () => {
    const file = unified().use(copydeskParse).use(copydeskStringifyJson, { position: false }).processSync(wire);
    expect(String(file)).toBe(toJson(parse(wire), { position: false }));
    expect(String(file)).not.toContain('"position"');
  });

  it('should parse to the article tree with processor.parse', () => {
    const tree = unified().use(copydeskParse).parse(wire);
    expect(tree).toEqual(parse(wire));
    expect(tree.children[0]?.type).toBe('headline');
  });

  it('should name the tree after the processed file and pick the reader by its extension', () => {
    const markdown = '# Budget passes\n\nThe council approved the budget on Monday.\n';
    const tree = unified().use(copydeskParse).parse({ path: 'drafts/budget.md', value: markdown });
    expect(tree.data?.file).toBe('budget.md');
    expect(tree.data?.format).toBe('markdown');
    const asText = unified().use(copydeskParse, { from: 'text' }).parse({ path: 'drafts/budget.md', value: markdown });
    expect(asText.data?.format).toBe('text');
  });

  it('should run other unified transformers between parser and compiler', () => {
    const seen: string[] = [];
    const file = unified()
      .use(copydeskParse)
      .use(() => (tree) => {
        seen.push(tree.type);
      })
      .use(copydeskStringifyJson)
      .processSync(wire);
    expect(seen).toEqual(['root']);
    expect(JSON.parse(String(file)).type).toBe('root');
  });
});
