import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

describe('paragraph-length', () => {
  it('should accept short paragraphs', () => {
    expect(check('paragraph-length', 'Ad sales boost profit\n\nProfits jumped. Sales rose.\n')).toEqual([]);
  });

  it('should report a paragraph with more than `maxSentences` sentences', () => {
    expect(
      check('paragraph-length', 'Ad sales boost profit\n\nOne. Two. Three. Four.\n', { options: { maxSentences: 3 } }),
    ).toEqual(['3:1-3:23: Unexpected paragraph of `4` sentences, expected at most `3`']);
  });

  it('should report a paragraph with more than `maxWords` words', () => {
    expect(
      check('paragraph-length', 'Ad sales boost profit\n\nOne two three four five six.\n', {
        options: { maxWords: 5 },
      }),
    ).toEqual(['3:1-3:29: Unexpected paragraph of `6` words, expected at most `5`']);
  });
});
