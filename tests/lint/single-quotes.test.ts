import { describe, expect, it } from 'vitest';
import { singleQuotePairs } from '../../src/lint/single-quotes.js';

/** The phrases as written, marks included. */
const phrases = (text: string) => singleQuotePairs(text).map(({ open, close }) => text.slice(open, close + 1));

describe('singleQuotePairs', () => {
  it('should pair a phrase with its first closing mark', () => {
    expect(phrases("The ‘bad bank’ and the 'good bank' split.")).toEqual(['‘bad bank’', "'good bank'"]);
  });

  it('should close a phrase ending in `s` at once, before a possessive later in the block', () => {
    expect(phrases("He 'regrets' the analysts' view.")).toEqual(["'regrets'"]);
    expect(phrases("Minister 'regrets' row over '90s policy")).toEqual(["'regrets'"]);
  });

  it('should not close a phrase at a plural possessive inside it when a later mark closes it', () => {
    expect(phrases("He disputed 'the analysts' view' of the market.")).toEqual(["'the analysts' view'"]);
    expect(phrases('He disputed ‘the analysts’ view’.')).toEqual(['‘the analysts’ view’']);
    expect(phrases("'The analysts' view is wrong,' he said.")).toEqual(["'The analysts' view is wrong,'"]);
    // The next phrase opening ends the search: the possessive-looking mark closed the first.
    expect(phrases("The 'yes' campaign and the 'no' side.")).toEqual(["'yes'", "'no'"]);
  });
});
