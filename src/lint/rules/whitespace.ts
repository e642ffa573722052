/**
 * whitespace: no double spaces, trailing spaces or tabs inside the text.
 *
 * Why: double spaces after a full stop are a typewriter habit; in HTML they collapse, but in
 * feeds, apps and print systems they show as gaps, and trailing spaces and tabs make diffs
 * noisy. Leading indentation is layout (wire copy indents paragraphs) and is left alone, as are
 * lines laid out as tables (runs of three or more spaces), code, and a Markdown hard break (two
 * spaces at the end of a line).
 *
 * Fix: runs of spaces become one space, tabs become a space, trailing whitespace is removed.
 *
 * ok: `The firm said. It hopes to increase subscribers.`
 *
 * not ok: `The firm said.  It hopes to increase subscribers. ` (two spaces, and a space at the end)
 */
import type { Nodes, Text } from 'mdast';
import type { ArticleRoot } from '../../tree/types.js';
import { visit } from '../../tree/visit.js';
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import type { Finding, Fix, Rule } from '../types.js';

/** This rule has no options. */
type Options = Record<never, never>;

/** Node types whose source is not prose: their spacing is meaningful. */
const verbatimTypes = new Set(['code', 'inlineCode', 'html', 'table', 'math', 'inlineMath']);

export const whitespace: Rule<Options> = {
  meta: {
    id: 'whitespace',
    description: 'No double spaces, trailing whitespace or tabs inside lines',
    severity: 'warning',
    recommended: true,
    fixable: true,
    url: ruleUrl('whitespace'),
  },
  defaults: Object.freeze({}),
  schema: {},
  check(tree, { source }) {
    return source === undefined ? checkValues(tree) : checkSource(tree, source);
  },
};

/** Without the source only the node text is known: report runs of spaces and tabs at their node. */
function checkValues(tree: ArticleRoot): Finding[] {
  const findings: Finding[] = [];
  visit(tree as Nodes, 'text', (node: Text) => {
    const match = /\t| {2,}/.exec(node.value);
    if (match) findings.push({ message: messageFor(match[0]), node });
  });
  return findings;
}

function checkSource(tree: ArticleRoot, source: string): Finding[] {
  const skipped = skippedLines(verbatimRanges(tree, source));
  const markdown = tree.data?.format === 'markdown';
  const findings: Finding[] = [];
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = lineStart;
    while (lineEnd < source.length && source.charCodeAt(lineEnd) !== 10 && source.charCodeAt(lineEnd) !== 13) lineEnd++;
    const next = lineEnd + (source.startsWith('\r\n', lineEnd) ? 2 : 1);
    if (!skipped(lineStart, lineEnd)) checkLine(source, lineStart, lineEnd, next, markdown, findings);
    if (lineEnd >= source.length) break;
    lineStart = next;
  }
  return findings;
}

function checkLine(
  source: string,
  start: number,
  end: number,
  next: number,
  markdown: boolean,
  findings: Finding[],
): void {
  let contentStart = start;
  while (contentStart < end && isBlank(source.charCodeAt(contentStart))) contentStart++;
  let contentEnd = end;
  while (contentEnd > contentStart && isBlank(source.charCodeAt(contentEnd - 1))) contentEnd--;

  if (contentEnd < end) {
    const trailing = source.slice(contentEnd, end);
    const hardBreak = markdown && /^ {2,}$/.test(trailing) && contentEnd > start && !isBlankLine(source, next);
    if (!hardBreak) {
      findings.push({
        message: 'Unexpected trailing whitespace, expected none',
        range: [contentEnd, end],
        fix: edit('Remove trailing whitespace', contentEnd, end, ''),
      });
    }
  }

  const line = source.slice(contentStart, contentEnd);
  // Table rows (columns aligned with runs of spaces) keep their layout.
  if (/ {3,}|\t.*\t/.test(line)) return;
  for (const match of line.matchAll(/[ \t]*\t[ \t]*| {2,}/g)) {
    const from = contentStart + match.index;
    const to = from + match[0].length;
    findings.push({
      message: messageFor(match[0]),
      range: [from, to],
      fix: edit(match[0].includes('\t') ? 'Replace the tab with a space' : 'Use one space', from, to, ' '),
    });
  }
}

function messageFor(run: string): string {
  if (run.includes('\t')) return 'Unexpected tab, expected a space';
  return `Unexpected ${code(String(run.length))} spaces, expected \`1\``;
}

function edit(description: string, start: number, end: number, text: string): Fix {
  return { description, edits: [{ start, end, text }] };
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

function isBlankLine(source: string, start: number): boolean {
  let index = start;
  while (index < source.length && isBlank(source.charCodeAt(index))) index++;
  return index >= source.length || source.charCodeAt(index) === 10 || source.charCodeAt(index) === 13;
}

/** Source ranges of code, HTML, tables and front matter. */
function verbatimRanges(tree: ArticleRoot, source: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (tree.data?.format === 'markdown' && frontMatter) ranges.push([0, frontMatter[0].length]);
  visit(tree as Nodes, (node) => {
    if (!verbatimTypes.has(node.type)) return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) ranges.push([start, end]);
  });
  return ranges;
}

/**
 * Whether a line meets one of the ranges, asked of the lines in order. The ranges are sorted
 * once and passed with a cursor, keeping the furthest end so far: testing each line against every
 * range was quadratic in a draft of many comments or code spans (30,000 comments before 300,000
 * lines, 1 MB: 45 s, now 0.4 s).
 */
function skippedLines(ranges: Array<[number, number]>): (start: number, end: number) => boolean {
  ranges.sort((a, b) => a[0] - b[0]);
  let next = 0;
  let furthest = Number.NEGATIVE_INFINITY;
  return (start, end) => {
    // The ranges that start before the line ends (an empty line counts as one character).
    const lineEnd = Math.max(end, start + 1);
    while (next < ranges.length && (ranges[next] as [number, number])[0] < lineEnd) {
      furthest = Math.max(furthest, (ranges[next] as [number, number])[1]);
      next++;
    }
    return start < furthest;
  };
}
