import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

const headline = 'Ad sales boost Time Warner profit\n\n';

describe('quote-balance', () => {
  it('should accept closed quotes', () => {
    expect(check('quote-balance', `${headline}"Our performance was strong," chairman Richard Parsons said.\n`)).toEqual(
      [],
    );
  });

  it('should report an opening mark that is never closed', () => {
    expect(check('quote-balance', `${headline}"Our performance was strong, chairman Richard Parsons said.\n`)).toEqual([
      '3:1-3:2: Missing closing `"` for the quote opened here, expected one before the end of the paragraph',
    ]);
  });

  it('should report a closing mark with nothing open', () => {
    expect(check('quote-balance', `${headline}Parsons said the results were strong." He left.\n`)).toEqual([
      '3:38-3:39: Unexpected closing `"` without an opening mark, expected `"` before it',
    ]);
  });

  it('should take an inch mark after a figure for a prime, not a stray closing mark', () => {
    expect(
      check('quote-balance', `${headline}The centre is 5'10" tall and signed a 12" deal, the club said.\n`),
    ).toEqual([]);
  });

  it('should accept a quote running over paragraphs, reopened in the next one', () => {
    const text = `${headline}"We met our objectives," Parsons said. "We will grow.\n\n"We will also hire," he added.\n`;
    expect(check('quote-balance', text)).toEqual([]);
  });

  it('should report curly marks by their kind', () => {
    expect(check('quote-balance', `${headline}“Our performance was strong, he said.\n`)).toEqual([
      '3:1-3:2: Missing closing `”` for the quote opened here, expected one before the end of the paragraph',
    ]);
  });
});
