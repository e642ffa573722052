/**
 * Statistic detection in 2020s copy: metres written "800m", scores and votes, percent ranges,
 * modern units, ages after a description, maturity labels, counts of times, helplines, "plus or
 * minus" and compounds such as "a 1.2 million-barrel draw".
 */
import { describe, expect, it } from 'vitest';
import { type FoundStatistic, findStatistics } from '../../src/detect/statistics.js';

/** The statistics of a sentence, with their text for readable failures. */
function found(text: string): Array<Omit<FoundStatistic, 'start' | 'end'> & { text: string }> {
  return findStatistics(text).map(({ start, end, ...rest }) => ({ text: text.slice(start, end), ...rest }));
}

/** One statistic with defaults for the fields a case does not mention. */
function stat(text: string, value: number, fields: Partial<Omit<FoundStatistic, 'start' | 'end'>> = {}) {
  return { text, value, high: null, kind: 'count', unit: null, qualifier: null, ...fields };
}

describe('findStatistics: metres written "800m"', () => {
  it.each<[string, string, ReturnType<typeof stat>[]]>([
    ['before a word of size', 'The bridge is 800m long.', [stat('800m', 800, { kind: 'measure', unit: 'metre' })]],
    [
      'with a space before the "m"',
      'The bridge is 800 m long.',
      [stat('800 m', 800, { kind: 'measure', unit: 'metre' })],
    ],
    ['a distance away', 'It landed 300m away.', [stat('300m', 300, { kind: 'measure', unit: 'metre' })]],
    ['a race before its final', 'She won the 100m final.', [stat('100m', 100, { kind: 'measure', unit: 'metre' })]],
    ['a swimming event', 'He took the 200m freestyle.', [stat('200m', 200, { kind: 'measure', unit: 'metre' })]],
    [
      'a race distance named with "the"',
      'He won the 1,500m in Paris.',
      [stat('1,500m', 1500, { kind: 'measure', unit: 'metre' })],
    ],
  ])('should read %s as metres', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, string, ReturnType<typeof stat>[]]>([
    [
      'money',
      'The firm raised £800m long before the crash.',
      [stat('£800m', 800000000, { kind: 'money', unit: 'GBP' })],
    ],
    ['people counted', 'The app has 800m people on it.', [stat('800m', 800000000, { unit: 'person' })]],
    ['users counted', 'It now has 300m users.', [stat('300m', 300000000, { unit: 'user' })]],
    ['a sum with "the" and no race', 'The 300m raised will go to schools.', [stat('300m', 300000000)]],
  ])('should keep %s in millions', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
