/**
 * `toMarkdown(tree, { frontMatter: true })` on articles with and without metadata.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { toMarkdown } from '../../src/write/markdown/index.js';

describe('front matter', () => {
  it('should write no block at all for an article without metadata, rather than `{}`', () => {
    const tree = parse('just a line of text, nothing more.\n');
    expect(toMarkdown(tree, { frontMatter: true })).toBe(toMarkdown(tree));
    expect(toMarkdown(tree, { frontMatter: true })).not.toContain('---');
  });

  it('should still write the block when there is metadata', () => {
    const tree = parse('# Budget passes\n\nThe council approved the budget on Monday.\n', { from: 'markdown' });
    expect(toMarkdown(tree, { frontMatter: true })).toMatch(/^---\ntitle: Budget passes\n---\n\n# Budget passes\n/);
  });

  it('should leave raw HTML out of the title, as the HTML page does', () => {
    const tree = parse('# Budget <em>passes</em>\n\nThe council approved the budget on Monday.\n', {
      from: 'markdown',
    });
    expect(toMarkdown(tree, { frontMatter: true })).toMatch(/^---\ntitle: Budget passes\n---/);
  });
});
