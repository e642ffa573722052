/**
 * The article tree handed on to rehype, as the README shows: remark-rehype with copydesk's
 * `htmlHandlers` gives the elements `toHtml` writes; without them a statistic (whose `value` is a
 * number, per the tree contract) cannot be stringified.
 */
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { copydeskParse, htmlHandlers, parse, phrasingText } from '../../src/index.js';

const text = 'Shares rise at Acme\n\n"We are pleased," said Jane Doe. Sales rose 5% to $3bn.\n';

describe('into rehype', () => {
  it('should write quotes and statistics as toHtml does, with copydesk handlers', () => {
    const html = String(
      unified().use(copydeskParse).use(remarkRehype, { handlers: htmlHandlers }).use(rehypeStringify).processSync(text),
    );
    expect(html).toContain('<q');
    expect(html).toContain('<data class="statistic" value="5" data-kind="percent" data-unit="percent">5%</data>');
  });

  it('should fail without the handlers, as the README warns', () => {
    expect(() => unified().use(copydeskParse).use(remarkRehype).use(rehypeStringify).processSync(text)).toThrow();
  });

  it("should give a block's words with phrasingText, where a statistic's value is its number", () => {
    const tree = parse(text);
    const paragraph = tree.children.find((node) => node.type === 'paragraph');
    expect(paragraph && 'children' in paragraph ? phrasingText(paragraph.children) : '').toBe(
      '"We are pleased," said Jane Doe. Sales rose 5% to $3bn.',
    );
  });
});
