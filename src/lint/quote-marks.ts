/**
 * Double quotation marks in a block, paired up. Straight marks (`"`) do not say whether they
 * open or close, so their role is read from the characters around them, as a typesetter would:
 * after a space or an opening bracket and before a word, a mark opens; after a word and
 * before a space or punctuation, it closes. Curly marks nest; straight marks cannot, so a
 * straight mark that opens while another straight quote is open means the first was never
 * closed.
 */
import { isDigitCode } from '../detect/sentences.js';
import { codeOffset, type MappedText } from './mapped-text.js';

/** One double quotation mark. */
export interface QuoteMark {
  /** Index in the block's text. */
  readonly index: number;
  /** The mark as written. */
  readonly char: string;
  readonly role: 'open' | 'close';
  /** Nesting depth: 0 for an outer quote, 1 for a quote inside it, … */
  readonly depth: number;
  readonly straight: boolean;
  /** Whether the role was read from the surrounding characters (always true for curly marks). */
  readonly certain: boolean;
}

/** The marks of a block, and the ones that do not pair up. */
export interface QuoteScan {
  readonly marks: readonly QuoteMark[];
  /** Opening marks never closed, in order. */
  readonly unclosed: readonly QuoteMark[];
  /** Closing marks with nothing open. */
  readonly stray: readonly QuoteMark[];
}

const openers = new Set(['“', '„', '‟']);
const beforeOpen = new Set(['(', '[', '{', '—', '–', '-', '/', '‘', "'"]);
const afterClose = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '’', "'", '…']);

/**
 * Scan a block's double quotation marks.
 *
 * @param mapped The block's mapped text.
 * @returns The marks and the unpaired ones.
 */
export function scanQuotes(mapped: MappedText): QuoteScan {
  // Three rules scan the same blocks in one run.
  let scan = scans.get(mapped);
  if (!scan) {
    scan = scanMarks(mapped);
    scans.set(mapped, scan);
  }
  return scan;
}

/** Scans by mapped block (read-only to the rules). */
const scans = new WeakMap<MappedText, QuoteScan>();

/** Whether a UTF-16 code is a double mark: `"`, `“`, `”`, `„` or `‟` (tested for every character). */
function isDoubleMark(code: number): boolean {
  return code === 34 || (code >= 0x201c && code <= 0x201f);
}

function scanMarks(mapped: MappedText): QuoteScan {
  const text = mapped.text;
  const marks: QuoteMark[] = [];
  const unclosed: QuoteMark[] = [];
  const stray: QuoteMark[] = [];
  const stack: QuoteMark[] = [];
  for (let index = 0; index < text.length; index++) {
    if (!isDoubleMark(text.charCodeAt(index))) continue;
    const char = text.charAt(index);
    const straight = char === '"';
    if (mapped.offsets[index] === codeOffset) continue;
    let role: 'open' | 'close';
    let certain = true;
    if (straight) {
      // An inch or seconds mark after a figure with no quotation open (`5'10"`, `a 12" screen`)
      // is a prime, not a quotation mark: neither a stray closing mark nor one to curl.
      if (stack.length === 0 && isDigitCode(text.charCodeAt(index - 1)) && contextRole(text, index) === 'close') {
        continue;
      }
      const context = contextRole(text, index);
      certain = context !== undefined;
      role = context ?? (stack[stack.length - 1]?.role === 'open' ? 'close' : 'open');
      const top = stack[stack.length - 1];
      if (role === 'open' && top?.straight) unclosed.push(stack.pop() as QuoteMark);
    } else role = openers.has(char) ? 'open' : 'close';
    if (role === 'open') {
      const mark: QuoteMark = { index, char, role, depth: stack.length, straight, certain };
      stack.push(mark);
      marks.push(mark);
      continue;
    }
    const opened = stack.pop();
    const mark: QuoteMark = { index, char, role, depth: opened ? opened.depth : 0, straight, certain };
    marks.push(mark);
    if (!opened) stray.push(mark);
  }
  // A loop, not `push(...stack)`: one argument per unclosed mark overflowed the call stack at
  // about 120,000 of them (a RangeError that failed nested-quote-style on 1.6 MB of `“a ‘b `).
  for (const mark of stack) unclosed.push(mark);
  unclosed.sort((a, b) => a.index - b.index);
  return { marks, unclosed, stray };
}

/** The role the neighbours give a straight mark, or undefined when they do not tell. */
function contextRole(text: string, index: number): 'open' | 'close' | undefined {
  const before = text.charAt(index - 1);
  const after = text.charAt(index + 1);
  const opens = (before === '' || /\s/.test(before) || beforeOpen.has(before)) && after !== '' && !/\s/.test(after);
  const closes = (after === '' || /\s/.test(after) || afterClose.has(after)) && before !== '' && !/\s/.test(before);
  if (opens && !closes) return 'open';
  if (closes && !opens) return 'close';
  return undefined;
}

/**
 * Whether a block's text starts with an opening quotation mark: the newsroom convention for a
 * quote that runs over several paragraphs leaves each one open and reopens the next.
 *
 * @param text A block's text.
 * @returns True when it starts with an opening mark.
 */
export function startsWithOpeningMark(text: string): boolean {
  return /^\s*["“‘'„]/.test(text);
}

/**
 * The curly mark for a straight one in a given role.
 *
 * @param role Opening or closing.
 * @returns `“` or `”`.
 */
export function curlyMark(role: 'open' | 'close'): string {
  return role === 'open' ? '“' : '”';
}
