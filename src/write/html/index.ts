/**
 * The HTML writer: a semantic `<article>` fragment (or, with `standalone`, a complete page).
 *
 * Two implementations with byte-identical output. The reference builds hast through
 * mdast-util-to-hast with one handler per copydesk node kind, sanitises it, and serialises it
 * with hast-util-to-html; it is what `toArticleElement` and `htmlHandlers` expose to unified
 * users. `toHtml` first tries the hand-written writer in `fast/`, many times faster, and falls
 * back to the reference for any tree the fast writer does not cover.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml as hastToHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import { type Handler, toHast } from 'mdast-util-to-hast';
import { closingMatterStart } from '../../detect/source-tags.js';
import { assertTree, checkBoolean, checkString, optionsRecord } from '../../options.js';
import type { ArticleRoot } from '../../tree/types.js';
import { writeArticle } from './fast/index.js';
import { pageHtml } from './fast/page.js';
import { byline } from './handlers/byline.js';
import { dateline } from './handlers/dateline.js';
import { deck } from './handlers/deck.js';
import { headline } from './handlers/headline.js';
import { quote } from './handlers/quote.js';
import { section } from './handlers/section.js';
import { sourceTags } from './handlers/source-tags.js';
import { statistic } from './handlers/statistic.js';
import { page } from './page.js';
import { articleSchema } from './sanitize-schema.js';
import { lowerSchemes } from './url-scheme.js';

/** Handlers for copydesk's own node kinds; mdast's kinds use mdast-util-to-hast's own. */
export const htmlHandlers = {
  byline,
  dateline,
  deck,
  headline,
  quote,
  section,
  sourceTags,
  statistic,
} satisfies Record<string, Handler>;

/** Options of `toHtml`. */
export interface HtmlOptions {
  /** A complete HTML5 page with CSS and JSON-LD instead of a fragment. */
  standalone?: boolean;
  /** Document language of the standalone page; default "en". */
  lang?: string;
}

const htmlKeys = ['standalone', 'lang'] as const;

/**
 * Check options of `toHtml`.
 *
 * @param options What the caller passed.
 * @param where Whose options they are, for messages.
 * @throws {CopydeskError} `invalid-option` naming the option.
 */
export function checkHtmlOptions(options: unknown, where = 'toHtml() options'): void {
  const record = optionsRecord(options, htmlKeys, where);
  if (record === undefined) return;
  checkBoolean(record, 'standalone', where);
  checkString(record, 'lang', where, 'a language tag such as `en`');
}

/** Top-matter kinds that go in the article's `<header>`. */
const headerKinds = new Set<RootContent['type']>(['headline', 'deck', 'byline', 'dateline']);

/**
 * The root handler: one `<article>`, with the top matter in `<header>` and closing credits in
 * `<footer>`. Running the whole tree through one `toHast` call keeps definitions, footnotes and
 * positions consistent across the three parts.
 */
const article: Handler = (state, node: Root) => {
  const children = node.children;
  let headerEnd = 0;
  while (headerEnd < children.length && headerKinds.has((children[headerEnd] as RootContent).type)) headerEnd++;
  // The credits, and a news site's footer lines under them ("Our Standards: …").
  const footerStart = closingMatterStart(children, headerEnd);
  const convert = (nodes: RootContent[]) => nodes.flatMap((child) => state.one(child, node) ?? []) as ElementContent[];
  const content: ElementContent[] = [];
  if (headerEnd > 0) content.push(element('header', convert(children.slice(0, headerEnd))));
  // No `push(...body)`: one argument per block overflowed the call stack at about 120,000 blocks.
  for (const child of convert(children.slice(headerEnd, footerStart))) content.push(child);
  if (footerStart < children.length) content.push(element('footer', convert(children.slice(footerStart))));
  return element('article', content);
};

/**
 * Build the sanitised `<article>` element for an article tree.
 *
 * @param tree The article tree.
 * @returns The `<article>` element.
 */
export function toArticleElement(tree: ArticleRoot): Element {
  assertTree(tree, 'toArticleElement');
  const result = toHast(tree as Root, { handlers: { ...htmlHandlers, root: article } });
  lowerSchemes(result);
  const clean = sanitize(result, articleSchema);
  const found =
    clean.type === 'element'
      ? clean
      : clean.type === 'root'
        ? clean.children.find((child) => child.type === 'element')
        : undefined;
  return found ?? element('article', []);
}

/**
 * Serialise an article tree to HTML.
 *
 * @param tree The article tree.
 * @param options Fragment or standalone page.
 * @returns The HTML text, ending with a newline.
 * @throws {TypeError} when `tree` is not an article tree.
 * @throws {CopydeskError} `invalid-option` when an option has the wrong type.
 */
export function toHtml(tree: ArticleRoot, options?: Readonly<HtmlOptions> | null): string {
  assertTree(tree, 'toHtml');
  checkHtmlOptions(options);
  const fast = writeArticle(tree);
  if (!('html' in fast)) return writeWithHast(tree, options);
  const html = options?.standalone
    ? pageHtml(fast.html, tree, options.lang ? { lang: options.lang } : null)
    : fast.html;
  return `${html}\n`;
}

/**
 * Serialise an article tree to HTML through hast (mdast-util-to-hast, hast-util-sanitize,
 * hast-util-to-html): the reference implementation, and the fallback of `toHtml`.
 *
 * @param tree The article tree.
 * @param options Fragment or standalone page.
 * @returns The HTML text, ending with a newline.
 * @throws {TypeError} when `tree` is not an article tree.
 * @throws {CopydeskError} `invalid-option` when an option has the wrong type.
 */
export function toHtmlWithHast(tree: ArticleRoot, options?: Readonly<HtmlOptions> | null): string {
  assertTree(tree, 'toHtmlWithHast');
  checkHtmlOptions(options);
  return writeWithHast(tree, options);
}

/** The reference writer, for arguments already checked. */
function writeWithHast(tree: ArticleRoot, options: Readonly<HtmlOptions> | null | undefined): string {
  const article = toArticleElement(tree);
  const document: HastRoot = options?.standalone
    ? page(article, tree, options.lang ? { lang: options.lang } : null)
    : { type: 'root', children: [article] };
  return `${hastToHtml(document)}\n`;
}

function element(tagName: string, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties: {}, children: wrapLines(children) };
}

/** One block per line, as mdast-util-to-hast does between blocks, for readable output. */
function wrapLines(children: ElementContent[]): ElementContent[] {
  const result: ElementContent[] = [{ type: 'text', value: '\n' }];
  for (const child of children) {
    if (child.type === 'text' && child.value === '\n') continue;
    result.push(child, { type: 'text', value: '\n' });
  }
  return result;
}
