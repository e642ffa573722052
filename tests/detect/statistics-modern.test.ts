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

describe('findStatistics: results and vote tallies', () => {
  it.each<[string, string, ReturnType<typeof stat>[]]>([
    ['a points result', 'The Chiefs won 38-35.', [stat('38-35', 38, { high: 35, kind: 'score' })]],
    ['a basketball result', 'The Lakers won 112-104.', [stat('112-104', 112, { high: 104, kind: 'score' })]],
    [
      'a result a few words after the verb',
      'The Lakers beat the Boston Celtics 112-104 on Sunday.',
      [stat('112-104', 112, { high: 104, kind: 'score' })],
    ],
    ['a Senate vote', 'The Senate voted 77-19 late Friday.', [stat('77-19', 77, { high: 19, kind: 'score' })]],
    ['"a vote of"', 'It passed by a vote of 335-91.', [stat('335-91', 335, { high: 91, kind: 'score' })]],
    ['a bill passed', 'The bill passed 52-48.', [stat('52-48', 52, { high: 48, kind: 'score' })]],
    ['a court ruling', 'The Supreme Court ruled 6-3.', [stat('6-3', 6, { high: 3, kind: 'score' })]],
    ['a noun of result after it', 'It was a 52-48 vote.', [stat('52-48', 52, { high: 48, kind: 'score' })]],
  ])('should read %s as a score', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, string, ReturnType<typeof stat>[]]>([
    [
      'a range of years',
      'People aged 10-35 years voted.',
      [stat('10-35 years', 10, { high: 35, kind: 'measure', unit: 'year' })],
    ],
    ['a range of seats won', 'Labour won 40-50 seats.', [stat('40-50', 40, { high: 50, unit: 'seat' })]],
    [
      'a range of percentages',
      'The party won 10-35% of the vote.',
      [stat('10-35%', 10, { high: 35, kind: 'percent', unit: 'percent' })],
    ],
  ])('should keep %s a range', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('should not read a season or a freephone prefix as a score', () => {
    expect(found('They won the 98-99 title.')).toEqual([]);
    expect(found('Call 1-800 now.')).toEqual([]);
  });
});

describe('findStatistics: percent ranges with a sign on each end', () => {
  it.each<[string, string, ReturnType<typeof stat>[]]>([
    [
      'a policy rate band',
      'Rates are in a range of 5.25%-5.50%.',
      [stat('5.25%-5.50%', 5.25, { high: 5.5, kind: 'percent', unit: 'percent' })],
    ],
    [
      'whole numbers',
      'Inflation of 2%-3% is the aim.',
      [stat('2%-3%', 2, { high: 3, kind: 'percent', unit: 'percent' })],
    ],
    [
      'a decimal low end',
      'Growth of 1.5%-2% is likely.',
      [stat('1.5%-2%', 1.5, { high: 2, kind: 'percent', unit: 'percent' })],
    ],
  ])('should read %s as one range', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('should still read a negative figure after a comma', () => {
    expect(found('It fell 3%, -2% the year before.')).toEqual([
      stat('3%', 3, { kind: 'percent', unit: 'percent' }),
      stat('-2%', -2, { kind: 'percent', unit: 'percent' }),
    ]);
  });
});

describe('findStatistics: basis points, gigatonnes and temperature scales', () => {
  it.each<[string, string, ReturnType<typeof stat>[]]>([
    [
      '"bps" after a figure',
      'The yield fell 6 bps to 2.82%.',
      [
        stat('6 bps', 6, { kind: 'percent', unit: 'basis point' }),
        stat('2.82%', 2.82, { kind: 'percent', unit: 'percent' }),
      ],
    ],
    ['"bp" glued to a figure', 'It was a 25bp cut.', [stat('25bp', 25, { kind: 'percent', unit: 'basis point' })]],
    [
      'gigatonnes',
      'Emissions hit 37 gigatonnes of CO2.',
      [stat('37 gigatonnes', 37, { kind: 'measure', unit: 'gigatonne' })],
    ],
    ['megatonnes', 'It emits 400 megatonnes.', [stat('400 megatonnes', 400, { kind: 'measure', unit: 'megatonne' })]],
    [
      'degrees Celsius',
      'It reached 40 degrees Celsius.',
      [stat('40 degrees Celsius', 40, { kind: 'measure', unit: 'degree Celsius' })],
    ],
    [
      'degrees Fahrenheit',
      'It reached 104 degrees Fahrenheit.',
      [stat('104 degrees Fahrenheit', 104, { kind: 'measure', unit: 'degree Fahrenheit' })],
    ],
    ['degrees of an angle', 'It turned 90 degrees.', [stat('90 degrees', 90, { kind: 'measure', unit: 'degree' })]],
  ])('should read %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('should not read "BP" after a figure as basis points', () => {
    expect(found('It sold 5 BP stations.')).toEqual([stat('5', 5, { unit: 'station' })]);
  });
});

describe('findStatistics: ages', () => {
  const age = (text: string, value: number, fields: Partial<Omit<FoundStatistic, 'start' | 'end'>> = {}) =>
    stat(text, value, { kind: 'age', unit: 'year', ...fields });

  it.each<[string, string, ReturnType<typeof stat>[]]>([
    ['after a described player', 'The Norway striker, 23, scored twice.', [age('23', 23)]],
    ['after a described politician', 'The former president, 78, said he would run.', [age('78', 78)]],
    ['after "mother-of-two"', 'A mother-of-two, 34, was hurt.', [age('34', 34)]],
    ['a range after "aged"', 'People aged 16 to 29 were asked.', [age('16 to 29', 16, { high: 29 })]],
    ['a dashed range after "aged"', 'People aged 16-29 were asked.', [age('16-29', 16, { high: 29 })]],
    [
      'a range with "between" after "aged"',
      'Those aged between 15 and 34 were asked.',
      [age('between 15 and 34', 15, { high: 34 })],
    ],
    ['a qualified age', 'Those aged under 30 were asked.', [age('under 30', 30, { qualifier: 'under' })]],
  ])('should read an age %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('should not read figures in commas after a common noun for no person as ages', () => {
    expect(found('The index, 23, fell.')).toEqual([stat('23', 23)]);
  });
});

describe('findStatistics: maturities', () => {
  it.each<[string, string]>([
    ['a bond yield', "Germany's 10-year bond yield fell."],
    ['a mortgage rate', 'The 30-year mortgage rate rose.'],
    ['a Treasury note with "U.S." between', 'The two-year U.S. Treasury note rallied.'],
    ['a government bond', 'It sold 10-year government bonds.'],
    ['three-month Libor', 'It pays three-month Libor.'],
    ['a spaced duration', 'It issued five year notes.'],
  ])('should not read the maturity of %s as a statistic', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('should keep the level after a maturity', () => {
    expect(found('The 30-year mortgage rate rose to 7.1%.')).toEqual([
      stat('7.1%', 7.1, { kind: 'percent', unit: 'percent' }),
    ]);
  });

  it('should keep a duration before other nouns', () => {
    expect(found('It signed a 10-year deal.')).toEqual([stat('10-year', 10, { kind: 'measure', unit: 'year' })]);
  });
});

describe('findStatistics: counts of times', () => {
  it.each<[string, string, ReturnType<typeof stat>[]]>([
    [
      'a scaled figure',
      'The app was downloaded 30 million times.',
      [stat('30 million times', 30000000, { unit: 'time' })],
    ],
    [
      'a figure of thousands',
      'It was shared more than 20,000 times in a day.',
      [stat('more than 20,000 times', 20000, { unit: 'time', qualifier: 'more than' })],
    ],
  ])('should read %s before "times" as a count', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, string, ReturnType<typeof stat>[]]>([
    ['a comparison', 'He was three times more likely to win.', [stat('three times', 3, { kind: 'ratio' })]],
    ['a valuation', 'It trades at 15 times earnings.', [stat('15 times', 15, { kind: 'ratio' })]],
    ['a small decimal', 'It grew by 1.5 times.', [stat('1.5 times', 1.5, { kind: 'ratio' })]],
    ['a large comparison', 'It is a million times more likely.', [stat('a million times', 1000000, { kind: 'ratio' })]],
    ['a large growth', 'Speed has leaped 500,000 times.', [stat('500,000 times', 500000, { kind: 'ratio' })]],
  ])('should keep %s a ratio', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findStatistics: numbers to call or text', () => {
  it.each<[string, string]>([
    ['after "contacted free on"', 'Samaritans can be contacted free on 116 123.'],
    ['after "Call"', 'Call 988 for help.'],
    ['an emergency number', 'Call 999 in an emergency.'],
    ['a city line', 'You can call 311.'],
    ['a past call', 'He called 911.'],
    ['a text keyword', 'Text SHOUT to 85258.'],
    ['a helpline named before "on"', 'Call the helpline on 116 123.'],
  ])('should not read a number %s as a statistic', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each<[string, string, ReturnType<typeof stat>[]]>([
    ['people called', 'Police called 100 witnesses.', [stat('100', 100, { unit: 'witness' })]],
    ['firms called on', 'They called on 300 firms to act.', [stat('300', 300, { unit: 'firm' })]],
    ['texts counted', 'Text messages rose to 500.', [stat('500', 500)]],
  ])('should keep %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findStatistics: "plus or minus"', () => {
  it('should read a margin either way as a positive figure with its qualifier', () => {
    expect(found('It forecast sales of $20 billion, plus or minus 2%.')).toEqual([
      stat('$20 billion', 20000000000, { kind: 'money', unit: 'USD' }),
      stat('plus or minus 2%', 2, { kind: 'percent', unit: 'percent', qualifier: 'plus or minus' }),
    ]);
  });

  it('should still read "minus" alone as a sign', () => {
    expect(found('It fell to minus 5C.')).toEqual([stat('minus 5C', -5, { kind: 'measure', unit: 'degree Celsius' })]);
  });
});

describe('findStatistics: a scale word that opens a compound', () => {
  it.each<[string, string, ReturnType<typeof stat>[]]>([
    [
      'barrels',
      'Stocks saw a 1.2 million-barrel draw.',
      [stat('1.2 million-barrel', 1200000, { kind: 'measure', unit: 'barrel' })],
    ],
    [
      'euros',
      'It signed a 2.5 million-euro deal.',
      [stat('2.5 million-euro', 2500000, { kind: 'money', unit: 'EUR' })],
    ],
    ['wire dollars', 'It made a 500 mln-dlr loan.', [stat('500 mln-dlr', 500000000, { kind: 'money', unit: 'USD' })]],
    [
      'a sum with no unit in the tail',
      'He signed a $2 million-a-year deal.',
      [stat('$2 million-a-year', 2000000, { kind: 'money', unit: 'USD' })],
    ],
  ])('should scale the figure and read the unit of %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('counted things shared between figures', () => {
  it('should give a part of a counted whole its unit ("412 of the 650 seats")', () => {
    expect(found('Labour took 412 of the 650 seats.').map((statistic) => statistic.unit)).toEqual(['seat', 'seat']);
  });

  it('should give a count compared with counted things their unit ("121 seats, down from 365")', () => {
    expect(found('The Conservatives won 121 seats, down from 365 in 2019.').map((statistic) => statistic.unit)).toEqual(
      ['seat', 'seat'],
    );
    // Not a figure compared from afar: "ranging from 40.50" is a price, not shares.
    expect(
      found(
        'It bought 477,200 Viacom common shares between Jan 19 and March 3 at prices ranging from 40.50 to 49.31 dlrs each.',
      )
        .map((statistic) => statistic.unit)
        .slice(0, 2),
    ).not.toEqual(['share', 'share']);
  });
});

describe('dashed ranges with a scale word', () => {
  it('should scale both ends of "15-20 billion dlrs" and "$5-6 million"', () => {
    expect(found('Buying may double to 15-20 billion dlrs.')).toEqual([
      stat('15-20 billion dlrs', 15e9, { high: 20e9, kind: 'money', unit: 'USD' }),
    ]);
    expect(found('It will cost $5-6 million.')).toEqual([
      stat('$5-6 million', 5e6, { high: 6e6, kind: 'money', unit: 'USD' }),
    ]);
  });
});
