/**
 * Safe HTML, by example: script URLs from Markdown links are dropped by the sanitize schema,
 * attribute values carrying article text are escaped, and the JSON-LD block of the standalone
 * page survives `</script>` and `<!--` in the text. (properties.test.ts fuzzes the same.)
 */
import { type DefaultTreeAdapterMap, parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import type { ArticleRoot } from '../../src/tree/types.js';
import { toHtml } from '../../src/write/html/index.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parseHtml(html));
  return found;
}

function attribute(element: Element | undefined, name: string): string | undefined {
  return element?.attrs.find((entry) => entry.name === name)?.value;
}

function text(element: Element | undefined): string {
  return (element?.childNodes ?? []).map((child) => ('value' in child ? child.value : '')).join('');
}

function markdown(source: string): string {
  return toHtml(parse(source, { from: 'markdown' }));
}

describe('links and images from Markdown', () => {
  it.each([
    ['javascript:', '[click](javascript:alert(1))'],
    ['mixed-case javascript:', '[click](JaVaScRiPt:alert(1))'],
    ['javascript: behind a character reference', '[click](&#106;avascript:alert(1))'],
    ['data:', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['vbscript:', '[click](vbscript:msgbox(1))'],
    ['javascript: in a reference definition', '[click][x]\n\n[x]: javascript:alert(1)'],
  ])('should drop a %s link target and keep the link text', (_name, source) => {
    const html = markdown(`Lead paragraph with a link.\n\n${source}\n`);
    const link = elements(html).find((element) => element.tagName === 'a');
    expect(attribute(link, 'href')).toBeUndefined();
    expect(html).toContain('click');
    expect(html.toLowerCase()).not.toMatch(/javascript:|vbscript:|data:text/);
  });

  it('should keep http, https and mailto links', () => {
    const html = markdown('[a](https://example.com/a?b=1&c=2) [b](http://example.com) [c](mailto:desk@example.com)\n');
    const hrefs = elements(html)
      .filter((element) => element.tagName === 'a')
      .map((element) => attribute(element, 'href'));
    expect(hrefs).toEqual(['https://example.com/a?b=1&c=2', 'http://example.com', 'mailto:desk@example.com']);
  });

  it('should drop data: and javascript: image sources', () => {
    const html = markdown('![a](data:image/svg+xml,<svg/onload=alert(1)>) ![b](javascript:alert(1))\n');
    for (const image of elements(html).filter((element) => element.tagName === 'img')) {
      expect(attribute(image, 'src')).toBeUndefined();
    }
  });

  it('should drop raw HTML: script, style, iframe, event handlers', () => {
    const html = markdown(
      '<script>alert(1)</script>\n\n<style>p{}</style>\n\nText <img src=x onerror=alert(1)> and <iframe src=x></iframe>.\n',
    );
    const tags = elements(html).map((element) => element.tagName);
    expect(tags).not.toContain('script');
    expect(tags).not.toContain('style');
    expect(tags).not.toContain('iframe');
    expect(html).not.toMatch(/onerror/);
  });
});

describe('attribute values', () => {
  const hostile = '"><script>alert(1)</script><q x="';
  const tree: ArticleRoot = {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          {
            type: 'quote',
            kind: 'direct',
            speaker: hostile,
            cue: "' onmouseover='alert(1)",
            marks: ['"', '"'],
            children: [{ type: 'text', value: 'Yes' }],
          },
          { type: 'text', value: ' and ' },
          {
            type: 'statistic',
            value: 5,
            high: null,
            kind: 'count',
            unit: '<b>unit</b>',
            qualifier: null,
            source: '& "the ministry"',
            children: [{ type: 'text', value: 'five' }],
          },
        ],
      },
    ],
  };

  it('should escape article text in data attributes so it reads back exactly', () => {
    const html = toHtml(tree);
    const found = elements(html);
    const quote = found.find((element) => element.tagName === 'q');
    const figure = found.find((element) => element.tagName === 'data');
    expect(attribute(quote, 'data-speaker')).toBe(hostile);
    expect(attribute(quote, 'data-cue')).toBe("' onmouseover='alert(1)");
    expect(attribute(figure, 'data-unit')).toBe('<b>unit</b>');
    expect(attribute(figure, 'data-source')).toBe('& "the ministry"');
    expect(found.map((element) => element.tagName)).not.toContain('script');
    expect(found.flatMap((element) => element.attrs.map((entry) => entry.name))).not.toContain('onmouseover');
  });
});

describe('the JSON-LD block of the standalone page', () => {
  const headline = 'Council says </script><script>alert(1)</script> <!-- and --> & \u2028 is fine';
  const tree = parse(`${headline}\n\nBy Jane Doe\n\nThe council met on Tuesday.\n`, { from: 'text' });

  it('should stay one block, parse as JSON, and carry the headline exactly', () => {
    const html = toHtml(tree, { standalone: true });
    const scripts = elements(html).filter((element) => element.tagName === 'script');
    expect(scripts).toHaveLength(1);
    expect(attribute(scripts[0], 'type')).toBe('application/ld+json');
    const metadata = JSON.parse(text(scripts[0])) as { headline: string; author: Array<{ name: string }> };
    expect(metadata.headline).toBe(headline);
    expect(metadata.author).toEqual([{ '@type': 'Person', name: 'Jane Doe' }]);
  });

  it('should write no `<`, `>` or `&` inside the block, so no HTML parser can end it early', () => {
    const html = toHtml(tree, { standalone: true });
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(block).not.toMatch(/[<>&]/);
    expect(block).not.toContain('\u2028');
  });

  it('should escape the headline in the page title', () => {
    const html = toHtml(tree, { standalone: true });
    const title = elements(html).find((element) => element.tagName === 'title');
    expect(text(title)).toBe(headline);
  });
});
