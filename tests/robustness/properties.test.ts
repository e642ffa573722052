/**
 * Property tests of the guarantees in TREE.md and the README, over arbitrary Unicode text and
 * generated article-shaped text: parsing never throws, loses or duplicates no text, reads back
 * from its own Markdown, validates against the schema, is deterministic, and writes HTML with
 * nothing executable in it.
 *
 * The seed is fixed so a run is repeatable; set FC_SEED to explore other inputs and FC_RUNS to
 * run more of them. A failure prints the shrunk input: treat it as a bug in the readers,
 * detectors or writers, not in the test.
 */
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { type DefaultTreeAdapterMap, parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import { type InputFormat, parse } from '../../src/parse.js';
import { sameWords, treeText, withoutPositions } from '../../src/tree/compare.js';
import schema from '../../src/tree/schema.json' with { type: 'json' };
import type { ArticleRoot } from '../../src/tree/types.js';
import { toHtml } from '../../src/write/html/index.js';
import { toJson } from '../../src/write/json.js';
import { toMarkdown } from '../../src/write/markdown/index.js';
import { visibleText } from '../../src/write/text.js';
import { articleText, hostileMarkdown } from './arbitraries.js';

const seed = Number(process.env['FC_SEED'] ?? 20_261_125);
const runs = Number(process.env['FC_RUNS'] ?? 150);
const settings = { seed, numRuns: runs };

/** Arbitrary Unicode text: whole graphemes (emoji, combining marks), raw code units, and layout. */
const unicodeText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.oneof(
        fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
        fc.constantFrom(
          '\n',
          '\r\n',
          '\r',
          '\n\n',
          '    ',
          '\t',
          '\u00a0',
          '\u2028',
          '\uFEFF',
          '"',
          '“',
          '”',
          '‘',
          '’',
        ),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
);

/** Any text: Unicode noise or an article. */
const anyText = fc.oneof(unicodeText, articleText);

const validate = new Ajv({ allErrors: true }).compile(schema);

function roundTrip(tree: ArticleRoot): ArticleRoot {
  return parse(toMarkdown(tree), { from: 'markdown' });
}

describe('parse, on any text', () => {
  it('should never throw, whatever the reader, and every writer should accept the tree', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<InputFormat>('text', 'markdown', 'auto'), (input, from) => {
        const tree = parse(input, { from, file: 'story.txt' });
        toJson(tree);
        toMarkdown(tree, { frontMatter: true });
        toHtml(tree, { standalone: true });
      }),
      settings,
    );
  });

  it('should be lossless: the text of all nodes, quote marks restored, is the input less whitespace', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const tree = parse(input, { from: 'text' });
        const text = treeText(tree);
        // A leading BOM is not text; U+0000 is read as U+FFFD, as in CommonMark (see text.ts).
        const expected = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replaceAll('\u0000', '\uFFFD');
        expect(sameWords(text, expected), `tree text ${JSON.stringify(text)}`).toBe(true);
      }),
      settings,
    );
  });

  it('should read back the same tree from its Markdown (ignoring positions and root data)', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<InputFormat>('text', 'markdown'), (input, from) => {
        const tree = parse(input, { from });
        const back = roundTrip(tree);
        expect(withoutPositions(back, { rootData: false })).toEqual(withoutPositions(tree, { rootData: false }));
      }),
      settings,
    );
  });

  it('should give JSON that is valid against src/tree/schema.json, with and without positions', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<InputFormat>('text', 'markdown'), (input, from) => {
        const tree = parse(input, { from, file: 'story.txt' });
        for (const position of [true, false]) {
          const valid = validate(JSON.parse(toJson(tree, { position })));
          expect(valid, JSON.stringify(validate.errors)).toBe(true);
        }
      }),
      settings,
    );
  });

  it('should be deterministic: the same input gives byte-identical JSON, Markdown and HTML', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<InputFormat>('text', 'markdown', 'auto'), (input, from) => {
        const outputs = () => {
          const tree = parse(input, { from, file: 'story.txt' });
          return [toJson(tree), toMarkdown(tree, { frontMatter: true }), toHtml(tree, { standalone: true })];
        };
        expect(outputs()).toEqual(outputs());
      }),
      { ...settings, numRuns: Math.ceil(runs / 2) },
    );
  });
});

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Every element of a parse5 document, template contents included. */
function elements(node: Node): Element[] {
  const found: Element[] = [];
  const walk = (current: Node) => {
    if ('tagName' in current) found.push(current);
    if ('childNodes' in current) for (const child of current.childNodes) walk(child);
    if ('content' in current && current.content) walk(current.content as Node);
  };
  walk(node);
  return found;
}

/** Attributes that hold a URL a browser may follow or load. */
const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'cite',
  'poster',
  'data',
  'srcset',
]);

/**
 * What in a document could run script, and the JSON-LD blocks. The standalone template itself
 * adds one `<style>` and one `<script type="application/ld+json">`; anything else is a leak.
 */
function audit(html: string): { problems: string[]; jsonLd: string[]; styles: number } {
  const problems: string[] = [];
  const jsonLd: string[] = [];
  let styles = 0;
  for (const element of elements(parseHtml(html))) {
    const tag = element.tagName;
    if (tag === 'script') {
      const type = element.attrs.find((attribute) => attribute.name === 'type')?.value;
      const text = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      if (type === 'application/ld+json') jsonLd.push(text);
      else problems.push(`<script type=${type}>`);
    } else if (tag === 'style') styles++;
    else if (['iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'form', 'link'].includes(tag)) {
      problems.push(`<${tag}>`);
    } else if (tag === 'meta' && element.attrs.some((attribute) => attribute.name === 'http-equiv')) {
      problems.push('<meta http-equiv>');
    }
    for (const attribute of element.attrs) {
      if (/^on/i.test(attribute.name)) problems.push(`${tag} ${attribute.name}=`);
      // Browsers drop whitespace and control characters inside a scheme: "java\tscript:".
      const url = attribute.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
      if (urlAttributes.has(attribute.name) && /^(?:javascript|vbscript|data):/.test(url)) {
        problems.push(`${tag} ${attribute.name}=${attribute.value}`);
      }
    }
  }
  return { problems, jsonLd, styles };
}

describe('HTML output, on hostile input', () => {
  const hostile = fc.oneof(
    hostileMarkdown.map((text) => ({ text, from: 'markdown' as const })),
    hostileMarkdown.map((text) => ({ text, from: 'text' as const })),
    anyText.map((text) => ({ text, from: 'auto' as const })),
  );

  it('should have no script, style, frame or object elements, no on* attributes, no script URLs', () => {
    fc.assert(
      fc.property(hostile, ({ text, from }) => {
        const tree = parse(text, { from });
        const fragment = audit(toHtml(tree));
        expect(fragment.problems).toEqual([]);
        expect(fragment.jsonLd).toEqual([]);
        expect(fragment.styles).toBe(0);
        const page = audit(toHtml(tree, { standalone: true }));
        expect(page.problems).toEqual([]);
        expect(page.styles).toBe(1);
        expect(page.jsonLd).toHaveLength(1);
      }),
      settings,
    );
  });

  it('should keep the JSON-LD block whole and parseable, with the headline as shown (raw HTML left out)', () => {
    fc.assert(
      fc.property(hostile, ({ text, from }) => {
        const tree = parse(text, { from });
        const { jsonLd } = audit(toHtml(tree, { standalone: true }));
        const metadata = JSON.parse(jsonLd[0] ?? '') as { '@type': string; headline?: string };
        expect(metadata['@type']).toBe('NewsArticle');
        const headline = tree.children.find((node) => node.type === 'headline');
        if (headline) expect(metadata.headline).toBe(visibleText(headline.children));
      }),
      settings,
    );
  });
});
