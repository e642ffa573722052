import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

const markdown = { from: 'markdown' as const };

describe('section-heading-style', () => {
  it('should accept a short sentence-case heading', () => {
    const text = '# Haniyeh in Tehran\n\nThe meeting was held.\n\n## Palestinian resistance\n\nLeaders met.\n';
    expect(check('section-heading-style', text, markdown)).toEqual([]);
  });

  it('should report capitals and a final full stop', () => {
    const text = '# Haniyeh in Tehran\n\nThe meeting was held.\n\n## THE RESISTANCE MEETS IN TEHRAN.\n\nLeaders met.\n';
    expect(check('section-heading-style', text, markdown)).toEqual([
      '5:1-5:35: Unexpected capitals in section heading, expected sentence case',
      '5:34-5:35: Unexpected `.` at the end of a section heading, expected none',
    ]);
  });

  it('should report a heading longer than `maxWords`', () => {
    const text = '# Haniyeh in Tehran\n\nThe meeting was held.\n\n## Leaders of the resistance met\n\nLeaders met.\n';
    expect(check('section-heading-style', text, { ...markdown, options: { maxWords: 3 } })).toEqual([
      '5:1-5:33: Unexpected section heading of `5` words, expected at most `3`',
    ]);
  });
});
