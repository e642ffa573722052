import { describe, expect, it } from 'vitest';
import { check, fixWith } from '../helpers.js';

const headline = 'Ad sales boost Time Warner profit\n\n';
const wrong = `${headline}"We will see. . .," he said. "Maybe..."\n`;

describe('ellipsis', () => {
  it('should accept the ellipsis character', () => {
    expect(check('ellipsis', `${headline}"We will see…," he said.\n`)).toEqual([]);
  });

  it('should report periods', () => {
    expect(check('ellipsis', wrong)).toEqual([
      '3:13-3:18: Unexpected `. . .`, expected `…`',
      '3:36-3:39: Unexpected `...`, expected `…`',
    ]);
  });

  it('should report the character when the style is `periods`', () => {
    expect(check('ellipsis', `${headline}"We will see…," he said.\n`, { options: { style: 'periods' } })).toEqual([
      '3:13-3:14: Unexpected `…`, expected `...`',
    ]);
  });

  it('should fix, and fixing twice changes nothing', () => {
    const fixed = fixWith('ellipsis', wrong);
    expect(fixed).toBe(`${headline}"We will see…," he said. "Maybe…"\n`);
    expect(fixWith('ellipsis', fixed)).toBe(fixed);
  });
});
