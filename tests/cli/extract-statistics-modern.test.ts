/**
 * `copydesk extract statistics` on 2020s copy: each fix of the statistic detector seen as a user
 * sees it, as CSV rows.
 */
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';

/** The CSV rows of the statistics of a story with a headline and one paragraph, header left out. */
function statisticRows(paragraph: string): string[] {
  const result = spawnCli(['extract', 'statistics', '--to', 'csv'], { input: `Story\n\n${paragraph}\n` });
  expect(result.code).toBe(0);
  return result.stdout.trimEnd().split('\n').slice(1);
}

describe('copydesk extract statistics (modern copy)', () => {
  it('should read "800m long" as metres and "800m people" as millions', () => {
    const rows = statisticRows('The bridge is 800m long and carries 800m people a year.');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/,800m,800,,measure,metre,/);
    expect(rows[1]).toMatch(/,800m,800000000,,count,person,/);
  });

  it('should read a result and a vote tally over 30 as scores', () => {
    const rows = statisticRows('The Lakers won 112-104, and the Senate voted 77-19 late Friday.');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/,112-104,112,104,score,,/);
    expect(rows[1]).toMatch(/,77-19,77,19,score,,/);
  });

  it('should read "5.25%-5.50%" as one range', () => {
    const rows = statisticRows('The Fed held rates in a range of 5.25%-5.50%.');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/,5\.25%-5\.50%,5\.25,5\.5,percent,percent,/);
  });

  it('should read basis points, gigatonnes and degrees Celsius as units', () => {
    const rows = statisticRows(
      'The yield fell 6 bps as emissions hit 37 gigatonnes and it reached 40 degrees Celsius.',
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/,6 bps,6,,percent,basis point,/);
    expect(rows[1]).toMatch(/,37 gigatonnes,37,,measure,gigatonne,/);
    expect(rows[2]).toMatch(/,40 degrees Celsius,40,,measure,degree Celsius,/);
  });

  it('should read an age after a described person and a range of ages', () => {
    const rows = statisticRows('The Norway striker, 23, scored twice for fans aged 16 to 29.');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/,23,23,,age,year,/);
    expect(rows[1]).toMatch(/,16 to 29,16,29,age,year,/);
  });

  it('should leave out the maturity of a bond or a mortgage', () => {
    const rows = statisticRows("Germany's 10-year bond yield fell and the 30-year mortgage rate rose to 7.1%.");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/,7\.1%,7\.1,,percent,percent,/);
  });

  it('should count "30 million times" as times, and keep "three times more" a ratio', () => {
    const rows = statisticRows('The app was downloaded 30 million times, three times more than its rival.');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/,30 million times,30000000,,count,time,/);
    expect(rows[1]).toMatch(/,three times,3,,ratio,,/);
  });

  it('should leave out numbers to call or text', () => {
    const rows = statisticRows(
      'Samaritans can be contacted free on 116 123. Call 999 in an emergency or text SHOUT to 85258.',
    );
    expect(rows).toEqual([]);
  });

  it('should read "plus or minus 2%" as 2 with its qualifier', () => {
    const rows = statisticRows('It forecast sales of $20 billion, plus or minus 2%.');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/,plus or minus 2%,2,,percent,percent,plus or minus,/);
  });

  it('should read "a 1.2 million-barrel draw" as 1.2 million barrels', () => {
    const rows = statisticRows('Stocks saw a 1.2 million-barrel draw after a 2.5 million-euro deal.');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/,1\.2 million-barrel,1200000,,measure,barrel,/);
    expect(rows[1]).toMatch(/,2\.5 million-euro,2500000,,money,EUR,/);
  });
});

describe('copydesk extract statistics: counted things shared between figures (spawned bin)', () => {
  it('should count seats in "412 of the 650 seats" and "down from 365"', () => {
    const input = 'Election\n\nLabour took 412 of the 650 seats. The Conservatives won 121 seats, down from 365.\n';
    const result = spawnCli(['extract', 'statistics', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    const [header = '', ...rows] = result.stdout.trimEnd().split('\n');
    const unit = header.split(',').indexOf('unit');
    const units = rows.map((row) => row.split(',')[unit]);
    expect(units).toEqual(['seat', 'seat', 'seat', 'seat']);
  });
});

describe('copydesk extract statistics: dashed ranges with a scale word (spawned bin)', () => {
  it('should read "15-20 billion dlrs" as a range of money', () => {
    const result = spawnCli(['extract', 'statistics', '--to', 'csv'], {
      input: 'Buying\n\nBuying may double to 15-20 billion dlrs.\n',
    });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toContain(',15-20 billion dlrs,15000000000,20000000000,money,USD,');
  });
});
