/**
 * Parsing time grows linearly with the input: doubling an adversarial input (long runs of the
 * characters the detectors look at) at most about doubles the time. A quadratic step shows up
 * as a ratio near 4, an exponential one as a hang.
 *
 * Timing is made steady by warming up, repeating each parse until the sample lasts long enough
 * to measure, and taking the best of several samples.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';

/** Runs of one shape, `size` characters long (roughly). */
const shapes: Record<string, (size: number) => string> = {
  'straight double quotes': (size) => '"'.repeat(size),
  'spaced quotes': (size) => '" '.repeat(size / 2),
  'curly quotes, unclosed': (size) => '“a '.repeat(size / 3),
  'curly quotes, nested': (size) => '“‘'.repeat(size / 4) + '’”'.repeat(size / 4),
  'single quotes and apostrophes': (size) => "'s ".repeat(size / 3),
  digits: (size) => '1'.repeat(size),
  'digits and commas': (size) => '1,'.repeat(size / 2),
  'digits and stops': (size) => '1.'.repeat(size / 2),
  'money and percent': (size) => '$1.5bn 12% '.repeat(size / 11),
  'capitalised words': (size) => 'Abc '.repeat(size / 4),
  'capitalised words with stops': (size) => 'A. '.repeat(size / 3),
  'names joined by and': (size) => 'Abc and Def Corp said 5%, the Office of Rail and Road said. '.repeat(size / 60),
  'relative clauses before a verb': (size) =>
    'The Hunt group, which owns Abc and Def, said it sold 5% '.repeat(size / 56),
  spaces: (size) => `a${' '.repeat(size)}b`,
  tabs: (size) => `a${' \t'.repeat(size / 2)}b`,
  'open parentheses': (size) => '('.repeat(size),
  'parentheses pairs': (size) => '(a) '.repeat(size / 4),
  'By By By': (size) => 'By '.repeat(size / 3),
  dashes: (size) => '-'.repeat(size),
  'spaced dashes': (size) => ' - '.repeat(size / 3),
  'em dashes': (size) => '—'.repeat(size),
  'said said': (size) => `"Yes," ${'said '.repeat(size / 5)}`,
  'according to': (size) => 'according to '.repeat(size / 13),
  'link openers': (size) => '[a]('.repeat(size / 4),
  'front matter fences': (size) => '---\n'.repeat(size / 4),
  'attributed quotes': (size) => 'The firm said "it grew" today. '.repeat(size / 31),
  'attributed quotes with figures': (size) => 'The firm said "it grew 5%" today. '.repeat(size / 34),
  'quotes said by a pronoun': (size) => 'Mr Smith said "it grew" today. He said "no". '.repeat(size / 45),
  'many firms, then shouted figures': (size) => {
    // Each firm a name of its own ("Bcd Holdings Corp"), then a paragraph in capitals whose every
    // figure asks which firm its subject is.
    const firm = (index: number) =>
      `B${(index + 26 * 26).toString(26).replace(/\d/g, (digit) => 'qrstuvwxyz'[Number(digit)] as string)}`;
    const firms = Array.from({ length: size / 60 }, (_, index) => `${firm(index)} Holdings Corp said it sold 5%.`);
    return `${firms.join(' ')}\n\n${'ACME SAYS 5 PCT. '.repeat(size / 34)}`;
  },
};

/**
 * Shapes whose quadratic step (each attributed quote's speaker searched among, or inserted into,
 * all the names of its paragraph) only outgrows the linear work in a long paragraph: a ratio of
 * 3.3 to 3.6 at this size before it was fixed, 2.0 to 2.2 after.
 */
const longShapes: Record<string, number> = {
  'attributed quotes': 80_000,
  'attributed quotes with figures': 80_000,
  'quotes said by a pronoun': 80_000,
  'many firms, then shouted figures': 80_000,
};

/** The same run as headline, byline, lead, body paragraph and credit, so every detector sees it. */
function article(run: string): string {
  return `${run}\n\n${run}\n\nLONDON (Reuters) - ${run}\n\nA paragraph, said Jane Doe.\n\n${run}\n\n${run}`;
}

/** Milliseconds per parse: best of `samples`, each repeating the parse for at least `floor` ms. */
function measure(input: string, from: 'text' | 'markdown', samples = 3, floor = 15): number {
  let best = Number.POSITIVE_INFINITY;
  for (let sample = 0; sample < samples; sample++) {
    let runs = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      parse(input, { from });
      runs++;
      elapsed = performance.now() - start;
    } while (elapsed < floor);
    best = Math.min(best, elapsed / runs);
  }
  return best;
}

/**
 * Base size in characters (the article holds five runs): large enough that a quadratic step
 * dominates fixed costs, small enough that the slowest shape (a run of quotes, each one a node
 * with a speaker search) stays well under a second.
 */
const sizes = { text: 4_000, markdown: 2_000 } as const;

/**
 * Shapes run through the Markdown reader too: those its own code (remark, line joining, front
 * matter) or its different block structure could make slow. The detectors are the same for both.
 */
const markdownShapes = new Set([
  'straight double quotes',
  'curly quotes, nested',
  'spaces',
  'tabs',
  'capitalised words',
  'parentheses pairs',
  'spaced dashes',
  'link openers',
  'front matter fences',
]);

/**
 * Shapes known to be quadratic in micromark (remark's tokenizer), not in copydesk: an unclosed
 * link destination, `[a](` repeated, is rescanned from every opener (the CommonMark
 * "pathological" family). Checked with the text reader only; see README, Guarantees.
 */
const markdownKnownQuadratic = new Set(['link openers']);

describe('parse time', () => {
  for (const from of ['text', 'markdown'] as const) {
    for (const [name, shape] of Object.entries(shapes)) {
      if (from === 'markdown' && (!markdownShapes.has(name) || markdownKnownQuadratic.has(name))) continue;
      if (from === 'markdown' && name in longShapes) continue;
      const size = longShapes[name] ?? sizes[from];
      it(`should about double, not quadruple, when a run of ${name} doubles (${from} reader)`, () => {
        const small = article(shape(size));
        const large = article(shape(size * 2));
        measure(small, from, 2, 5); // warm-up: let the JIT settle before timing
        let ratio = Number.POSITIVE_INFINITY;
        // A noisy machine can spoil one comparison; a real quadratic step spoils every one.
        for (let attempt = 0; attempt < 5 && ratio > 3; attempt++) {
          ratio = measure(large, from) / measure(small, from);
        }
        expect(ratio).toBeLessThanOrEqual(3);
      });
    }
  }
});
