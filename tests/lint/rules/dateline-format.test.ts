import { describe, expect, it } from 'vitest';
import { check, fixWith } from '../helpers.js';

const ap = { options: { dash: 'em', months: 'ap' } };
const wrong =
  'RED LION INNS FILES PLANS OFFERING\n\n    Portland, OR, Feb 26 - Red Lion Inns Limited Partnership\nsaid it filed a registration statement.\n';

describe('dateline-format', () => {
  it('should accept an AP dateline', () => {
    const text =
      'RED LION INNS FILES PLANS OFFERING\n\n    PORTLAND, Ore., Feb. 26 (AP) — Red Lion Inns Limited Partnership\nsaid it filed a registration statement.\n';
    expect(check('dateline-format', text, ap)).toEqual([]);
  });

  it('should report the place case, a postal code, the month and the dash', () => {
    expect(check('dateline-format', wrong, ap)).toEqual([
      '3:5-3:13: Unexpected `Portland` in the dateline, expected `PORTLAND`',
      '3:15-3:17: Unexpected `OR` in the dateline, expected `Ore.`',
      '3:19-3:22: Unexpected `Feb` in the dateline, expected `Feb.`',
      '3:26-3:27: Unexpected `-` after the dateline, expected `—`',
    ]);
  });

  it('should leave wire months and dashes alone by default', () => {
    expect(check('dateline-format', wrong)).toEqual([
      '3:5-3:13: Unexpected `Portland` in the dateline, expected `PORTLAND`',
      '3:15-3:17: Unexpected `OR` in the dateline, expected `Ore.`',
    ]);
  });

  it('should fix the place case, the state, the month and the dash into the AP form', () => {
    expect(fixWith('dateline-format', wrong, ap)).toBe(
      'RED LION INNS FILES PLANS OFFERING\n\n    PORTLAND, Ore., Feb. 26 — Red Lion Inns Limited Partnership\nsaid it filed a registration statement.\n',
    );
  });

  it('should fix only what the options ask for', () => {
    expect(fixWith('dateline-format', wrong)).toBe(
      'RED LION INNS FILES PLANS OFFERING\n\n    PORTLAND, Ore., Feb 26 - Red Lion Inns Limited Partnership\nsaid it filed a registration statement.\n',
    );
  });
});
