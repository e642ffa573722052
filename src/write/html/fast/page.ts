/**
 * The standalone page around the fast writer's `<article>`: the same document as the
 * reference's `page()` serialised by hast-util-to-html, written as text.
 */
import type { ArticleRoot } from '../../../tree/types.js';
import { newsArticle, scriptSafeJson } from '../json-ld.js';
import { css, type PageOptions, pageLanguage, pageTitle } from '../page.js';
import { attribute, escapeText } from './escape.js';

/**
 * Wrap the article's HTML in a complete HTML5 document.
 *
 * @param article The `<article>` element's HTML.
 * @param tree The article tree (for the title and JSON-LD).
 * @param options Page options.
 * @returns The document, without a final line ending.
 */
export function pageHtml(article: string, tree: ArticleRoot, options?: Readonly<PageOptions> | null): string {
  return (
    `<!doctype html><html${attribute('lang', pageLanguage(tree, options))}><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="copydesk">' +
    `<title>${escapeText(pageTitle(tree))}</title><style>${css}</style>` +
    // Script content is raw text in HTML; scriptSafeJson has already escaped `<`, `>` and `&`.
    `<script type="application/ld+json">${scriptSafeJson(newsArticle(tree))}</script></head><body>` +
    '<div class="legend" role="group" aria-label="Highlighting"><label><input id="highlight" type="checkbox">' +
    ' Highlight quotes and figures</label><span class="key direct">quote</span>' +
    '<span class="key phrase">phrase</span><span class="key figure">figure</span></div>' +
    `${article}</body></html>`
  );
}
