import { describe, expect, it } from 'vitest';
import { check, fixWith } from '../helpers.js';

const headline = 'Ad sales boost Time Warner profit\n\n';
const wrong = `${headline}It will pay $300m - a deal under review -- to settle charges.\n`;

describe('dash-style', () => {
  it('should accept spaced em dashes, hyphens and ranges', () => {
    const text = `${headline}It will pay $300m — a deal under review — to settle long-running charges from 1990-2000.\n`;
    expect(check('dash-style', text)).toEqual([]);
  });

  it('should report a spaced hyphen and a double hyphen', () => {
    expect(check('dash-style', wrong)).toEqual([
      '3:19-3:20: Unexpected `-` used as a dash, expected `—`',
      '3:41-3:43: Unexpected `--`, expected `—`',
    ]);
  });

  it('should report spaced dashes when the style is `em-closed`', () => {
    const text = `${headline}It will pay $300m — a deal under review — to settle.\n`;
    expect(check('dash-style', text, { options: { style: 'em-closed' } })).toEqual([
      '3:19-3:20: Unexpected ` — `, expected `—`',
      '3:41-3:42: Unexpected ` — `, expected `—`',
    ]);
  });

  it('should leave the dateline dash to dateline-format', () => {
    const text = 'CLEVELAND OIL TO FORM UNIT\n\n    CLEVELAND, Feb 26 - Standard Oil said it plans a venture.\n';
    expect(check('dash-style', text)).toEqual([]);
  });

  it('should leave dashes at line edges alone: table cells in wire copy', () => {
    const text = 'GRAIN LOAN RATES\n\n    Wheat   2.55   4.65     --\n                  V     4.65     --\n';
    expect(check('dash-style', text)).toEqual([]);
  });

  it('should fix, and fixing twice changes nothing', () => {
    const fixed = fixWith('dash-style', wrong);
    expect(fixed).toBe(`${headline}It will pay $300m — a deal under review — to settle charges.\n`);
    expect(fixWith('dash-style', fixed)).toBe(fixed);
    expect(fixWith('dash-style', fixed, { options: { style: 'em-closed' } })).toBe(
      `${headline}It will pay $300m—a deal under review—to settle charges.\n`,
    );
  });
});
