/**
 * The standalone page for `--standalone`: a complete HTML5 document around the article, with
 * embedded CSS (readable measure, dark mode, print) and JSON-LD metadata. The page runs no
 * script: the highlight toggle for quotes and figures is a checkbox read by CSS `:has()`.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { isLanguageTag } from '../../language-tag.js';
import type { ArticleRoot } from '../../tree/types.js';
import { visibleText } from '../text.js';
import { newsArticle, scriptSafeJson } from './json-ld.js';

/**
 * The page's CSS, shared with the fast writer's page. Long unbroken text (a fenced code line, a
 * URL) must not widen the page on a phone: `pre` and tables (GFM tables in Markdown drafts) scroll
 * on their own, inline code and links break anywhere, and paper gets wrapped code since it cannot
 * scroll.
 */
export const css = `
:root { color-scheme: light dark; --ink: #1d1d1f; --paper: #fdfcf9; --muted: #5f6368; --rule: #d9d6cf;
  --accent: #8a1c1c; --quote: #fff1b8; --phrase: #e4ecff; --figure: #d7f5dd; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #e8e6e1; --paper: #17171a; --muted: #a0a3a8; --rule: #3a3a40; --accent: #ff8a80;
    --quote: #5a4a00; --phrase: #1f3260; --figure: #174d25; }
}
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { margin: 0; padding: 2.5rem 1.25rem 4rem; font: 1.125rem/1.65 Georgia, "Iowan Old Style", "Times New Roman", serif;
  -webkit-text-size-adjust: 100%; text-rendering: optimizeLegibility; }
article { max-width: 38rem; margin: 0 auto; }
header { border-bottom: 1px solid var(--rule); margin-bottom: 1.75rem; padding-bottom: 1rem; }
h1 { font: 700 clamp(1.6rem, 1rem + 4vw, 2.25rem)/1.15 "Helvetica Neue", Arial, sans-serif; letter-spacing: -0.01em; margin: 0 0 0.75rem; overflow-wrap: break-word; }
h2 { font: 700 1.3rem/1.3 "Helvetica Neue", Arial, sans-serif; margin: 2.25rem 0 0.5rem; }
.deck { font-size: 1.25rem; color: var(--muted); margin: 0 0 0.75rem; }
.byline { font: 600 0.95rem/1.4 "Helvetica Neue", Arial, sans-serif; margin: 0; text-transform: none; }
.byline .author { color: var(--accent); }
.dateline { font-weight: 700; font-variant-caps: all-small-caps; letter-spacing: 0.03em; }
p { margin: 0 0 1.1rem; overflow-wrap: break-word; hyphens: auto; text-wrap: pretty; }
h1, h2 { text-wrap: balance; }
q { quotes: "\\201C" "\\201D" "\\2018" "\\2019"; }
/* The author's marks: single stays single and double stays double, at any depth (a quote inside a quote takes its marks from the second pair of its own list, so both pairs are the author's); a quote running on into the next paragraph (opening mark only) gets no closing mark. */
q[data-marks='""'], q[data-marks="\\201C\\201D"], q[data-marks='"'], q[data-marks="\\201C"] { quotes: "\\201C" "\\201D" "\\201C" "\\201D"; }
q[data-marks="''"], q[data-marks="\\2018\\2019"], q[data-marks="'"], q[data-marks="\\2018"] { quotes: "\\2018" "\\2019" "\\2018" "\\2019"; }
q[data-marks='"']::after, q[data-marks="\\201C"]::after, q[data-marks="'"]::after, q[data-marks="\\2018"]::after { content: no-close-quote; }
blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
footer { margin-top: 2rem; border-top: 1px solid var(--rule); padding-top: 0.75rem; font: 0.9rem/1.4 "Helvetica Neue", Arial, sans-serif; color: var(--muted); }
a { color: var(--accent); overflow-wrap: anywhere; }
article { overflow-wrap: break-word; }
code { overflow-wrap: anywhere; }
pre { max-width: 100%; overflow-x: auto; padding: 0.75rem 1rem; border: 1px solid var(--rule); border-radius: 3px; font-size: 0.9rem; line-height: 1.45; }
pre code { overflow-wrap: normal; }
img { max-width: 100%; height: auto; }
table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; margin: 0 0 1.1rem; font: 0.95rem/1.4 "Helvetica Neue", Arial, sans-serif; font-variant-numeric: tabular-nums; }
th, td { padding: 0.3rem 0.75rem 0.3rem 0; border-bottom: 1px solid var(--rule); vertical-align: top; }
th:not([align]) { text-align: start; }
.legend { max-width: 38rem; margin: 0 auto 1.5rem; font: 0.85rem/1.4 "Helvetica Neue", Arial, sans-serif; color: var(--muted); display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; }
.legend label { cursor: pointer; }
/* On a phone the legend keeps to one line: a wrapped key on a line of its own reads as a stray word. */
@media (max-width: 26rem) { .legend { gap: 0.35rem; font-size: 0.78rem; } }
.legend .key { padding: 0 0.35em; border-radius: 3px; }
.legend .key.direct { background: var(--quote); } .legend .key.phrase { background: var(--phrase); } .legend .key.figure { background: var(--figure); }
body:has(#highlight:checked) q.direct { background: var(--quote); border-radius: 3px; }
body:has(#highlight:checked) q.phrase { background: var(--phrase); border-radius: 3px; }
body:has(#highlight:checked) data.statistic { background: var(--figure); border-radius: 3px; }
@media print {
  :root { --ink: #000; --paper: #fff; --muted: #333; --rule: #999; --accent: #000; }
  body { padding: 0; font-size: 11pt; }
  .legend { display: none; }
  article { max-width: none; }
  h1, h2 { break-after: avoid; }
  p { orphans: 3; widows: 3; }
  pre, pre code { white-space: pre-wrap; overflow-wrap: anywhere; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
}
`;

/** Options of the page. */
export interface PageOptions {
  /** Document language; default "en". */
  lang?: string;
}

/**
 * The page's language: the option, else a Markdown draft's front matter `lang` (or `language`),
 * else English. A screen reader picks its voice by it, and a browser its hyphenation and quotes.
 *
 * @param tree The article tree.
 * @param options Page options.
 * @returns A language tag.
 */
export function pageLanguage(tree: ArticleRoot, options?: Readonly<PageOptions> | null): string {
  if (options?.lang) return options.lang;
  const frontMatter = tree.data?.frontMatter;
  const given = frontMatter?.['lang'] ?? frontMatter?.['language'];
  return typeof given === 'string' && isLanguageTag(given.trim()) ? given.trim() : 'en';
}

/**
 * The page title: the headline's visible text (raw HTML left out, as in the `<h1>`), else the
 * `title` of a Markdown draft's front matter, else "Article".
 *
 * @param tree The article tree.
 * @returns The title.
 */
export function pageTitle(tree: ArticleRoot): string {
  const headline = tree.children.find((node) => node.type === 'headline');
  if (headline) return visibleText(headline.children);
  const title = tree.data?.frontMatter?.['title'];
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : 'Article';
}

/**
 * Wrap an article element in a complete HTML5 document.
 *
 * @param article The sanitised `<article>` element.
 * @param tree The article tree (for the title and JSON-LD).
 * @param options Page options.
 * @returns The document as a hast root.
 */
export function page(article: Element, tree: ArticleRoot, options?: Readonly<PageOptions> | null): Root {
  const title = pageTitle(tree);
  const jsonLd = scriptSafeJson(newsArticle(tree));
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: pageLanguage(tree, options) }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: 'copydesk' }),
          h('title', title),
          h('style', css),
          h('script', { type: 'application/ld+json' }, jsonLd),
        ]),
        h('body', [
          h('div.legend', { role: 'group', ariaLabel: 'Highlighting' }, [
            h('label', [h('input#highlight', { type: 'checkbox' }), ' Highlight quotes and figures']),
            h('span.key.direct', 'quote'),
            h('span.key.phrase', 'phrase'),
            h('span.key.figure', 'figure'),
          ]),
          article,
        ]),
      ]),
    ],
  };
}
