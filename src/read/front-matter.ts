/**
 * A Markdown draft's YAML front matter: the value the tree records, and, when the YAML is not
 * valid, what is wrong and where in the draft, for `convert`'s warning and `lint`'s message.
 *
 * The tree keeps an invalid block as `{ value: <its text> }`, as it always has, so the problem is
 * found again from the draft's text by the callers that report it (they have it), rather than
 * carried in the tree, whose JSON is a public contract.
 */
import { parseYaml } from './markdown-parser.js';

/** Front matter that is not valid YAML. */
export interface FrontMatterProblem {
  /** What is wrong, in the YAML parser's words, without its place. */
  readonly reason: string;
  /** 1-based line in the draft. */
  readonly line: number;
  /** 1-based column in the draft, in UTF-16 code units. */
  readonly column: number;
  /** 0-based offset in the draft (after a byte-order mark, as positions count). */
  readonly offset: number;
}

/**
 * The value a draft's front matter gives the tree's `data.frontMatter`: its mapping, or any
 * other YAML value, or the text itself when it is not valid YAML, as `{ value }`.
 *
 * @param yaml The text between the fences.
 * @returns The record.
 */
export function frontMatterValue(yaml: string): Record<string, unknown> {
  try {
    const value: unknown = parseYaml(yaml);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    return { value };
  } catch {
    return { value: yaml };
  }
}

/** Whether front matter was recorded as its text alone, as `frontMatterValue` keeps invalid YAML. */
function keptAsText(recorded: Record<string, unknown>): boolean {
  const keys = Object.keys(recorded);
  return keys.length === 1 && keys[0] === 'value' && typeof recorded['value'] === 'string';
}

/**
 * What is wrong with a Markdown draft's front matter, when it has some that is not valid YAML.
 *
 * @param text The draft, as given to `parse` (a leading byte-order mark is skipped).
 * @param recorded The tree's `data.frontMatter`, when the caller has the tree: the YAML is then
 *   parsed again only when the reader kept it as text (`{ value }`, what `frontMatterValue` gives
 *   for invalid YAML), not for every draft with valid front matter.
 * @returns The problem, placed in the draft; undefined without front matter or when it is valid.
 */
export function frontMatterProblem(text: string, recorded?: Record<string, unknown>): FrontMatterProblem | undefined {
  if (recorded !== undefined && !keptAsText(recorded)) return undefined;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const block = findYaml(source);
  if (block === undefined) return undefined;
  try {
    parseYaml(source.slice(block.start, block.end));
    return undefined;
  } catch (error) {
    const { message, linePos, pos } = error as {
      message?: unknown;
      linePos?: Array<{ line: number; col: number }>;
      pos?: number[];
    };
    const reason = String(message ?? error)
      .split('\n', 1)[0]
      ?.replace(/ at line \d+, column \d+:?$/, '');
    // The YAML starts on the draft's second line, after the opening `---`.
    const at = linePos?.[0];
    const offset = block.start + Math.min(pos?.[0] ?? 0, block.end - block.start);
    return {
      reason: reason || 'not valid YAML',
      line: (at?.line ?? 1) + 1,
      column: at?.col ?? 1,
      offset,
    };
  }
}

/**
 * Where the YAML of a draft's front matter is, as remark-frontmatter finds it: a `---` line
 * (spaces or tabs may follow) as the first line, up to the next `---` line.
 *
 * @param source The draft, without a byte-order mark.
 * @returns The YAML's `[start, end)` offsets, without the line ending before the closing fence.
 */
function findYaml(source: string): { start: number; end: number } | undefined {
  const opening = fenceEnd(source, 0);
  if (opening === undefined || opening === source.length) return undefined;
  const start = opening + lineEndingLength(source, opening);
  let lineStart = start;
  let previousEnd = start;
  for (;;) {
    const closing = fenceEnd(source, lineStart);
    if (closing !== undefined) return { start, end: Math.max(start, previousEnd) };
    let lineEnd = lineStart;
    while (lineEnd < source.length && !isLineEnding(source.charCodeAt(lineEnd))) lineEnd++;
    if (lineEnd === source.length) return undefined;
    previousEnd = lineEnd;
    lineStart = lineEnd + lineEndingLength(source, lineEnd);
  }
}

/** The end of a fence line (`---`, then spaces or tabs) starting at an offset: its line ending or the end of the text. */
function fenceEnd(source: string, index: number): number | undefined {
  if (!source.startsWith('---', index)) return undefined;
  let end = index + 3;
  while (source.charCodeAt(end) === 32 || source.charCodeAt(end) === 9) end++;
  return end === source.length || isLineEnding(source.charCodeAt(end)) ? end : undefined;
}

function isLineEnding(code: number): boolean {
  return code === 10 || code === 13;
}

function lineEndingLength(source: string, index: number): number {
  return source.charCodeAt(index) === 13 && source.charCodeAt(index + 1) === 10 ? 2 : 1;
}
