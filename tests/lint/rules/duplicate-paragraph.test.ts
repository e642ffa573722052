import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

const repeated = 'The firm is now one of the biggest investors in Google.';

describe('duplicate-paragraph', () => {
  it('should accept different paragraphs', () => {
    expect(check('duplicate-paragraph', `Ad sales boost profit\n\n${repeated}\n\nIt hopes to grow.\n`)).toEqual([]);
  });

  it('should report the repeat, naming the first line', () => {
    expect(
      check('duplicate-paragraph', `Ad sales boost profit\n\n${repeated}\n\nIt hopes to grow.\n\n${repeated}\n`),
    ).toEqual(['7:1-7:56: Unexpected repeat of the paragraph on line `3`, expected each paragraph once']);
  });

  it('should let short paragraphs repeat', () => {
    expect(
      check('duplicate-paragraph', 'Ad sales boost profit\n\nMore follows.\n\nIt grew.\n\nMore follows.\n'),
    ).toEqual([]);
  });
});
