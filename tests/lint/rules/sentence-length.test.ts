import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

describe('sentence-length', () => {
  it('should accept short sentences', () => {
    expect(check('sentence-length', 'Ad sales boost profit\n\nThe firm grew. It hopes to grow.\n')).toEqual([]);
  });

  it('should point at the sentence longer than `max`', () => {
    const text = 'Ad sales boost profit\n\nThe firm said it was one of the biggest investors. It hopes to grow.\n';
    expect(check('sentence-length', text, { options: { max: 6 } })).toEqual([
      '3:1-3:51: Unexpected sentence of `10` words, expected at most `6`',
    ]);
  });

  it('should span hard-wrapped lines', () => {
    const text = 'Ad sales boost profit\n\nThe firm said it was one\nof the biggest investors. It grew.\n';
    expect(check('sentence-length', text, { options: { max: 6 } })).toEqual([
      '3:1-4:26: Unexpected sentence of `10` words, expected at most `6`',
    ]);
  });
});
