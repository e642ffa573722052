import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { toHtml, toHtmlWithHast } from '../../src/write/html/index.js';
import { smallArticle } from '../helpers/article.js';
import { paragraph, text } from '../helpers/build.js';

/** The JSON-LD object embedded in a standalone page. */
function jsonLd(html: string): unknown {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no JSON-LD script in the page');
  return JSON.parse(match[1] ?? '');
}

describe('toHtml', () => {
  describe('fragment', () => {
    it('should write <article> with the top matter in <header>, sections, and credits in <footer>', () => {
      expect(toHtml(smallArticle())).toBe(
        [
          '<article>',
          '<header>',
          '<h1>Quake rattles Chile</h1>',
          '<p class="byline">By <span class="author">Jane Doe</span></p>',
          '</header>',
          '<p><span class="dateline">SANTIAGO, Chile (AP) —</span> A quake shook Chile.</p>',
          '<section>',
          '<h2>Damage</h2>',
          '<p>None was reported.</p>',
          '</section>',
          '<footer>',
          '<p class="source-tags">— AP</p>',
          '</footer>',
          '</article>',
          '',
        ].join('\n'),
      );
    });

    it('should write a deck as <p class="deck"> in the header', () => {
      const tree = smallArticle();
      tree.children.splice(1, 0, { type: 'deck', children: [text('No damage reported')] });
      expect(toHtml(tree)).toContain('<h1>Quake rattles Chile</h1>\n<p class="deck">No damage reported</p>\n');
    });

    it("should put a news site's footer lines under the credits in <footer>, with them", () => {
      const tree = parse(
        'Oil output cut\n\nOPEC cut output.\n\n(Reporting by Alex Lawler; Editing by David Goodman)\n\n' +
          'Our Standards: The Thomson Reuters Trust Principles.\n',
        { from: 'text' },
      );
      const expected =
        '<footer>\n<p class="source-tags">(Reporting by Alex Lawler; Editing by David Goodman)</p>\n' +
        '<p>Our Standards: The Thomson Reuters Trust Principles.</p>\n</footer>\n';
      expect(toHtml(tree)).toContain(expected);
      expect(toHtmlWithHast(tree)).toContain(expected);
      // Without a credit above them, footer lines are body text.
      const bare = parse(
        'Oil output cut\n\nOPEC cut output.\n\nOur Standards: The Thomson Reuters Trust Principles.\n',
        {
          from: 'text',
        },
      );
      expect(toHtml(bare)).not.toContain('<footer>');
    });

    it('should leave out <header> and <footer> when there is no top matter or credit', () => {
      expect(toHtml({ type: 'root', children: [paragraph('Just text.')] })).toBe(
        '<article>\n<p>Just text.</p>\n</article>\n',
      );
    });

    it('should write a list of 200,000 items', () => {
      // Every item asked all its siblings whether the list was loose: about 50 s.
      const items = Array.from({ length: 200_000 }, () => ({
        type: 'listItem' as const,
        spread: false,
        children: [paragraph('An item.')],
      }));
      const html = toHtml({
        type: 'root',
        children: [{ type: 'list', ordered: false, spread: false, children: items }],
      });
      expect(html.startsWith('<article>\n<ul>\n<li>An item.</li>\n<li>An item.</li>\n')).toBe(true);
      expect(html.split('<li>')).toHaveLength(200_001);
    });

    it('should mark each author of a plain byline', () => {
      const tree = parse('Drought hits town\n\nBy Hannah Lindqvist and Marcus Obi\n\nText.', { from: 'text' });
      expect(toHtml(tree)).toContain(
        '<p class="byline">By <span class="author">Hannah Lindqvist</span> and <span class="author">Marcus Obi</span></p>',
      );
    });

    it('should escape markup in the text', () => {
      const tree = smallArticle();
      tree.children.splice(2, 1, paragraph('<script>alert(1)</script> & <b>bold</b>'));
      const html = toHtml(tree);
      expect(html).toContain('<p>&#x3C;script>alert(1)&#x3C;/script> &#x26; &#x3C;b>bold&#x3C;/b></p>');
      expect(html).not.toContain('<script');
    });

    it('should drop raw HTML and javascript: links from a Markdown draft', () => {
      const tree = parse('# Title\n\n<script>alert(1)</script>\n\nA [link](javascript:alert(1)) here.', {
        from: 'markdown',
      });
      const html = toHtml(tree);
      expect(html).not.toContain('<script');
      expect(html).not.toContain('javascript:');
      expect(html).toContain('<a>link</a>');
    });

    it('should keep links whose scheme is in any case (Https://, MAILTO:), writing it in lower case', () => {
      const tree = parse(
        '# Title\n\nSee [ok](HTTPS://x.com), [mixed](Https://x.com/A), [mail](MailTo:desk@x.com) and ![i](hTTp://x.com/i.png).',
        { from: 'markdown' },
      );
      for (const html of [toHtml(tree), toHtmlWithHast(tree)]) {
        expect(html).toContain('<a href="https://x.com">ok</a>');
        expect(html).toContain('<a href="https://x.com/A">mixed</a>');
        expect(html).toContain('<a href="mailto:desk@x.com">mail</a>');
        expect(html).toContain('<img src="http://x.com/i.png" alt="i">');
      }
    });

    it('should drop javascript: and data: targets in any case (JaVaScRiPt:, DATA:)', () => {
      const tree = parse(
        '# Title\n\nSee [a](JAVASCRIPT:alert(1)), [b](JaVaScRiPt:alert(1)), [c](Data:text/html,x) and ![d](DATA:image/png,x).',
        { from: 'markdown' },
      );
      for (const html of [toHtml(tree), toHtmlWithHast(tree)]) {
        expect(html).toContain('<a>a</a>');
        expect(html).toContain('<a>b</a>');
        expect(html).toContain('<a>c</a>');
        expect(html).toContain('<img alt="d">');
        expect(html.toLowerCase()).not.toMatch(/javascript:|data:/);
      }
    });

    it('should check the protocol of an image longdesc from hProperties, as of href and src', () => {
      const tree = parse('# Title\n\n![a](x.png) and ![b](y.png)\n', { from: 'markdown' });
      const images: Array<{ data?: unknown }> = [];
      visitImages(tree, images);
      const [first, second] = images;
      if (!first || !second) throw new Error('two images expected');
      first.data = { hProperties: { longDesc: 'javascript:alert(1)' } };
      second.data = { hProperties: { longDesc: 'Https://x.com/about-b' } };
      const html = toHtml(tree);
      expect(html).toContain('<img src="x.png" alt="a">');
      expect(html).toContain('<img src="y.png" alt="b" longdesc="https://x.com/about-b">');
    });

    it('should keep a mixed-case scheme in a reference link (written by the reference pipeline)', () => {
      const tree = parse('# Title\n\nSee [the report][r].\n\n[r]: Https://x.com/r\n', { from: 'markdown' });
      expect(toHtml(tree)).toContain('<a href="https://x.com/r">the report</a>');
    });
  });

  describe('standalone page', () => {
    const page = toHtml(smallArticle(), { standalone: true });

    it('should be a complete HTML5 document with the headline as title and the article in the body', () => {
      expect(page.startsWith('<!doctype html><html lang="en"><head>')).toBe(true);
      expect(page).toContain('<meta charset="utf-8">');
      expect(page).toContain('<title>Quake rattles Chile</title>');
      expect(page).toContain('<style>');
      expect(page).toContain(toHtml(smallArticle()).trimEnd());
      expect(page.endsWith('</html>\n')).toBe(true);
    });

    it('should embed CSS for dark mode and print', () => {
      expect(page).toContain('@media (prefers-color-scheme: dark)');
      expect(page).toContain('@media print');
    });

    it('should embed schema.org NewsArticle JSON-LD with headline, author, location and organisation', () => {
      expect(jsonLd(page)).toEqual({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Quake rattles Chile',
        author: [{ '@type': 'Person', name: 'Jane Doe' }],
        locationCreated: { '@type': 'Place', name: 'SANTIAGO, Chile' },
        sourceOrganization: [{ '@type': 'Organization', name: 'AP' }],
      });
    });

    it('should honour `lang`', () => {
      expect(toHtml(smallArticle(), { standalone: true, lang: 'fr' })).toContain('<html lang="fr">');
    });

    it("should take the page's language and publication date from the draft's front matter", () => {
      const draft = '---\nlang: es\ndate: 2025-01-02\n---\n\n# Presupuesto aprobado\n\nEl consejo lo aprobó.\n';
      const tree = parse(draft, { from: 'markdown' });
      for (const write of [toHtml, toHtmlWithHast]) {
        const page = write(tree, { standalone: true });
        expect(page).toContain('<html lang="es">');
        expect(page).toContain('"datePublished": "2025-01-02"');
        expect(write(tree, { standalone: true, lang: 'pt-BR' })).toContain('<html lang="pt-BR">');
      }
    });

    it('should keep English and no date for front matter that gives no language tag or date', () => {
      const tree = parse('---\nlanguage: Spanish\ndate: last Tuesday\n---\n\n# Budget\n\nIt passed.\n', {
        from: 'markdown',
      });
      const page = toHtml(tree, { standalone: true });
      expect(page).toContain('<html lang="en">');
      expect(page).not.toContain('datePublished');
    });

    it('should call a page without a headline "Article"', () => {
      expect(toHtml({ type: 'root', children: [paragraph('Text.')] }, { standalone: true })).toContain(
        '<title>Article</title>',
      );
    });

    it("should take the front matter's title for a page without a headline, escaped", () => {
      const tree = parse('---\ntitle: Council <b>approves</b> barrier\n---\n\nThe council approved it.\n', {
        from: 'markdown',
      });
      expect(toHtml(tree, { standalone: true })).toContain('<title>Council &#x3C;b>approves&#x3C;/b> barrier</title>');
    });

    it('should not let a headline end the JSON-LD script or inject one', () => {
      const tree = smallArticle();
      const evil = '</script><script>alert(1)</script>';
      tree.children[0] = { type: 'headline', children: [text(evil)] };
      const html = toHtml(tree, { standalone: true });
      expect(html.match(/<script/g)).toHaveLength(1);
      expect(html).toContain('\\u003c/script\\u003e');
      expect((jsonLd(html) as { headline: string }).headline).toBe(evil);
    });
  });
});

/** The image nodes of a tree, in order. */
function visitImages(node: unknown, found: Array<{ data?: unknown }>): void {
  const current = node as { type?: string; children?: unknown[] };
  if (current.type === 'image') found.push(current as { data?: unknown });
  for (const child of current.children ?? []) visitImages(child, found);
}
