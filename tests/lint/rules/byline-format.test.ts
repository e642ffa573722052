import { describe, expect, it } from 'vitest';
import { check } from '../helpers.js';

describe('byline-format', () => {
  it('should accept `By Jane Doe and John Roe`', () => {
    expect(check('byline-format', 'Ad sales boost profit\n\nBy Jane Doe and John Roe\n\nProfits jumped.\n')).toEqual(
      [],
    );
  });

  it('should report capitals, an ampersand and a final full stop', () => {
    expect(check('byline-format', 'Ad sales boost profit\n\nBY JANE DOE & JOHN ROE.\n\nProfits jumped.\n')).toEqual([
      '3:1-3:3: Unexpected `BY`, expected `By`',
      '3:4-3:12: Unexpected capitals in `JANE DOE`, expected `Jane Doe`',
      '3:13-3:14: Unexpected `&` between authors, expected `and`',
      '3:15-3:23: Unexpected capitals in `JOHN ROE`, expected `John Roe`',
      '3:23-3:24: Unexpected `.` at the end of the byline, expected none',
    ]);
  });

  it('should report names typed in lower case', () => {
    expect(check('byline-format', 'Ad sales boost profit\n\nby jane doe and john roe\n\nProfits jumped.\n')).toEqual([
      '3:1-3:3: Unexpected `by`, expected `By`',
      '3:4-3:12: Unexpected lower case in `jane doe`, expected `Jane Doe`',
      '3:17-3:25: Unexpected lower case in `john roe`, expected `John Roe`',
    ]);
  });

  it('should ask for normal case author by author when capitals join two names with AND', () => {
    expect(check('byline-format', 'Ad sales boost profit\n\nBY JOHN SMITH AND JANE DOE\n\nProfits jumped.\n')).toEqual([
      '3:1-3:3: Unexpected `BY`, expected `By`',
      '3:4-3:14: Unexpected capitals in `JOHN SMITH`, expected `John Smith`',
      '3:19-3:27: Unexpected capitals in `JANE DOE`, expected `Jane Doe`',
    ]);
  });

  it('should accept a final initial or suffix', () => {
    expect(check('byline-format', 'Ad sales boost profit\n\nBy John Roe Jr.\n\nProfits jumped.\n')).toEqual([]);
  });
});

describe('byline-format with `allowCapitals`', () => {
  it('should accept names in capitals, as AP wire copy sets them, and still ask for `By`', () => {
    const options = { options: { allowCapitals: true } };
    expect(check('byline-format', 'Ad sales boost profit\n\nBy MARIA GONZALEZ\n\nProfits jumped.\n', options)).toEqual(
      [],
    );
    expect(check('byline-format', 'Ad sales boost profit\n\nBY MARIA GONZALEZ\n\nProfits jumped.\n', options)).toEqual([
      '3:1-3:3: Unexpected `BY`, expected `By`',
    ]);
  });
});
