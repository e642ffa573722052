import { describe, expect, it } from 'vitest';
import { check, fixWith } from '../helpers.js';

const headline = 'Ad sales boost Time Warner profit\n\n';
const wrong = `${headline}3 people were hurt and twelve were rescued, and 4 analysts said prices rose 5% and costs 4 per cent.\n`;

describe('number-style', () => {
  it('should accept AP numbers', () => {
    expect(
      check('number-style', `${headline}Three people were hurt and 12 were rescued; prices rose 5% and costs 4%.\n`),
    ).toEqual([]);
  });

  it('should report figures below 10, words from ten up, a figure first and a second percent form', () => {
    expect(check('number-style', wrong)).toEqual([
      '3:1-3:2: Unexpected figure `3` at the start of a sentence, expected `Three`',
      '3:24-3:30: Unexpected `twelve`, expected `12`',
      '3:49-3:50: Unexpected figure `4`, expected `four`',
      '3:92-3:100: Unexpected `per cent` after a figure, expected `%`',
    ]);
  });

  it("should leave AP's exceptions alone: money, units, dates, names, years, ranges", () => {
    const text = `${headline}In 2004 he paid $5 for 3 km of cable on March 3, played Half-Life 2 and won 3 to 2.\n\n2004 was a good year.\n`;
    expect(check('number-style', text)).toEqual([]);
  });

  it('should fix the unambiguous cases, and fixing twice changes nothing', () => {
    const fixed = fixWith('number-style', wrong);
    expect(fixed).toBe(
      `${headline}Three people were hurt and 12 were rescued, and four analysts said prices rose 5% and costs 4%.\n`,
    );
    expect(fixWith('number-style', fixed)).toBe(fixed);
  });

  it('should ask for a recast when a large figure starts a sentence', () => {
    expect(check('number-style', `${headline}1,200 soldiers were killed, the army said.\n`)).toEqual([
      '3:1-3:6: Unexpected figure `1,200` at the start of a sentence, expected the number in words or the sentence recast',
    ]);
  });

  it('should use the percent form the options ask for', () => {
    expect(check('number-style', `${headline}Prices rose 5% in May.\n`, { options: { percent: 'percent' } })).toEqual([
      '3:14-3:15: Unexpected `%` after a figure, expected `percent`',
    ]);
  });

  it('should read a paragraph of 100,000 figures', () => {
    // Each figure looked for its statistic among all the paragraph's statistics: 74 s.
    const text = `${headline}The scores were ${'1, '.repeat(100_000)}1. In the end, 2 people left.\n`;
    expect(check('number-style', text)).toEqual(['3:300032-3:300033: Unexpected figure `2`, expected `two`']);
  });
});
