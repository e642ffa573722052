/**
 * `createFixPatch` (the `--fix-dry-run` diff) against jsdiff's `createTwoFilesPatch`, which it
 * replaces: the same bytes for drafts fixed by the real rules (generated: fixes at the start and
 * end, on adjacent lines, close enough for hunks to merge, a fixed line equal to the line beside
 * it, CRLF, a last line without a line break, a byte-order mark), and for edits of any
 * kind, line breaks included, spread over a text as fixes are. Where edits are packed together
 * in a text of a few distinct lines, a diff can be aligned in several ways of the same length and
 * the two may pick different ones: there the diff must still apply exactly.
 */
import { applyPatch, createTwoFilesPatch, parsePatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesOfFix, type FixedText, fixText, type TextChange } from '../../src/lint/fix.js';
import { createFixPatch } from '../../src/lint/fix-patch.js';
import type { TextEdit } from '../../src/lint/types.js';
import { articleText, hostileMarkdown } from '../robustness/arbitraries.js';

/** The dry-run diff of a draft, as the CLI makes it (a byte-order mark given back to both sides), and jsdiff's. */
function both(text: string, bom = ''): { ours: string; jsdiff: string; output: string } {
  const fixed = fixText(text, { parse: { from: 'text' } });
  const changes = changesOfFix(fixed, text).map((change) => moved(change, bom.length));
  return {
    ours: createFixPatch('a/draft.txt', 'b/draft.txt', `${bom}${text}`, `${bom}${fixed.output}`, changes),
    jsdiff: createTwoFilesPatch('a/draft.txt', 'b/draft.txt', `${bom}${text}`, `${bom}${fixed.output}`),
    output: fixed.output,
  };
}

function moved(change: TextChange, by: number): TextChange {
  return {
    oldStart: change.oldStart + by,
    oldEnd: change.oldEnd + by,
    newStart: change.newStart + by,
    newEnd: change.newEnd + by,
  };
}

/** Lines a draft is made of: most with something the safe fixes change, some already as fixed. */
const draftLine = fc.oneof(
  fc.nat(999).map((n) => `Profits rose ${n} per cent -- a record.`),
  fc.nat(999).map((n) => `Sales fell by ${n} units.  It said so. `),
  fc.nat(999).map((n) => `Prices rose\tagain in ${n} shops... the firm said.`),
  fc.nat(999).map((n) => `The council met ${n} times, officials said.`),
  fc.constantFrom(
    'Profits rose -- a record.',
    'Profits rose — a record.',
    'It said so. ',
    'It said so.',
    '',
    '',
    '',
    '  ',
    "It's the firm's call, she said.",
    'Wait... what happened?',
    'Wait… what happened?',
    'Shares fell - then rose.',
  ),
);

const draft = fc.record({
  lines: fc.array(draftLine, { minLength: 1, maxLength: 60 }),
  crlf: fc.boolean(),
  finalBreak: fc.boolean(),
  bom: fc.boolean(),
});

describe('createFixPatch: drafts fixed by the rules', () => {
  it('should write what createTwoFilesPatch writes, byte for byte, for drafts of lines the rules fix', () => {
    fc.assert(
      fc.property(draft, ({ lines, crlf, finalBreak, bom }) => {
        const eol = crlf ? '\r\n' : '\n';
        const text = `Ad sales boost Time Warner profit${eol}${eol}${lines.join(eol)}${finalBreak ? eol : ''}`;
        const { ours, jsdiff } = both(text, bom ? '\ufeff' : '');
        expect(ours).toBe(jsdiff);
      }),
      { numRuns: 300 },
    );
  });

  it('should write what createTwoFilesPatch writes for article-shaped drafts (wrapped, indented, CR, trailing blanks)', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const { ours, jsdiff } = both(text);
        expect(ours).toBe(jsdiff);
      }),
      { numRuns: 300 },
    );
  });

  it('should write what createTwoFilesPatch writes for Markdown drafts', () => {
    fc.assert(
      fc.property(hostileMarkdown, (text) => {
        const fixed = fixText(text, { parse: { from: 'markdown' } });
        const ours = createFixPatch('a/x.md', 'b/x.md', text, fixed.output, changesOfFix(fixed, text));
        expect(ours).toBe(createTwoFilesPatch('a/x.md', 'b/x.md', text, fixed.output));
      }),
      { numRuns: 200 },
    );
  });

  it('should merge fixes on adjacent lines into one block, as jsdiff does', () => {
    const text = 'Head line here\n\nA -- b.\nC -- d.\nE is fine.\n';
    const { ours, jsdiff } = both(text);
    expect(ours).toBe(jsdiff);
    expect(ours).toContain('-A -- b.\n-C -- d.\n+A — b.\n+C — d.\n E is fine.\n');
  });

  it('should keep one hunk for fixes up to eight lines apart and open a second beyond', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, index) => `Line ${index} is fine.`).join('\n');
    for (const gap of [7, 8, 9, 10]) {
      const text = `Head line here\n\nA -- b.\n${filler(gap)}\nC -- d.\n${filler(12)}\n`;
      const { ours, jsdiff } = both(text);
      expect(ours).toBe(jsdiff);
      expect(parsePatch(ours)[0]?.hunks.length).toBe(gap <= 8 ? 1 : 2);
    }
  });

  it('should align a fixed line that equals the line beside it as jsdiff does', () => {
    // The fixed line could be matched with either copy: jsdiff keeps the first.
    for (const text of [
      'Head line here\n\nA -- b.\nA — b.\nC.\n',
      'Head line here\n\nA — b.\nA -- b.\nC.\n',
      'Head line here\n\nSo it said.  \nSo it said.\nSo it said.\n',
      'Head line here\n\nA -- b.\n\nA — b.\n\nA -- b.\n',
    ]) {
      const { ours, jsdiff } = both(text);
      expect(ours).toBe(jsdiff);
    }
    expect(both('Head line here\n\nA -- b.\nA — b.\nC.\n').ours).toContain('\n-A -- b.\n A — b.\n+A — b.\n C.\n');
  });

  it('should fix the first and the last line, with and without a final line break', () => {
    for (const text of ['Head -- line\n\nBody.\n', 'Head line\n\nBody -- text.', 'Head line\n\nBody -- text.\n']) {
      const { ours, jsdiff } = both(text);
      expect(ours).toBe(jsdiff);
    }
    expect(both('Head line\n\nBody -- text.').ours).toContain(
      '-Body -- text.\n\\ No newline at end of file\n+Body — text.\n\\ No newline at end of file\n',
    );
  });

  it('should count a byte-order mark fixText dropped as a change of the first line', () => {
    const text = '\ufeffHead line\n\nBody -- text.\n';
    const fixed = fixText(text);
    const ours = createFixPatch('a/x', 'b/x', text, fixed.output, changesOfFix(fixed, text));
    expect(ours).toBe(createTwoFilesPatch('a/x', 'b/x', text, fixed.output));
  });

  it('should write no hunks when nothing changed', () => {
    expect(createFixPatch('a/x', 'b/x', 'Same\n', 'Same\n', [])).toBe(
      createTwoFilesPatch('a/x', 'b/x', 'Same\n', 'Same\n'),
    );
  });
});

/** A text of `lines` lines drawn from `kinds` kinds, and rounds of edits `gap` characters apart on average. */
const edited = (kinds: number, gap: number) =>
  fc
    .record({
      lines: fc.array(fc.nat(kinds - 1), { minLength: 0, maxLength: 120 }),
      finalBreak: fc.boolean(),
      rounds: fc.array(
        fc.array(
          fc.record({
            skip: fc.nat(gap * 2),
            length: fc.nat(3),
            text: fc.constantFrom('', 'x', '\n', '\r\n', 'line 2', 'line 3\n', ' ', '\n\n'),
          }),
          { maxLength: 30 },
        ),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map(({ lines, finalBreak, rounds }) => {
      const body = lines.map((kind) => (kind === 0 ? '' : kind === 1 ? '  ' : `line ${kind}`)).join('\n');
      const text = finalBreak && lines.length > 0 ? `${body}\n` : body;
      let output = text;
      const applied: TextEdit[][] = [];
      for (const round of rounds) {
        const edits: TextEdit[] = [];
        let at = 0;
        for (const { skip, length, text: replacement } of round) {
          at += skip;
          if (at > output.length) break;
          const end = Math.min(at + length, output.length);
          edits.push({ start: at, end, text: replacement });
          at = end + 1;
        }
        let next = '';
        let from = 0;
        for (const edit of edits) {
          next += output.slice(from, edit.start) + edit.text;
          from = edit.end;
        }
        output = next + output.slice(from);
        applied.push(edits);
      }
      const fixed: FixedText = { output, messages: [], applied: applied.length, rounds: applied };
      return { text, fixed };
    });

describe('createFixPatch: edits of any kind', () => {
  it('should write what createTwoFilesPatch writes where edits are a few lines apart or more', () => {
    fc.assert(
      fc.property(edited(8, 175), ({ text, fixed }) => {
        const ours = createFixPatch('a/x', 'b/x', text, fixed.output, changesOfFix(fixed, text));
        expect(ours).toBe(createTwoFilesPatch('a/x', 'b/x', text, fixed.output));
      }),
      { numRuns: 500 },
    );
  });

  it('should give a diff that applies exactly, however packed the edits and alike the lines', () => {
    fc.assert(
      fc.property(edited(4, 12), ({ text, fixed }) => {
        const ours = createFixPatch('a/x', 'b/x', text, fixed.output, changesOfFix(fixed, text));
        expect(applyPatch(text, ours, { fuzzFactor: 0 })).toBe(fixed.output);
      }),
      { numRuns: 500 },
    );
  });
});

describe('createFixPatch: many fixed lines', () => {
  it('should diff 10,000 fixed paragraphs in time linear in them', { timeout: 20_000 }, () => {
    // jsdiff's whole-file Myers diff took 51 s on these through the CLI, O(lines × changes).
    const text = `Head line here\n\n${Array.from({ length: 10_000 }, (_, index) => `Line ${index} rose -- a record.\n`).join('\n')}`;
    const fixed = fixText(text, { parse: { from: 'text' } });
    const ours = createFixPatch('a/x', 'b/x', text, fixed.output, changesOfFix(fixed, text));
    const [patch] = parsePatch(ours);
    expect(patch?.hunks).toHaveLength(1);
    expect(patch?.hunks[0]?.lines.filter((line) => line.startsWith('-'))).toHaveLength(10_000);
    expect(applyPatch(text, ours, { fuzzFactor: 0 })).toBe(fixed.output);
  });

  it('should give a diff that applies for fixed lines alternating with already fixed copies', {
    timeout: 20_000,
  }, () => {
    // Every fixed line reads as its neighbours, so each is diffed with jsdiff in windows of up to
    // 500 lines: linear time, and an alignment as short as jsdiff's, though not always the same.
    const text = `Head line here\n\n${Array.from({ length: 10_000 }, (_, index) => (index % 2 ? 'A — b.\n' : 'A -- b.\n')).join('')}`;
    const fixed = fixText(text, { parse: { from: 'text' } });
    const ours = createFixPatch('a/x', 'b/x', text, fixed.output, changesOfFix(fixed, text));
    expect(applyPatch(text, ours, { fuzzFactor: 0 })).toBe(fixed.output);
    const changed = parsePatch(ours)[0]?.hunks.flatMap((hunk) => hunk.lines.filter((line) => /^[-+]/.test(line)));
    expect(changed).toHaveLength(10_000);
  });
});
