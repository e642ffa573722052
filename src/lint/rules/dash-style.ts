/**
 * dash-style: dashes between words are real dashes, spaced the house way.
 *
 * Why: a hyphen or a double hyphen standing in for a dash is a typewriter habit that looks
 * broken in print and trips up line breaking. AP style uses an em dash with a space on each
 * side (` — `); many books close it up (`—`); British papers often use a spaced en dash (` – `).
 * Hyphens in words and dashes in ranges (`1990-2000`, `5–3`) are left alone, and so is the
 * dateline's dash, which dateline-format checks, and dashes at the start or end of a line,
 * which in wire copy are table cells and legends.
 *
 * Options: `style` — `em-spaced` (default), `em-closed` or `en-spaced`.
 *
 * Fix: the dash is replaced and spaced as the style wants.
 *
 * ok: `It will pay $300m — a deal under review — to settle charges.`
 *
 * not ok: `It will pay $300m - a deal under review -- to settle charges.`
 */
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import { isVerbatim, type MappedText, mappedBlocks, sourceRange, spanAt, touchesCode } from '../mapped-text.js';
import { choiceOption } from '../options.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  style: 'em-spaced' | 'em-closed' | 'en-spaced';
}

/** Blocks whose dashes are conventions of their own: credits ("— AP") and bylines. */
const skippedBlocks = new Set(['sourceTags', 'byline', 'dateline']);

/**
 * A dash between two words: hyphens (one spaced, or two or three), an en dash or an em dash,
 * with the spaces around it. Word characters or sentence punctuation must stand on both sides.
 */
const dashPattern = /(?<=[\p{L}\p{N}.,;:!?%'"’”)\]])( *)(---?|–|—|(?<= )-(?= ))( *)(?=[\p{L}\p{N}$£€'"‘“([])/gu;

export const dashStyle: Rule<Options> = {
  meta: {
    id: 'dash-style',
    description: 'Dashes between words are em (or en) dashes, spaced the house way',
    severity: 'warning',
    recommended: true,
    fixable: true,
    url: ruleUrl('dash-style'),
  },
  defaults: Object.freeze({ style: 'em-spaced' }),
  schema: { style: choiceOption(['em-spaced', 'em-closed', 'en-spaced'] as const) },
  check(tree, { options, source }) {
    const findings: Finding[] = [];
    const dash = options.style === 'en-spaced' ? '–' : '—';
    const spaced = options.style !== 'em-closed';
    for (const mapped of mappedBlocks(tree, source)) {
      if (skippedBlocks.has(mapped.node.type)) continue;
      for (const match of mapped.text.matchAll(dashPattern)) {
        const before = match[1] ?? '';
        const mark = match[2] ?? '';
        const after = match[3] ?? '';
        const from = match.index + before.length;
        const to = from + mark.length;
        if (touchesCode(mapped, match.index, match.index + match[0].length)) continue;
        if (spanAt(mapped, 'dateline', from)) continue;
        if (atLineEdge(mapped, match.index, match.index + match[0].length, source)) continue;
        // Ranges and scores: "1990-2000", "5 – 3" need no dash style.
        const left = mapped.text.charAt(match.index - 1);
        const right = mapped.text.charAt(match.index + match[0].length);
        if (/\d/.test(left) && /\d/.test(right) && (mark.length === 1 || mark === '--')) {
          if (mark !== '—') continue;
        }
        const isSpaced = before.length > 0 && after.length > 0;
        const isClosed = before.length === 0 && after.length === 0;
        if (mark === '-' && !isSpaced) continue;
        if (mark === '–' && isClosed) continue;
        if (mark === dash && (spaced ? isSpaced : isClosed)) continue;
        findings.push(finding(mapped, mark, from, to, dash, spaced, source));
      }
    }
    return findings;
  },
};

/**
 * Whether a dash starts or ends a source line. Readers join hard-wrapped lines, so in the
 * text a dash at a line edge looks spaced; in wire copy it is layout (a table's empty cell, a
 * legend), not punctuation.
 */
function atLineEdge(mapped: MappedText, from: number, to: number, source: string | undefined): boolean {
  const before = mapped.offsets[from - 1];
  const after = mapped.offsets[to];
  if (source === undefined || before === undefined || after === undefined || before < 0 || after < 0) return false;
  return /[\r\n]/.test(source.slice(before, after));
}

function finding(
  mapped: MappedText,
  mark: string,
  from: number,
  to: number,
  dash: string,
  spaced: boolean,
  source: string | undefined,
): Finding {
  const expected = spaced ? ` ${dash} ` : dash;
  const message =
    mark === dash
      ? spaced
        ? `Unexpected ${code(mark)} without spaces, expected ${code(expected)}`
        : `Unexpected ${code(` ${mark} `)}, expected ${code(expected)}`
      : mark === '-' || mark === '–'
        ? `Unexpected ${code(mark)} used as a dash, expected ${code(dash)}`
        : `Unexpected ${code(mark)}, expected ${code(dash)}`;
  const range = sourceRange(mapped, from, to);
  if (!range || source === undefined || !isVerbatim(mapped, from, to)) return { message, node: mapped.node, range };
  let [start, end] = range;
  let text = dash;
  if (spaced) {
    if (!/\s/.test(source.charAt(start - 1))) text = ` ${text}`;
    if (!/\s/.test(source.charAt(end))) text = `${text} `;
  } else {
    if (source.charAt(start - 1) === ' ') start--;
    if (source.charAt(end) === ' ') end++;
  }
  return {
    message,
    node: mapped.node,
    range,
    fix: { description: `Replace with ${code(expected)}`, edits: [{ start, end, text }] },
  };
}
