import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

describe('empty-section', () => {
  it('should accept sections with text', () => {
    const text = '# Haniyeh in Tehran\n\nThe meeting was held.\n\n## Gaza\n\nLeaders met.\n';
    expect(check('empty-section', text, { from: 'markdown' })).toEqual([]);
  });

  it('should report a heading followed by another heading', () => {
    const text = '# Haniyeh in Tehran\n\nThe meeting was held.\n\n## Gaza\n\n## Reactions\n\nLeaders met.\n';
    expect(check('empty-section', text, { from: 'markdown' })).toEqual([
      '5:1-5:8: Missing text in section `Gaza`, expected a paragraph after the heading',
    ]);
  });
});
