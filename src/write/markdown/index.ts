/**
 * The Markdown writer: normalised article Markdown that reads back to the same tree.
 * `#` headline, `##` sections, deck, byline, dateline and source tags as text lines.
 */
import type { Nodes } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { type Handle, toMarkdown as mdastToMarkdown } from 'mdast-util-to-markdown';
import { assertTree, checkBoolean, optionsRecord } from '../../options.js';
import type { ArticleRoot } from '../../tree/types.js';
import { frontMatter } from './front-matter.js';
import { dateline } from './handle/dateline.js';
import { headline } from './handle/headline.js';
import { line } from './handle/line.js';
import { quote } from './handle/quote.js';
import { section } from './handle/section.js';
import { statistic } from './handle/statistic.js';

/** Handlers for copydesk's own node kinds; mdast's kinds use mdast-util-to-markdown's own. */
export const markdownHandlers = {
  byline: line,
  dateline,
  deck: line,
  headline,
  quote,
  section,
  sourceTags: line,
  statistic,
} satisfies Record<string, Handle>;

/** Options of `toMarkdown`. */
export interface MarkdownOptions {
  /** Start with YAML front matter holding the article's metadata, when it has any. */
  frontMatter?: boolean;
}

const markdownKeys = ['frontMatter'] as const;

/**
 * Check options of `toMarkdown`.
 *
 * @param options What the caller passed.
 * @param where Whose options they are, for messages.
 * @throws {CopydeskError} `invalid-option` naming the option.
 */
export function checkMarkdownOptions(options: unknown, where = 'toMarkdown() options'): void {
  const record = optionsRecord(options, markdownKeys, where);
  if (record !== undefined) checkBoolean(record, 'frontMatter', where);
}

/**
 * Serialise an article tree to Markdown.
 *
 * @param tree The article tree.
 * @param options Whether to add front matter.
 * @returns The Markdown text, ending with a newline.
 * @throws {TypeError} when `tree` is not an article tree.
 * @throws {CopydeskError} `invalid-option` when an option has the wrong type.
 */
export function toMarkdown(tree: ArticleRoot, options?: Readonly<MarkdownOptions> | null): string {
  assertTree(tree, 'toMarkdown');
  checkMarkdownOptions(options);
  const body = mdastToMarkdown(tree as Nodes, {
    handlers: markdownHandlers,
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fences: true,
    // A draft that opens with a rule would open with `---`, which reads back as front matter
    // when another `---` line follows: there the rule is written `***`.
    rule: tree.children[0]?.type === 'thematicBreak' ? '*' : '-',
    // GFM tables, the one GFM construct the Markdown reader reads.
    extensions: [gfmTableToMarkdown()],
  });
  return options?.frontMatter ? frontMatter(tree) + body : body;
}
