import { describe, expect, it } from 'vitest';
import { check, fixWith } from '../helpers.js';

const headline = 'Ad sales boost Time Warner profit\n\n';
const mixed = `${headline}Time Warner’s profits rose in the ‘90s, and it doesn't stop, Parsons’ aides said.\n`;

describe('apostrophes', () => {
  it('should accept one kind of apostrophe', () => {
    expect(check('apostrophes', `${headline}Time Warner’s profits rose in the ’90s and don’t stop.\n`)).toEqual([]);
    expect(check('apostrophes', `${headline}Time Warner's profits rose and don't stop.\n`)).toEqual([]);
  });

  it('should report an opening quote used as an apostrophe, and the kind used less', () => {
    expect(check('apostrophes', mixed)).toEqual([
      '3:35-3:36: Unexpected `‘` as an apostrophe, expected `’`',
      "3:53-3:54: Unexpected `'` as an apostrophe, expected `’`",
    ]);
  });

  it('should report every straight apostrophe when the style is `curly`', () => {
    expect(
      check('apostrophes', `${headline}Time Warner's profits rose and don't stop.\n`, { options: { style: 'curly' } }),
    ).toEqual([
      "3:12-3:13: Unexpected `'` as an apostrophe, expected `’`",
      "3:35-3:36: Unexpected `'` as an apostrophe, expected `’`",
    ]);
  });

  it('should fix, and fixing twice changes nothing', () => {
    const fixed = fixWith('apostrophes', mixed);
    expect(fixed).toBe(
      `${headline}Time Warner’s profits rose in the ’90s, and it doesn’t stop, Parsons’ aides said.\n`,
    );
    expect(fixWith('apostrophes', fixed)).toBe(fixed);
  });
});

describe('apostrophes next to single-quoted phrases', () => {
  const phrase = "Minister 'regrets' row over '90s policy\n\nThe minister said it was fine.\n";

  it('should not take the mark closing a phrase ending in `s` for a possessive apostrophe', () => {
    expect(check('apostrophes', phrase, { options: { style: 'curly' } })).toEqual([
      "1:29-1:30: Unexpected `'` as an apostrophe, expected `’`",
    ]);
    expect(fixWith('apostrophes', phrase, { options: { style: 'curly' } })).toBe(
      "Minister 'regrets' row over ’90s policy\n\nThe minister said it was fine.\n",
    );
  });

  it('should not straighten the closing mark of a curly phrase', () => {
    const curly = `${headline}The ‘regrets’ of Time Warner's analysts' aides.\n`;
    expect(check('apostrophes', curly, { options: { style: 'straight' } })).toEqual([]);
  });

  it('should see a plural possessive inside a phrase that closes after it', () => {
    const inside = `${headline}He disputed 'the analysts' view' of the market.\n`;
    expect(check('apostrophes', inside, { options: { style: 'curly' } })).toEqual([
      "3:26-3:27: Unexpected `'` as an apostrophe, expected `’`",
    ]);
    expect(fixWith('apostrophes', inside, { options: { style: 'curly' } })).toBe(
      `${headline}He disputed 'the analysts’ view' of the market.\n`,
    );
  });

  it('should still see a possessive after a quoted phrase', () => {
    const after = `${headline}He 'regrets' the analysts’ view.\n`;
    expect(check('apostrophes', after, { options: { style: 'straight' } })).toEqual([
      "3:26-3:27: Unexpected `’` as an apostrophe, expected `'`",
    ]);
  });
});
