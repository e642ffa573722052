/**
 * Statistic detection: figures and number words with their currency, multiplier, unit, range
 * and qualifier, and the numbers that are not statistics (years, dates, times, ordinals, names).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { type FoundStatistic, findStatistics } from '../../src/detect/statistics.js';
import { phrasingText } from '../../src/detect/text.js';
import { parse } from '../../src/parse.js';
import type { Statistic } from '../../src/tree/types.js';

/** The statistics of a sentence, with their text for readable failures. */
function found(text: string): Array<Omit<FoundStatistic, 'start' | 'end'> & { text: string }> {
  return findStatistics(text).map(({ start, end, ...rest }) => ({ text: text.slice(start, end), ...rest }));
}

/** One statistic with defaults for the fields a case does not mention. */
function stat(text: string, value: number, fields: Partial<Omit<FoundStatistic, 'start' | 'end'>> = {}) {
  return { text, value, high: null, kind: 'count', unit: null, qualifier: null, ...fields };
}

describe('findStatistics', () => {
  it.each<[string, string, ReturnType<typeof stat>[]]>([
    ['a figure with thousands separators', 'It sold 155,221 bags.', [stat('155,221', 155221, { unit: 'bag' })]],
    ['a decimal', 'Output rose to 5.93 mln.', [stat('5.93 mln', 5930000)]],
    ['a number word', 'The four owners of Rover left.', [stat('four', 4, { unit: 'owner' })]],
    [
      'a compound number word',
      'Some twenty-five firms bid.',
      [stat('Some twenty-five', 25, { unit: 'firm', qualifier: 'some' })],
    ],
    [
      'a pound figure with a multiplier',
      'Losses deepened to £51.6m.',
      [stat('£51.6m', 51600000, { kind: 'money', unit: 'GBP' })],
    ],
    [
      'dollars in billions',
      'The deal is worth $1.13bn.',
      [stat('$1.13bn', 1130000000, { kind: 'money', unit: 'USD' })],
    ],
    [
      'euros with a word multiplier',
      'It owes €2 billion.',
      [stat('€2 billion', 2000000000, { kind: 'money', unit: 'EUR' })],
    ],
    ['Australian dollars', 'Profit was A$458.4m.', [stat('A$458.4m', 458400000, { kind: 'money', unit: 'AUD' })]],
    ['wire dollars', 'It paid 50,000 dlrs.', [stat('50,000 dlrs', 50000, { kind: 'money', unit: 'USD' })]],
    ['wire sterling', 'Profit was 182 mln stg.', [stat('182 mln stg', 182000000, { kind: 'money', unit: 'GBP' })]],
    ['yen', 'The rate was 150 yen.', [stat('150 yen', 150, { kind: 'money', unit: 'JPY' })]],
    [
      'Canadian dollars',
      'It raised 20 mln Canadian dlrs.',
      [stat('20 mln Canadian dlrs', 20000000, { kind: 'money', unit: 'CAD' })],
    ],
    ['pence', 'Shares were down at 119 pence.', [stat('119 pence', 119, { kind: 'money', unit: 'pence' })]],
    ['thousands', 'It cut 5 thousand jobs.', [stat('5 thousand', 5000, { unit: 'job' })]],
    ['trillions', 'Debt hit $1.2 trillion.', [stat('$1.2 trillion', 1.2e12, { kind: 'money', unit: 'USD' })]],
    ['k', 'She earns £40k.', [stat('£40k', 40000, { kind: 'money', unit: 'GBP' })]],
    ['a percent sign', 'Shares fell 10%.', [stat('10%', 10, { kind: 'percent', unit: 'percent' })]],
    ['"pct"', 'Growth was 2.5 pct.', [stat('2.5 pct', 2.5, { kind: 'percent', unit: 'percent' })]],
    ['"percent"', 'Growth was 3 percent.', [stat('3 percent', 3, { kind: 'percent', unit: 'percent' })]],
    ['"per cent"', 'Growth was 3 per cent.', [stat('3 per cent', 3, { kind: 'percent', unit: 'percent' })]],
    [
      'a range with "to"',
      'Sales were at 1,750 to 1,780 dlrs per tonne.',
      [stat('1,750 to 1,780 dlrs', 1750, { high: 1780, kind: 'money', unit: 'USD' })],
    ],
    [
      'a range with "between"',
      'It hired between 10 and 20 staff.',
      [stat('between 10 and 20', 10, { high: 20, unit: 'staff' })],
    ],
    [
      'a range with the unit on both ends',
      'Profit will be between 10% to 15% lower.',
      [stat('between 10% to 15%', 10, { high: 15, kind: 'percent', unit: 'percent' })],
    ],
    [
      'a range of number words',
      'It may focus on one or two product lines.',
      [stat('one or two', 1, { high: 2, unit: 'line' })],
    ],
    [
      'a range with a shared multiplier',
      'An issue of four to five billion francs.',
      [stat('four to five billion francs', 4e9, { high: 5e9, kind: 'money', unit: 'FRF' })],
    ],
    ['a dashed range', 'Prices rose 10-15%.', [stat('10-15%', 10, { high: 15, kind: 'percent', unit: 'percent' })]],
    ['"a third"', 'A third of users were unhappy.', [stat('A third', 0.3333, { kind: 'ratio' })]],
    ['"half"', 'Half of the staff left.', [stat('Half', 0.5, { kind: 'ratio' })]],
    ['"two-thirds"', 'It owns two-thirds of the firm.', [stat('two-thirds', 0.6667, { kind: 'ratio' })]],
    [
      '"one third"',
      'It has roughly one third of the market.',
      [stat('roughly one third', 0.3333, { kind: 'ratio', qualifier: 'roughly' })],
    ],
    ['"a dozen"', 'A dozen firms bid.', [stat('A dozen', 12, { unit: 'firm' })]],
    ['"times"', 'Butter went at 2.27 times New York May.', [stat('2.27 times', 2.27, { kind: 'ratio' })]],
    ['"one in five"', 'One in five users posts daily.', [stat('One in five', 0.2, { kind: 'ratio' })]],
    ['a stock split', 'It will split its stock two-for-one.', [stat('two-for-one', 2, { kind: 'ratio' })]],
    [
      'an age after a name',
      'Iran mourned Raisi, 63, who died on Sunday.',
      [stat('63', 63, { kind: 'age', unit: 'year' })],
    ],
    ['"aged"', 'A man aged 45 was held.', [stat('45', 45, { kind: 'age', unit: 'year' })]],
    ['"-year-old"', 'A 63-year-old man was held.', [stat('63-year-old', 63, { kind: 'age', unit: 'year' })]],
    ['a score', 'Arsenal beat Chelsea 3-1 in the final.', [stat('3-1', 3, { high: 1, kind: 'score' })]],
    ['kilos', 'It was 15 kilos.', [stat('15 kilos', 15, { kind: 'measure', unit: 'kilo' })]],
    ['tonnes', 'Capacity is 6.28 mln tonnes.', [stat('6.28 mln tonnes', 6280000, { kind: 'measure', unit: 'tonne' })]],
    ['miles', 'The pipe runs 40 miles.', [stat('40 miles', 40, { kind: 'measure', unit: 'mile' })]],
    [
      'a rate written out',
      'Output rose to 9.5 mln barrels per day.',
      [stat('9.5 mln barrels per day', 9500000, { kind: 'measure', unit: 'barrel per day' })],
    ],
    [
      '"a year" after a measure',
      'The plant makes 500 tonnes a year.',
      [stat('500 tonnes a year', 500, { kind: 'measure', unit: 'tonne per year' })],
    ],
    [
      '"an hour" after a measure',
      'Gusts reached 70 miles an hour.',
      [stat('70 miles an hour', 70, { kind: 'measure', unit: 'mile per hour' })],
    ],
    [
      '"a year earlier", a time and no rate',
      'Output was 400 tonnes a year earlier.',
      [stat('400 tonnes', 400, { kind: 'measure', unit: 'tonne' })],
    ],
    [
      'an abbreviated rate with "per day" after it',
      'Output was one mln bpd per day.',
      [stat('one mln bpd', 1000000, { kind: 'measure', unit: 'barrel per day' })],
    ],

    ['km', 'The road is 12 km long.', [stat('12 km', 12, { kind: 'measure', unit: 'kilometre' })]],
    ['hours', 'The talks lasted 12 hours.', [stat('12 hours', 12, { kind: 'measure', unit: 'hour' })]],
    ['months', 'Profit in the six months rose.', [stat('six months', 6, { kind: 'measure', unit: 'month' })]],
    ['a hyphenated measure', 'A 12-month contract.', [stat('12-month', 12, { kind: 'measure', unit: 'month' })]],
    ['a hyphenated count', 'In a 21-page ruling.', [stat('21-page', 21, { unit: 'page' })]],
    [
      'a capitalised counted noun',
      'Some 35,800 Palestinians have been killed.',
      [stat('Some 35,800', 35800, { unit: 'Palestinian', qualifier: 'some' })],
    ],
    [
      '"at least"',
      'At least 7,000 people are missing.',
      [stat('At least 7,000', 7000, { unit: 'person', qualifier: 'at least' })],
    ],
    [
      '"nearly"',
      'It displaced nearly two million people.',
      [stat('nearly two million', 2e6, { unit: 'person', qualifier: 'nearly' })],
    ],
    [
      '"more than"',
      'It sold more than 674 million mobiles.',
      [stat('more than 674 million', 674e6, { unit: 'mobile', qualifier: 'more than' })],
    ],
    [
      '"up to"',
      'Stocks are up to 9% higher.',
      [stat('up to 9%', 9, { kind: 'percent', unit: 'percent', qualifier: 'up to' })],
    ],
    [
      '"about"',
      'It is worth about $2.95bn.',
      [stat('about $2.95bn', 2.95e9, { kind: 'money', unit: 'USD', qualifier: 'about' })],
    ],
    [
      '"almost"',
      'Shares fell almost 3%.',
      [stat('almost 3%', 3, { kind: 'percent', unit: 'percent', qualifier: 'almost' })],
    ],
    [
      '"around"',
      'It sold around 6.4 mln bags.',
      [stat('around 6.4 mln', 6400000, { unit: 'bag', qualifier: 'around' })],
    ],
    ['"over"', 'It has over 40 stores.', [stat('over 40', 40, { unit: 'store', qualifier: 'over' })]],
    ['"under"', 'It has under 40 stores.', [stat('under 40', 40, { unit: 'store', qualifier: 'under' })]],
    [
      '"above"',
      'Oil rose above $50 a barrel.',
      [stat('above $50', 50, { kind: 'money', unit: 'USD', qualifier: 'above' })],
    ],
    [
      '"as many as"',
      'It may cut as many as 7,000 jobs.',
      [stat('as many as 7,000', 7000, { unit: 'job', qualifier: 'as many as' })],
    ],
    ['a wire fraction', 'The rate is 8-3/4 pct.', [stat('8-3/4 pct', 8.75, { kind: 'percent', unit: 'percent' })]],
    ['a leading decimal point', 'The price is .125 dlrs.', [stat('.125 dlrs', 0.125, { kind: 'money', unit: 'USD' })]],
    [
      'a negative figure',
      'It was quoted at -0.90 pct.',
      [stat('-0.90 pct', -0.9, { kind: 'percent', unit: 'percent' })],
    ],
    [
      'a "-fold" ratio',
      'Sales rose more than tenfold.',
      [stat('more than tenfold', 10, { kind: 'ratio', qualifier: 'more than' })],
    ],
    ['an exchange rate', 'The rupee climbed to 43.305 per US dollar.', [stat('43.305', 43.305, { kind: 'money' })]],
    [
      'a singular currency after a multiplier',
      'It includes a 250 mln mark bond.',
      [stat('250 mln mark', 250e6, { kind: 'money', unit: 'DEM' })],
    ],
    [
      'a range after "ranging from"',
      'Rates ranging from 3.9 to 5.15 pct.',
      [stat('3.9 to 5.15 pct', 3.9, { high: 5.15, kind: 'percent', unit: 'percent' })],
    ],
    [
      '"one and a half"',
      'It takes one and a half minutes.',
      [stat('one and a half minutes', 1.5, { kind: 'measure', unit: 'minute' })],
    ],
  ])('should read %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('should share a unit over a list ("1,850 and 1,880 dlrs")', () => {
    expect(found('June/July going at 1,850 and 1,880 dlrs.')).toEqual([
      stat('1,850', 1850, { kind: 'money', unit: 'USD' }),
      stat('1,880 dlrs', 1880, { kind: 'money', unit: 'USD' }),
    ]);
  });

  it('should not read a change "by X to Y" as a range', () => {
    expect(
      found('Users grew by 1.4 million to 44.9 million.').map((statistic) => [statistic.value, statistic.high]),
    ).toEqual([
      [1.4e6, null],
      [44.9e6, null],
    ]);
  });

  it('should not read a change "rose X dlrs to Y dlrs" as a range when both ends carry the unit', () => {
    const pairs = (text: string) => found(text).map((statistic) => [statistic.value, statistic.high]);
    expect(pairs('M-1 rose 217 mln dlrs to 32.80 billion dlrs.')).toEqual([
      [217e6, null],
      [32.8e9, null],
    ]);
    expect(pairs('The IEA raised its estimate by 80,000 barrels a day to 84 million barrels a day.')).toEqual([
      [80000, null],
      [84e6, null],
    ]);
    // Ends of one size stay a range of growth.
    expect(pairs('Sales will grow 10% to 15% next year.')).toEqual([[10, 15]]);
  });

  it('should give a range the rate written after its second end ("between 1 and 30 gigabytes a month")', () => {
    expect(found('Allowances are between one gigabyte and 30 gigabytes a month.')).toEqual([
      stat('between one gigabyte and 30 gigabytes a month', 1, {
        high: 30,
        kind: 'measure',
        unit: 'gigabyte per month',
      }),
    ]);
  });

  it('should give a compared figure the unit it is compared with', () => {
    expect(found('Sales fell to 3.1 billion stg from 4.2 billion.')).toEqual([
      stat('3.1 billion stg', 3.1e9, { kind: 'money', unit: 'GBP' }),
      stat('4.2 billion', 4.2e9, { kind: 'money', unit: 'GBP' }),
    ]);
  });

  it('should give a bare figure the unit of the one it is compared with, not of a bracketed conversion', () => {
    const statistics = found('Profits were 77m euros (£53m; $100m), up from 38m a year earlier.');
    expect(statistics.map((statistic) => statistic.unit)).toEqual(['EUR', 'GBP', 'USD', 'EUR']);
  });

  it('should read the rows of a wire earnings table as money', () => {
    expect(found('Net 807,000 vs 2,858,000').map((statistic) => statistic.kind)).toEqual(['money', 'money']);
  });

  it.each([
    ['a year', 'The firm was founded in 1948.'],
    ['a year range', 'Deliveries are due between 2008 and 2012.'],
    ['a fiscal year', 'For fiscal 1987 year ended November 30, 1986 it lost money.'],
    ['a crop year', 'Sales against the 1986/87 crop.'],
    ['a decade', 'Prices last seen in the 1990s.'],
    ['a date, month first', 'The war began on October 7.'],
    ['a wire date', 'CLEVELAND, Feb 26 - Standard Oil said.'],
    ['a date, day first', 'Net profit in the period ending 31 December.'],
    ['a date written in words', 'It will split on April two.'],
    ['a range of days', 'CES runs from 6 to 9 January.'],
    [
      'a range of days, month first',
      'It bought the shares between Feb 13 and 24, on March 9 to 20 and April 13 through 16.',
    ],
    ['a clock time', 'The meeting starts at 10:30.'],
    ['a time with GMT', 'The meeting starts at 1830 GMT.'],
    ['a time with pm', 'The meeting starts at 3pm.'],
    ['ordinals', 'Results for the 4th qtr and the second half.'],
    ['an ordinal word', 'It is the third biggest bank.'],
    ['a name with a number', 'Rover plans to build the Rover 25 in China.'],
    ['a product with a year', 'It runs Windows 2000 and Windows XP.'],
    ['a number word in a name', 'He drives in Formula One.'],
    ['letters and digits', 'The G8 met; MP3 players and 3G phones sold.'],
    ['a ticker', 'STANDARD OIL <SRD> TO FORM FINANCIAL UNIT'],
    ['"one" as a pronoun', 'It is one of the biggest investors.'],
    ['"one" as an article', 'Activision is one firm on its list.'],
    ['"number one"', 'The iPod is at number one.'],
    ['vague words', 'Several firms and many dozens of staff left.'],
    ['a phone number', 'Call 0800 123 4567.'],
    ['a model number at the start of a sentence', 'Spider-Man 2 on UMD will be given away.'],
  ])('should not read %s as a statistic', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findStatistics on numbers that label things', () => {
  it.each([
    ['"level three"', 'A level three heading opens the part.'],
    ['"phase two"', 'The phase two trial starts soon.'],
    ['"stage 3"', 'The disease reached stage 3 last year.'],
    ['"round 2"', 'The talks go to round 2 on Friday.'],
    ['"grade 5"', 'She teaches grade 5 at the school.'],
    ['"tier 1"', 'Banks hold more tier 1 capital.'],
    ['"category 4"', 'The storm became a category 4 hurricane.'],
    ['"part two"', 'See the links below. Part two will follow on Monday.'],
    ['"step 3"', 'Go on to step 3 when it is done.'],
    ['"class 2"', 'It is a class 2 felony.'],
    ['"book 3"', 'The film is based on book 3 of the saga.'],
    ['"series 2"', 'It pays dividends on its series 2 preferred shares.'],
    ['"season 4"', 'The show returns for season 4 in May.'],
    ['"episode 5"', 'He dies in episode 5 of the show.'],
    ['"Article 5" (already a label)', 'Nato invoked Article 5 of its treaty.'],
    ['"Chapter 11" (already a label)', 'The airline filed for Chapter 11 protection.'],
    ['"No. 3" (an abbreviation before its figure)', 'He is the No. 3 official in the party.'],
  ])('should not read %s as a statistic', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('should read a figure after a label word that ends the sentence before it', () => {
    expect(found('Where children live also plays a part. Sixteen percent of parents agree.')).toEqual([
      stat('Sixteen percent', 16, { kind: 'percent', unit: 'percent' }),
    ]);
  });

  it('should read a percent after a label word as a quantity ("a level 1.6 pct below")', () => {
    expect(found('Sales fell to a level 1.6 pct below January.')).toEqual([
      stat('1.6 pct', 1.6, { kind: 'percent', unit: 'percent' }),
    ]);
  });
});

describe('findStatistics on Markdown footnotes (not parsed, so they arrive as text)', () => {
  it.each([
    ['a footnote marker', 'A claim needs a note.[^1]'],
    ['a footnote marker with two digits', 'A claim needs a note[^12] here.'],
    ['a footnote definition', '[^1]: The note.'],
  ])('should not read %s as a statistic', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('should still read the figures around a footnote marker', () => {
    expect(found('Some 5 people came.[^3] Then 7 left.')).toEqual([
      stat('Some 5', 5, { unit: 'person', qualifier: 'some' }),
      stat('7', 7),
    ]);
  });

  it('should find no statistic in a Markdown draft with a footnote', () => {
    const tree = parse('# Claims\n\nA claim needs a note.[^1]\n\n[^1]: The note.\n', { from: 'markdown' });
    expect(JSON.stringify(tree)).not.toContain('"statistic"');
  });
});

describe('findStatistics on citation markers pasted from a wiki or a paper', () => {
  it.each([
    ['a marker after a full stop', 'The claim was made in public.[12]'],
    ['a marker glued to a word', 'Prices rose sharply[3] in March.'],
    ['a marker after a space', 'Prices rose sharply [4] in March.'],
  ])('should not read %s as a statistic', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it("should still read an editor's bracketed insertion with words, and figures beside a marker", () => {
    expect(found('Some 5 people came.[3] And [10 people] stayed.')).toEqual([
      stat('Some 5', 5, { unit: 'person', qualifier: 'some' }),
      stat('10', 10, { unit: 'person' }),
    ]);
  });
});

describe('findStatistics on telephone numbers and ranges of extra things', () => {
  it.each([
    ['an international number', 'Media contact: Jane Doe, +1 408-555-0199, jane@acme.com'],
    ['a London number in brackets', 'Call (020) 7946 0958 for details.'],
    ['a number in spaced groups', 'Call 020 7946 0958 for details.'],
  ])('should not read %s as a statistic', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('should keep a phone number with a trunk prefix in brackets, the longest kind', () => {
    expect(found('Call +44 (0)20 7946 0958 now.')).toEqual([]);
  });

  it('should not take a run of figures longer than any phone number for one', () => {
    expect(found('Scores: 12 14 9 11 10 13 15 12 11 14.').map((statistic) => statistic.value)).toEqual([12]);
    // 60,000 figures in a row: each figure's walk stops at the phone-number length, so this
    // finishes (walking the whole run from every figure took 100 s).
    expect(found(`Scores: ${'12 '.repeat(60_000)}`)[0]?.value).toBe(12);
  });

  it('should still read figures with thousands separators side by side, as in a wire table', () => {
    expect(found('Net 136,594,000 vs 110,831,000').map((statistic) => statistic.value)).toEqual([136594000, 110831000]);
  });

  it('should read "15-20 more stores" as a range of stores', () => {
    expect(found('Acme will open 15-20 more stores by 2027.')).toEqual([
      stat('15-20', 15, { high: 20, unit: 'store' }),
    ]);
  });
});

describe('findStatistics on the period of a high or low', () => {
  it.each([
    ['a hyphenated period', 'The dollar fell to a five-week low against the euro.'],
    ['a spaced period', 'Shares hit a 30 year low.'],
    ['a headline in capitals', 'OIL AT FOUR-YEAR LOW'],
    ['plural highs', 'Prices hit six-month highs.'],
    ['a peak', 'It was a five year peak.'],
  ])('should not read %s as a statistic', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('should still read a duration, and the figure beside the period', () => {
    expect(found('The five-week strike ended.').map((statistic) => statistic.unit)).toEqual(['week']);
    expect(found('It rose 3 pct, a two-year high.').map((statistic) => statistic.value)).toEqual([3]);
  });
});

describe('findStatistics on numbered lists', () => {
  it.each([
    ['a list item', '1. First item'],
    ['a list item with a parenthesis', '2) Second item'],
    ['a list item with a figure in its text', '3. Third item'],
  ])('should not read the number of %s as a statistic', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('should read a figure in a list item, and a decimal that opens a block', () => {
    expect(found('4. Sales rose 5%.')).toEqual([stat('5%', 5, { kind: 'percent', unit: 'percent' })]);
    expect(found('1.5 million people voted.')).toEqual([stat('1.5 million', 1500000, { unit: 'person' })]);
  });

  it.each([
    ['text', 'Trial steps\n\nThe steps are:\n1. First item\n2. Second item\n'],
    ['markdown', '# Trial steps\n\nThe steps are:\n\n1. First item\n2. Second item\n'],
  ] as const)('should find no statistic in a numbered list read as %s', (from, input) => {
    expect(JSON.stringify(parse(input, { from }))).not.toContain('"statistic"');
  });
});

describe('findStatistics on identifiers that look like figures', () => {
  it('should not read a standard such as 802.11b as billions', () => {
    expect(found('The 802.11b standard is old.')).toEqual([]);
  });

  it('should still read a bare b as billions after a currency sign', () => {
    expect(found('It raised $1.5b last year.')).toEqual([stat('$1.5b', 1500000000, { kind: 'money', unit: 'USD' })]);
  });
});

describe('statistic nodes', () => {
  it('should carry exact positions and keep the text lossless', () => {
    const input = 'Headline for the test\n\nShares fell 10% to 119 pence, and £1.2m was lost.';
    const tree = parse(input, { from: 'text' });
    const statistics = collectStatistics(tree);
    expect(statistics.map((node) => input.slice(node.position?.start.offset, node.position?.end.offset))).toEqual([
      '10%',
      '119 pence',
      '£1.2m',
    ]);
    expect(statistics.map((node) => phrasingText(node.children))).toEqual(['10%', '119 pence', '£1.2m']);
    const paragraph = tree.children[1];
    expect(paragraph?.type === 'paragraph' ? phrasingText(paragraph.children) : '').toBe(
      'Shares fell 10% to 119 pence, and £1.2m was lost.',
    );
  });

  it('should find the figures of a Markdown paragraph of 40,000 code spans', () => {
    // Each figure looked for the nodes around it among all the paragraph’s nodes: about 50 s.
    const input = `# Figures\n\n${'`a` 5% '.repeat(40_000)}\n`;
    const statistics = collectStatistics(parse(input, { from: 'markdown' }));
    expect(statistics).toHaveLength(40_000);
    expect(statistics.every((node) => node.value === 5 && node.kind === 'percent')).toBe(true);
    expect(statistics[39_999]?.position?.start.column).toBe(279_998);
  });

  it('should find statistics inside quotes and in the headline', () => {
    const tree = parse("Rover deal 'may cost 2,000 jobs'\n\nSome 2,000 jobs may go.", { from: 'text' });
    expect(collectStatistics(tree).map((node) => [node.value, node.qualifier])).toEqual([
      [2000, null],
      [2000, 'some'],
    ]);
  });
});

function collectStatistics(tree: Nodes): Statistic[] {
  const out: Statistic[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'statistic') out.push(node);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return out;
}

describe('seed article statistics', () => {
  const local = path.resolve('fixtures/seed/article.txt');
  const seed = existsSync(local) ? local : path.resolve('../shared/seed/article.txt');
  const input = readFileSync(seed, 'utf8');
  const statistics = collectStatistics(parse(input, { file: 'article.txt' })).map((node) => ({
    text: input.slice(node.position?.start.offset, node.position?.end.offset),
    value: node.value,
    kind: node.kind,
    qualifier: node.qualifier,
    source: node.source,
  }));

  it('should find exactly the statistics of the README', () => {
    expect(statistics).toEqual([
      { text: '63', value: 63, kind: 'age', qualifier: null, source: null },
      { text: '35,800', value: 35800, kind: 'count', qualifier: null, source: 'Gaza’s Ministry of Health' },
      { text: '80,011', value: 80011, kind: 'count', qualifier: null, source: 'Gaza’s Ministry of Health' },
      { text: 'at least 7,000', value: 7000, kind: 'count', qualifier: 'at least', source: null },
      { text: 'nearly two million', value: 2000000, kind: 'count', qualifier: 'nearly', source: null },
      { text: '1,200', value: 1200, kind: 'count', qualifier: null, source: 'Israel' },
    ]);
  });

  it('should not read the dates, the year or the weekdays as statistics', () => {
    const texts = statistics.map((statistic) => statistic.text);
    for (const text of ['7', 'October 7', '1948', 'Wednesday', 'Sunday']) expect(texts).not.toContain(text);
  });
});

describe('figure sources named with "and"', () => {
  const sources = (text: string) =>
    collectStatistics(parse(`Headline\n\n${text}\n`)).map((node) => [node.children.map(textOf).join(''), node.source]);
  const textOf = (node: Nodes): string => ('value' in node ? String(node.value) : '');

  it('should keep a firm\'s whole name: "Standard and Poor\'s Corp", "Morgan Stanley and Co Inc"', () => {
    expect(sources("Standard and Poor's Corp said it cut 500 mln dlrs of debt.")).toEqual([
      ['500 mln dlrs', "Standard and Poor's Corp"],
    ]);
    expect(sources('The notes yield 8.2 pct, said lead manager Morgan Stanley and Co Inc.')).toEqual([
      ['8.2 pct', 'Morgan Stanley and Co Inc'],
    ]);
    expect(sources('Sales rose 4.9 pct, the Securities and Exchange Commission said.')).toEqual([
      ['4.9 pct', 'the Securities and Exchange Commission'],
    ]);
  });

  it('should keep a public body\'s whole name: "Office of Rail and Road", "Department of Trade and Industry"', () => {
    expect(sources('A season ticket costs £3,500, according to figures from the Office of Rail and Road.')).toEqual([
      ['£3,500', 'the Office of Rail and Road'],
    ]);
    expect(sources('Credit slipped to 2.66 billion stg, the Department of Trade and Industry said.')).toEqual([
      ['2.66 billion stg', 'the Department of Trade and Industry'],
    ]);
    expect(sources('Costs rose 3 pct, the Department of Health and Human Services said.')).toEqual([
      ['3 pct', 'the Department of Health and Human Services'],
    ]);
    expect(
      sources('Exports cost $30 million a day, according to the National Society of Exporters and Traders.'),
    ).toEqual([['$30 million', 'the National Society of Exporters and Traders']]);
  });

  it('should leave two names joined by "and" as two', () => {
    // Two firms each named in full; a name whose acronym spells the second alone.
    expect(sources('Ford Motor Co and General Motors Corp said sales rose 5 pct.')).toEqual([
      ['5 pct', 'General Motors Corp'],
    ]);
    const tree = parse(
      'Headline\n\nKenya and Shenzhen Electronics Group (SEG) will set up a venture. SEG employs 170,000 people, it said.\n',
    );
    expect(collectStatistics(tree).map((node) => node.source)).toEqual(['Shenzhen Electronics Group']);
  });

  it('should keep the people a sentence\'s first word describes: "Banking sources", "Oil traders"', () => {
    expect(sources('Prices fell. Banking sources said rates would fall 5 pct.')).toEqual([
      ['5 pct', 'Banking sources'],
    ]);
    expect(sources('Prices fell. Oil traders said prices would rise 10 pct.')).toEqual([['10 pct', 'Oil traders']]);
    // A name there speaks for the people it has: "Rover bosses" is Rover's word.
    expect(sources('Prices fell. Rover bosses said sales rose 3 pct.')).toEqual([['3 pct', 'Rover']]);
  });

  it('should read an unnamed public body as the owner of figures: "figures from the trade ministry show"', () => {
    expect(sources('The economy grew by 8.1% in 2004, figures from the trade ministry show.')).toEqual([
      ['8.1%', 'the trade ministry'],
    ]);
    expect(sources('Customs figures show imports fell to 1.182 mln tonnes in 1986.')).toEqual([
      ['1.182 mln tonnes', 'Customs'],
    ]);
    expect(
      sources('Bush will point to Commerce Department figures showing that spending grew at 4.6% in the quarter.'),
    ).toEqual([['4.6%', 'Commerce Department']]);
    // Nobody shows a figure here, and "today's figures" have no owner.
    expect(sources('There are more than 6,000 companies here, showing their latest products.')).toEqual([
      ['more than 6,000', null],
    ]);
    expect(
      sources("Analysts noted the market ignored today's figures showing that the deficit was 1.1 billion stg."),
    ).toEqual([['1.1 billion stg', 'Analysts']]);
    // "the bank" may stand for any organisation named before: no source rather than a wrong one.
    expect(sources('Research by the bank shows growth of 8.1% in 2004.')).toEqual([['8.1%', null]]);
  });

  it('should step over a long relative clause to the subject, and read a bracketed firm as one', () => {
    expect(
      sources(
        'The Hunt group, which also includes Texas firms Cypress Partners L.P and Driftwood Ltd, said it spent 15.2 mln dlrs.',
      ),
    ).toEqual([['15.2 mln dlrs', 'the Hunt group']]);
    expect(sources('<Dumez Investments I Inc> said 94.7 pct of the shares were tendered.')).toEqual([
      ['94.7 pct', 'Dumez Investments I Inc'],
    ]);
    expect(sources('(Dumez Investments I Inc) said 94.7 pct of the shares were tendered.')).toEqual([
      ['94.7 pct', 'Dumez Investments I Inc'],
    ]);
  });

  it("should give an organisation's short name as the full name the article gave first", () => {
    expect(
      sources(
        'Alcan Aluminium Ltd said it would close a smelter. Alcan said output would fall 50 pct. It said costs rose 3 pct.',
      ),
    ).toEqual([
      ['50 pct', 'Alcan Aluminium Ltd'],
      ['3 pct', 'Alcan Aluminium Ltd'],
    ]);
    expect(sources('E.F. Hutton Group Inc said it made a bid. Hutton said it holds 5 pct.')).toEqual([
      ['5 pct', 'E.F. Hutton Group Inc'],
    ]);
    // A name never given in full stays as it is.
    expect(sources('Qantas said profits rose 5 pct.')).toEqual([['5 pct', 'Qantas']]);
  });

  it('should let "the sources", "the official" and "they" stand for the group of sources named before', () => {
    expect(
      sources('Finance Ministry sources said the deficit was 5 pct. The sources said it would fall 3 pct.'),
    ).toEqual([
      ['5 pct', 'Finance Ministry'],
      ['3 pct', 'Finance Ministry sources'],
    ]);
    expect(
      sources('A Finance Ministry official said the deficit was 5 pct. The official said it would fall 3 pct.'),
    ).toEqual([
      ['5 pct', 'A Finance Ministry official'],
      ['3 pct', 'A Finance Ministry official'],
    ]);
    expect(
      sources(
        'Work resumed after 7,000 workers ended a strike, port officials said. Loading of 14 ships started, they said.',
      ),
    ).toEqual([
      ['7,000', 'port officials'],
      ['14', 'port officials'],
    ]);
    // One trader is no "they".
    expect(
      sources('Prices fell 2 pct, one Japanese trader said. Stocks rose 3 pct, they said.').map(([, source]) => source),
    ).toEqual(['one Japanese trader', null]);
  });

  it('should not take "U.S. Banks, was …" for a person that "he" could be', () => {
    expect(
      sources(
        'The firm will borrow more at home, a company official said. Its debt to the Japanese and U.S. Banks, was cut to 66.2 billion dlrs, he said.',
      ),
    ).toEqual([['66.2 billion dlrs', 'a company official']]);
    // A name the article gave with "the" gets it once.
    expect(sources('The U.S. Officials added the sale would cost 5 pct of output.')).toEqual([
      ['5 pct', 'the U.S. Officials'],
    ]);
  });

  it('should let "the board" or "the bureau" stand for the body named in full before', () => {
    expect(
      sources(
        'Exports reached 1,469,208 tonnes, the Argentine grain board said.\n\nWheat exports were 43,064 tonnes, the board said.',
      ),
    ).toEqual([
      ['1,469,208 tonnes', 'the Argentine grain board'],
      ['43,064 tonnes', 'the Argentine grain board'],
    ]);
    expect(sources('Output fell 3 pct, the Statistics Bureau said. Beef output fell 2 pct, the bureau said.')).toEqual([
      ['3 pct', 'the Statistics Bureau'],
      ['2 pct', 'the Statistics Bureau'],
    ]);
    expect(sources('French trade sources said 10,500 tonnes were sold.')).toEqual([
      ['10,500 tonnes', 'French trade sources'],
    ]);
  });

  it('should keep a firm\'s suffix after a comma: "Acme Robotics, Inc. today reported"', () => {
    expect(sources('Acme Robotics, Inc. today reported revenue of $48.2 million.')).toEqual([
      ['$48.2 million', 'Acme Robotics, Inc'],
    ]);
    // A suffix's stop that ends a sentence stops the subject there.
    expect(
      sources('"It is over," said Phil Pace, analyst at Kidder, Peabody and Co. He said shares fell 5 pct.').map(
        ([, source]) => source,
      ),
    ).toEqual(['Phil Pace']);
  });

  it('should keep initials in brackets inside a firm\'s name: "Sony (U.K.) Ltd"', () => {
    expect(sources('Sony (U.K.) Ltd said it would spend 30 mln stg.')).toEqual([['30 mln stg', 'Sony (U.K.) Ltd']]);
    // A state after a comma is no part of the name.
    expect(sources('Rep. Ed Jones, (D-Tenn.) said spending rose 5 pct.').map(([, source]) => source)).not.toContain(
      'D-Tenn',
    );
  });

  it('should take a lone "Analysts" or "Officials" opening the sentence as its source', () => {
    expect(sources('Analysts said that M-1 grew at a negative 1.3 pct annual rate.')).toEqual([
      ['1.3 pct', 'Analysts'],
    ]);
    expect(sources('Officials said 14 ships were waiting.')).toEqual([['14', 'Officials']]);
  });

  it('should give "the government" as the source, not the last organisation or place named', () => {
    expect(sources('Rail fares in England will rise by 4.6% from March, the government has announced.')).toEqual([
      ['4.6%', 'the government'],
    ]);
    expect(sources('Fares will rise by 4.6% from March, the government said.')).toEqual([['4.6%', 'the government']]);
    // "the ministry" is still the ministry named before it.
    expect(
      sources('The Finance Ministry said spending rose. Output will grow 4.7%, the ministry said.').map(
        ([, source]) => source,
      ),
    ).toEqual(['Finance Ministry']);
  });

  it('should read a capitalised "the Ministry" or "a Ministry statement" as the ministry named before', () => {
    const text =
      'The Finance Ministry said it set a price of 335 francs. The price was based on a 12 billion franc value, ' +
      'the Ministry said. A Ministry statement said eight mln certificates would be issued.';
    expect(sources(text)).toEqual([
      ['335 francs', 'the Finance Ministry'],
      ['12 billion franc', 'Finance Ministry'],
      ['eight mln', 'Finance Ministry'],
    ]);
    // With no ministry named before, "the Ministry" is its own name.
    expect(sources('Output will grow 4.7%, the Ministry said.')).toEqual([['4.7%', 'the Ministry']]);
  });

  it('should let the short name of a firm named after "firm" or "group" stand for it in full', () => {
    const text =
      "The world's biggest confectionery firm, Cadbury Schweppes, has reported a rise in profits. " +
      'Cadbury said its sales were up by 4% in 2004.';
    expect(sources(text)).toEqual([['4%', 'Cadbury Schweppes']]);
    // Named so, it is not what a later "the company" stands for.
    expect(
      sources('Jarvis is selling its stake in consortium Tube Lines. The company said it had agreed 14 contracts.'),
    ).toEqual([['14', 'Jarvis']]);
    // A person's first name keeps a person: "developer" is no firm here.
    expect(
      sources('Real estate developer Donald Trump said he would pay 135 dlrs. Trump said he owns 78 pct.').map(
        ([, source]) => source,
      ),
    ).toEqual(['Donald Trump', 'Donald Trump']);
  });

  it('should give a headline in capitals the firm the body names, by short name or initials', () => {
    const headlineSource = (text: string) => {
      const [first] = collectStatistics(parse(text));
      return first === undefined ? undefined : [first.children.map(textOf).join(''), first.source];
    };
    expect(
      headlineSource(
        'GE <GE> SAYS AMR <AMR> ORDER WORTH 650 MLN DLRS\n\n' +
          'EVENDALE, Ohio, March 3 - General Electric Co said the order is worth over 650 mln dlrs.\n',
      ),
    ).toEqual(['650 MLN DLRS', 'General Electric Co']);
    expect(
      headlineSource(
        'IEA SAYS OPEC OUTPUT 16.1 MLN BPD\n\nPARIS, March 6 - OPEC produced 16.1 mln bpd in February, ' +
          'the International Energy Agency (IEA) said.\n',
      ),
    ).toEqual(['16.1 MLN BPD', 'International Energy Agency']);
    // A name the body does not give stays unresolved.
    expect(
      headlineSource('ACME SAYS SALES UP 5 PCT\n\nNEW YORK, March 3 - Sales rose 5 pct, the company said.\n'),
    ).toEqual(['5 PCT', null]);
  });

  it('should give the figures of a relative clause ("…, which said") to the name it stands for', () => {
    expect(
      sources(
        'Profits rose for F.W. Woolworth Co, once known only as a five and dime store chain, which said its income rose 21 pct.',
      ),
    ).toContainEqual(['21 pct', 'F.W. Woolworth Co']);
    expect(sources('Iraq, which said it would not honour its 1.466 mln bpd quota, produced less.')).toEqual([
      ['1.466 mln bpd', 'Iraq'],
    ]);
    expect(sources('Striking Brazilian seamen, who say they have made idle 158 ships, held talks.')).toEqual([
      ['158', 'Striking Brazilian seamen'],
    ]);
    // Only saying and reporting: "calls for" is no statement of the figure.
    expect(
      sources('The deficit is to fall under the Gramm-Rudman Act, which calls for a 108 billion dlr cap.'),
    ).toEqual([['108 billion dlr', null]]);
  });

  it('should take "Indonesia\'s government" as a source, a named owner\'s body', () => {
    expect(
      sources("Indonesia's government has confirmed it is considering raising fuel prices by as much as 30%."),
    ).toEqual([['as much as 30%', "Indonesia's government"]]);
    // A time's possessive is no owner.
    expect(sources("Tuesday's government said prices rose 3%.")).toEqual([['3%', null]]);
  });

  it('should take a named subject of "expects", "forecasts" or "found that" as the source', () => {
    expect(sources('Toshiba expects sales of HD-DVDs to reach 300bn yen by 2010.')).toEqual([['300bn yen', 'Toshiba']]);
    expect(sources('A recent Newsweek magazine poll found that just 40 pct of Americans approved.')).toEqual([
      ['40 pct', 'Newsweek'],
    ]);
    expect(sources('EBay forecasts 2005 revenue of $4.2bn.')).toEqual([['$4.2bn', 'EBay']]);
    // No name, no source: "the market expects", "Kujda found five other people".
    expect(sources('The market expects a 0.5 pct cut.')).toEqual([['0.5 pct', null]]);
    expect(sources('Kujda found five other people who were interested.')).toEqual([['five', null]]);
    // Who said so comes first.
    expect(
      sources('ICI expects profits to grow to about 35 pct, chairman Denys Henderson told analysts.').map(
        ([, source]) => source,
      ),
    ).toEqual(['Denys Henderson']);
  });

  it('should never give a figure as a source ("the 761.7 mln reported for 1986")', () => {
    expect(
      sources('Miles totaled 1.32 billion, up from the 761.7 mln reported for the period in 1986.').map(
        ([, source]) => source,
      ),
    ).toEqual([null, null]);
    // People counted are a source.
    expect(sources('About 1,000 people polled said prices rose 5%.')).toContainEqual(['5%', '1,000 people polled']);
    expect(sources('The 12 analysts polled said prices rose 5%.')).toContainEqual(['5%', 'The 12 analysts polled']);
  });

  it('should not read "added" before a quantity as a word said ("Daiwa added 5.3%")', () => {
    expect(
      sources('SMFG shares climbed by 2.7%, and Daiwa added 5.3% to 740 yen.').map(([, source]) => source),
    ).toEqual([null, null, null]);
    expect(
      sources('China has added 90,000 tonnes of U.S. wheat to its purchases, the U.S. Agriculture Department said.'),
    ).toEqual([['90,000 tonnes', 'the U.S. Agriculture Department']]);
    expect(sources('Africa added three seismic crews and the Far East added one more.')).toEqual([['three', null]]);
    // A word said is still one: "he added that sales rose 5%".
    expect(sources('Mr Smith added that sales rose 5%.')).toEqual([['5%', 'Mr Smith']]);
  });

  it('should keep "Energy" in "the Energy Information Administration" and "S and P" whole', () => {
    expect(sources('The Energy Information Administration said stocks were 3.5% higher.')).toEqual([
      ['3.5%', 'the Energy Information Administration'],
    ]);
    expect(sources('S and P said it cut 500 mln dlrs of debt.')).toEqual([['500 mln dlrs', 'S and P']]);
  });

  it('should keep a title with "of" whole, end "according to" at a name, and take no clause for people', () => {
    expect(
      sources(
        'Chief Inspector of Mines Redzuan Sumun told Reuters that excess output of some 3,000 tonnes would be kept.',
      ),
    ).toEqual([['some 3,000 tonnes', 'Chief Inspector of Mines Redzuan Sumun']]);
    expect(
      sources('According to blog analysis firm Technorati the number of blogs has doubled every five months.'),
    ).toEqual([['five months', 'Technorati']]);
    // "investments" names no people: "they hoped … investments" is no speaker.
    expect(sources('The two companies said they hoped the venture will generate investments.')).toEqual([
      ['two', null],
    ]);
  });

  it('should keep the "\'s" that ends a firm\'s name before its verb ("Moody\'s said")', () => {
    expect(sources("Moody's said the facilities of one billion dlrs hurt.")).toEqual([['one billion dlrs', "Moody's"]]);
    expect(sources("Standard and Poor's said it is reviewing 125 mln stg of issues.")).toEqual([
      ['125 mln stg', "Standard and Poor's"],
    ]);
    expect(
      sources("Moody's Investors Service Inc cut its rating. Moody's said 500 mln dlrs of debt is affected.").map(
        ([, source]) => source,
      ),
    ).toEqual(["Moody's Investors Service Inc"]);
    // Before an adjective it stays a possessive.
    expect(sources("Continental's reported net loss of 5 mln dlrs was not challenged, the SEC said.")).not.toEqual([
      ['5 mln dlrs', "Continental's"],
    ]);
  });

  it('should not take a common word such as "Group" or "TV" for the firm "the group" stands for', () => {
    const text =
      'Independent News & Media said profits rose. Group advertising revenues were up over 10% year-on-year, the group said.';
    expect(sources(text)).toEqual([['over 10%', 'Independent News & Media']]);
    expect(
      sources('Envisional has tracked file sharing. The number of downloads of TV shows rose by 150%, the firm said.'),
    ).toEqual([['150%', 'Envisional']]);
  });

  it('should give a document the sentence before\'s organisation ("The accounts also showed …")', () => {
    expect(
      sources(
        'Pharmacia AB said profits rose. The company said the writedown was a premium. ' +
          'The accounts also showed a financial deficit of 1.87 billion crowns.',
      ),
    ).toEqual([['1.87 billion crowns', 'Pharmacia AB']]);
    expect(
      sources('Gartner said it had counted sales. More than 674 million mobiles were sold, said the report.'),
    ).toEqual([['More than 674 million', 'Gartner']]);
    // Two sentences back is too far, and a person owns no report here.
    expect(
      sources('Gartner said it had counted sales. Phones sold well. More than 674 million were sold, the report said.'),
    ).toEqual([['More than 674 million', 'the report']]);
    expect(sources('Jane Smith said sales rose. The report said 674 million were sold.')).toEqual([
      ['674 million', 'The report'],
    ]);
  });

  it('should take a foreign firm\'s suffix ("AB", "AG", "NV") for an organisation, a currency for none', () => {
    expect(
      sources(
        'Pharmacia AB <PHAB ST> cut costs. A weakening Dollar was mainly responsible. The company said sales rose 5 pct.',
      ),
    ).toEqual([['5 pct', 'Pharmacia AB']]);
  });

  it('should take no clause after a verb for a source ("said it would receive 1.7 mln …")', () => {
    expect(
      sources('PanCanadian, 87 pct-owned by Canadian Pacific Ltd, said it would receive 1.7 mln British pounds cash.'),
    ).toContainEqual(['1.7 mln', 'PanCanadian']);
    expect(sources('Acme Corp, earlier reporting a loss, said a cost review now underway may cut 5 pct.')).toEqual([
      ['5 pct', 'Acme Corp'],
    ]);
    // "according to" ends before a verb or a figure, not inside a name.
    expect(sources('According to analyst Carolina Milanesi sales growth is 26%.')).toEqual([
      ['26%', 'Carolina Milanesi'],
    ]);
    expect(
      sources("According to the Pensions Commission's report 12 million working people are not saving enough."),
    ).toEqual([['12 million', 'Pensions Commission']]);
  });

  it('should take the body that people who "expect" or "forecast" a figure work at as its source', () => {
    expect(sources('Analysts at Cornwall Insight expect a further drop of about 5% in July.')).toEqual([
      ['about 5%', 'Cornwall Insight'],
    ]);
    expect(sources('Economists at Capital Economics forecast growth of 1.5% next year.')).toEqual([
      ['1.5%', 'Capital Economics'],
    ]);
    expect(sources('Analysts expect a drop of 5%.')).toEqual([['5%', null]]);
  });

  it('should leave out a describing noun that opens the sentence ("Retailer Tesco", "Charity …")', () => {
    expect(sources('Retailer Tesco said sales rose 5%.')).toEqual([['5%', 'Tesco']]);
    expect(
      sources('Charity National Energy Action estimates that 6.1 million households are in fuel poverty.'),
    ).toEqual([['6.1 million', 'National Energy Action']]);
    expect(sources('Singer Adele said 5% of tickets were resold.')).toEqual([['5%', 'Adele']]);
    // Not a name that would be left with only an organisation's word or a firm's suffix.
    expect(sources('Charity Commission said 5% of charities filed late.')).toEqual([['5%', 'Charity Commission']]);
    expect(sources('Carrier Corp said sales rose 5%.')).toEqual([['5%', 'Carrier Corp']]);
  });

  it('should give each clause that ends in an attribution its own source', () => {
    expect(
      sources('Exports rose 5% in May, the ministry said, and imports fell 3%, according to the central bank.'),
    ).toEqual([
      ['5%', 'the ministry'],
      ['3%', 'the central bank'],
    ]);
    expect(
      sources(
        "Saudi Arabia will extend its cut of 1 million bpd, the kingdom's energy ministry said in a statement, while Russia will deepen its cuts by 200,000 bpd, Deputy Prime Minister Alexander Novak said.",
      ),
    ).toEqual([
      ['1 million bpd', "the kingdom's energy ministry"],
      ['200,000 bpd', 'Alexander Novak'],
    ]);
    // A clause with no attribution of its own is still the earlier one's.
    expect(sources('Some 40% had a fixed line, the report said, and 77% a mobile phone.')).toEqual([
      ['Some 40%', 'the report'],
      ['77%', 'the report'],
    ]);
  });

  it('should read past a ticker in angle brackets to the firm before it', () => {
    expect(
      sources('Rowntree Mackintosh Plc <RWNT.L> announced it made a pretax profit of 84 mln stg in 1986.'),
    ).toEqual([['84 mln stg', 'Rowntree Mackintosh Plc']]);
    expect(sources('At the same time, rival Ford Motor Co <F> said its car sales rose 29.3 pct.')).toEqual([
      ['29.3 pct', 'Ford Motor Co'],
    ]);
    // A name alone in brackets is still the subject.
    expect(sources('<Dumez Investments I Inc> said it holds 9.1 pct.')).toEqual([
      ['9.1 pct', 'Dumez Investments I Inc'],
    ]);
  });
});
