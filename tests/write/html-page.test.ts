/**
 * The standalone page around the article: CSS that keeps long lines from widening the page, and
 * a `<title>` and JSON-LD with the same visible text as the body.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { toHtml, toHtmlWithHast } from '../../src/write/html/index.js';
import { css } from '../../src/write/html/page.js';

describe('standalone page CSS', () => {
  it('should let `pre` scroll on its own and long inline code and links wrap', () => {
    expect(css).toMatch(/\npre \{[^}]*overflow-x: auto;/);
    expect(css).toMatch(/\ncode \{[^}]*overflow-wrap: anywhere;/);
    expect(css).toMatch(/\na \{[^}]*overflow-wrap: anywhere;/);
    // On paper nothing scrolls: code wraps instead.
    expect(css).toMatch(/@media print \{[^@]*pre, pre code \{ white-space: pre-wrap; overflow-wrap: anywhere; \}/);
  });

  it('should be the same in the fast page and the reference page, with a long code block', () => {
    const tree = parse(`# Long code\n\nText with \`${'x'.repeat(300)}\`.\n\n\`\`\`\n${'y'.repeat(500)}\n\`\`\`\n`);
    const page = toHtml(tree, { standalone: true });
    expect(page).toBe(toHtmlWithHast(tree, { standalone: true }));
    expect(page).toContain(`<style>${css}</style>`);
  });
});

describe('standalone page title and JSON-LD', () => {
  const hostile = parse(
    '# Hostile </script><script>alert(1)</script> "quote" & headline\n\nA <b>bold</b> deck about things\n\nBody text here. It goes on.\n',
    { from: 'markdown' },
  );

  it('should leave raw HTML out of the title, as the headline does, and escape the rest', () => {
    const page = toHtml(hostile, { standalone: true });
    expect(page).toContain('<title>Hostile alert(1) "quote" &#x26; headline</title>');
    expect(page).toMatch(/<h1>Hostile alert\(.*1.*\) <q[^>]*>quote<\/q> &#x26; headline<\/h1>/);
    expect(toHtmlWithHast(hostile, { standalone: true })).toBe(page);
  });

  it('should leave raw HTML out of the JSON-LD headline and description', () => {
    const page = toHtml(hostile, { standalone: true });
    const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page)?.[1] ?? '';
    const data = JSON.parse(jsonLd) as Record<string, unknown>;
    expect(data['headline']).toBe('Hostile alert(1) "quote" & headline');
    expect(data['description']).toBe('A bold deck about things');
    expect(jsonLd).not.toMatch(/\\u003c|<\/?script|<b>/);
  });
});
