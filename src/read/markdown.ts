/**
 * The Markdown reader: parses a draft with remark-parse and normalises its text so that it
 * matches what the plain-text reader produces (soft line breaks joined with one space), keeping
 * a source map for every text node. GFM tables are read as mdast `table` / `tableRow` /
 * `tableCell` (see markdown-parser.ts); the detectors leave their cells alone.
 */
import type { Nodes, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { type Segment, SourceMap } from '../tree/source-map.js';
import type { ArticleRoot } from '../tree/types.js';
import { frontMatterValue } from './front-matter.js';
import { decodeNamedReference, markdownParser } from './markdown-parser.js';
import { capNesting } from './nesting.js';
import type { ReadResult } from './text.js';

/**
 * Read a Markdown draft into an mdast root.
 *
 * @param input The Markdown text, decoded. A leading BOM is skipped and not counted in offsets.
 * @returns The tree and its source map.
 */
export function readMarkdown(input: string): ReadResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const map = new SourceMap(text);
  const tree = markdownParser().parse(text) as ArticleRoot;
  capNesting(tree);
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    tree.children.shift();
    tree.data = { frontMatter: frontMatterValue(first.value) };
  }
  // Code (blocks and inline code wrapped over a line) and raw HTML keep their lines, with LF as
  // every output writes them: a CRLF draft's code would otherwise put CRLF in the middle of LF
  // Markdown and HTML, and its tree would differ from the same draft's with LF.
  if (text.includes('\r')) {
    visit(tree as Nodes, (node) => {
      if ((node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') && node.value.includes('\r')) {
        node.value = node.value.replace(/\r\n?/g, '\n');
      }
      return undefined;
    });
  }
  visit(tree as Nodes, 'text', (node: Text) => {
    node.value = joinLines(node.value);
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) map.register(node, align(node.value, text, start, end));
  });
  return { tree, map };
}

/**
 * Join soft line breaks with one space, dropping the spaces and tabs around them. A loop rather
 * than a replace with "spaces, line break, spaces": that regex rescans a run of spaces from each
 * of its characters, which is quadratic on a long line of spaces.
 */
function joinLines(value: string): string {
  const parts: string[] = [];
  let start = 0;
  let index = 0;
  while (index < value.length) {
    const code = value.charCodeAt(index);
    if (code !== 10 && code !== 13) {
      index++;
      continue;
    }
    let end = index;
    while (end > start && isBlank(value.charCodeAt(end - 1))) end--;
    parts.push(value.slice(start, end), ' ');
    index += code === 13 && value.charCodeAt(index + 1) === 10 ? 2 : 1;
    while (index < value.length && isBlank(value.charCodeAt(index))) index++;
    start = index;
  }
  if (start === 0) return value;
  parts.push(value.slice(start));
  return parts.join('');
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * Align a text node's value with its source slice. The value is the source with escapes and
 * character references resolved and line breaks joined, so a greedy walk that skips source
 * characters until the next value character matches finds the runs copied verbatim.
 */
function align(value: string, source: string, start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  let j = start;
  let inRun = false;
  characters: for (let i = 0; i < value.length && j < end; i++) {
    const char = value.charCodeAt(i);
    const isSpace = char === 32;
    let matched = -1;
    while (j < end) {
      const code = source.charCodeAt(j);
      if (code === char || (isSpace && (code === 10 || code === 13 || code === 9))) {
        matched = code;
        break;
      }
      // `&ldquo;` in the source is `“` in the value: map it to the reference, or the walk
      // would skip to the end looking for `“` and every later position would drift.
      if (code === 38 /* & */) {
        const reference = characterReference(source, j, end);
        if (reference && value.startsWith(reference.text, i)) {
          segments.push({ from: i, at: j, chars: reference.text.length, width: reference.length });
          i += reference.text.length - 1;
          j += reference.length;
          inRun = false;
          continue characters;
        }
      }
      j++;
      inRun = false;
    }
    if (matched < 0) break;
    if (!inRun) {
      segments.push({ from: i, at: j });
      inRun = true;
    }
    j++;
    if (matched === 10 || matched === 13) {
      // A joined line break may stand for several source characters (CRLF, indentation).
      const before = j;
      while (j < end && /\s/.test(source.charAt(j))) j++;
      if (j !== before) inRun = false;
    }
  }
  return segments;
}

/** A character reference: `&amp;`, `&#8220;`, `&#x201C;` (the forms CommonMark reads). */
const referencePattern = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/y;

/**
 * The character reference at an index of the source, and what it stands for; undefined when
 * there is none (the caller checks the value holds those characters, so a reference CommonMark
 * would not read, or reads otherwise, is never taken for one).
 */
function characterReference(source: string, index: number, end: number): { text: string; length: number } | undefined {
  referencePattern.lastIndex = index;
  const match = referencePattern.exec(source);
  if (!match || index + match[0].length > end) return undefined;
  const [whole, decimal, hexadecimal, name] = match;
  if (name !== undefined) {
    const text = decodeNamedReference(name);
    return text === false ? undefined : { text, length: whole.length };
  }
  const code = Number.parseInt((decimal ?? hexadecimal) as string, decimal === undefined ? 16 : 10);
  // CommonMark reads zero, surrogates and values beyond Unicode as U+FFFD.
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return { text: valid ? String.fromCodePoint(code) : '\ufffd', length: whole.length };
}
