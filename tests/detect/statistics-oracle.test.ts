/**
 * Differential test of statistic values against compromise, an independent number parser, over
 * a sample of the shared corpus. compromise is far too slow for the hot path (0.17 MB/s on news
 * text) but is a good oracle: where both read the same span, they must agree on the number.
 *
 * compromise reads the number and leaves wire multipliers ("mln", "bn", "m") alone, so the oracle
 * scales its reading by the multiplier written in the span; spans whose value is not a plain
 * number for compromise (ranges, fractions such as "8-3/4", ratios, scores) are left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { phrasingText } from '../../src/detect/text.js';
import { parse } from '../../src/parse.js';
import type { Statistic } from '../../src/tree/types.js';
import { shared } from '../helpers/cli.js';

const corpus = path.join(shared, 'corpus');

const multipliers: ReadonlyArray<[RegExp, number]> = [
  [/\b(?:trillion|trn|tn)\b/i, 1e12],
  [/(?:\d|\b)(?:billion|bln|bn)\b/i, 1e9],
  [/(?:\d|\b)(?:million|mln|m)\b/i, 1e6],
  [/(?:\d|\b)(?:thousand|k)\b/i, 1e3],
];

/** The value compromise reads in a span, scaled by the span's multiplier, or undefined. */
function oracleValue(span: string): number | undefined {
  const numbers = nlp(span).numbers().get() as number[];
  if (numbers.length !== 1) return undefined;
  let value = numbers[0] as number;
  // compromise already applies spelled-out multipliers ("two million").
  const spelledOut =
    /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half|several)\s+(?:million|billion|thousand|trillion)\b/i;
  if (!spelledOut.test(span)) {
    for (const [pattern, factor] of multipliers) {
      if (
        pattern.test(span) &&
        !(/\d[\d,]*\s*(?:million|billion|thousand|trillion)\b/i.test(span) && value >= factor)
      ) {
        value *= factor;
        break;
      }
    }
  }
  return value;
}

function sample(folder: string, every: number): string[] {
  const directory = path.join(corpus, folder, 'articles');
  return readdirSync(directory)
    .sort()
    .filter((_, index) => index % every === 0)
    .map((file) => path.join(directory, file));
}

describe.skipIf(!existsSync(corpus))('statistic values against compromise (corpus sample)', () => {
  it('should agree with the oracle on at least 99% of the plain figures it can read', () => {
    let compared = 0;
    const disagreements: string[] = [];
    for (const file of [...sample('bbc', 8), ...sample('reuters', 30)]) {
      const tree = parse(readFileSync(file, 'utf8'));
      visit(tree as Nodes, 'statistic', (node: Statistic) => {
        if (node.high !== null || node.kind === 'ratio' || node.kind === 'score') return;
        const span = phrasingText(node.children);
        if (/\d[-–/]\d|\d\s+\d+\/\d/.test(span)) return;
        const expected = oracleValue(span);
        if (expected === undefined || !Number.isFinite(expected)) return;
        compared++;
        if (Math.abs(expected - node.value) > Math.max(1e-6, Math.abs(expected) * 1e-3)) {
          disagreements.push(`${path.basename(file)}: ${JSON.stringify(span)} → ${node.value}, compromise ${expected}`);
        }
      });
    }
    expect(compared).toBeGreaterThan(500);
    const agreement = 1 - disagreements.length / compared;
    expect(
      agreement,
      `${disagreements.length} of ${compared} differ:\n${disagreements.join('\n')}`,
    ).toBeGreaterThanOrEqual(0.99);
  });
});
