import { describe, expect, it } from 'vitest';
import { parseSourceTags, toSourceTags } from '../../src/detect/source-tags.js';
import { parse } from '../../src/parse.js';
import { paragraph, text } from '../helpers/build.js';

const agency = (name: string) => ({ name, role: 'agency' });

describe('parseSourceTags', () => {
  it.each([
    ['parenthesised house credits', '(PC, AJA)', [agency('PC'), agency('AJA')]],
    ['a parenthesised single credit', '(VC)', [agency('VC')]],
    ['Reuters 1987 "Reuter"', 'Reuter', [agency('Reuter')]],
    ['"— AP"', '— AP', [agency('AP')]],
    ['"- Reuters"', '- Reuters', [agency('Reuters')]],
    ['known agencies in parentheses', '(AFP, Xinhua)', [agency('AFP'), agency('Xinhua')]],
    ['a spelled-out agency', 'The Associated Press', [agency('The Associated Press')]],
    ['agencies joined by a slash', 'AFP/Reuters', [agency('AFP'), agency('Reuters')]],
    [
      "AP's contributor line",
      'Associated Press writer Jamie Stengle in Dallas contributed to this report.',
      [agency('Associated Press'), { name: 'Jamie Stengle', role: 'additional reporting' }],
    ],
    [
      'two contributors',
      'Associated Press writers Jamie Stengle in Dallas and Paul Weber in Austin contributed to this report.',
      [
        agency('Associated Press'),
        { name: 'Jamie Stengle', role: 'additional reporting' },
        { name: 'Paul Weber', role: 'additional reporting' },
      ],
    ],
    [
      'a contributor without an agency',
      'Jane Doe contributed reporting.',
      [{ name: 'Jane Doe', role: 'additional reporting' }],
    ],
  ])('should read %s', (_name, value, tags) => {
    expect(parseSourceTags(value)).toEqual(tags);
  });

  it('should read "(Reporting by X; Editing by Y)" with roles', () => {
    expect(
      parseSourceTags('(Reporting by Wanjiru Kamau; Writing by Daniel Otieno; Editing by Clara Whitfield)'),
    ).toEqual([
      { name: 'Wanjiru Kamau', role: 'reporting' },
      { name: 'Daniel Otieno', role: 'writing' },
      { name: 'Clara Whitfield', role: 'editing' },
    ]);
  });

  it('should read several names for one role and drop the place after "in"', () => {
    expect(
      parseSourceTags('(Reporting by Annelies Vermeer in Rotterdam and Tom Hale; Editing by Keith Morrow)'),
    ).toEqual([
      { name: 'Annelies Vermeer', role: 'reporting' },
      { name: 'Tom Hale', role: 'reporting' },
      { name: 'Keith Morrow', role: 'editing' },
    ]);
  });

  it('should read "Additional reporting by X and Y" without parentheses', () => {
    expect(parseSourceTags('Additional reporting by Grace Lam and Owen Pryce')).toEqual([
      { name: 'Grace Lam', role: 'additional reporting' },
      { name: 'Owen Pryce', role: 'additional reporting' },
    ]);
  });

  it('should credit both roles of "Reporting and writing by X"', () => {
    expect(parseSourceTags('Reporting and writing by Sam Okafor.')).toEqual([
      { name: 'Sam Okafor', role: 'reporting' },
      { name: 'Sam Okafor', role: 'writing' },
    ]);
  });

  it('should read AFP\'s signature: writers, then editors after each slash, "bur" for the bureau', () => {
    expect(parseSourceTags('bur-as/jj')).toEqual([
      { name: 'bur', role: 'reporting' },
      { name: 'as', role: 'writing' },
      { name: 'jj', role: 'editing' },
    ]);
    expect(parseSourceTags('sst-dk/mlm/ser')).toEqual([
      { name: 'sst', role: 'writing' },
      { name: 'dk', role: 'writing' },
      { name: 'mlm', role: 'editing' },
      { name: 'ser', role: 'editing' },
    ]);
  });

  it.each([
    ['a sentence', 'The company has 4,800,000 shares outstanding.'],
    ['initials without a slash', 'jm'],
    ['a slash between words too long for initials', 'input/output'],
    ['an unknown short credit without parentheses', 'AJA'],
    ['unknown words in parentheses', '(Updated with comment)'],
    ['a credit to a lower-case name', 'Reporting by the newsroom'],
    ['empty parentheses', '()'],
    ['a lone dash', '—'],
    ['a sentence about contributing', 'The council contributed to this report.'],
    ['a contributor line of an unknown outlet', 'Acme Weekly writer Jane Doe contributed to this report.'],
  ])('should reject %s', (_name, value) => {
    expect(parseSourceTags(value)).toBeUndefined();
  });
});

describe('toSourceTags', () => {
  it('should make a sourceTags node with the tags, children and position of the paragraph', () => {
    const position = { start: { line: 9, column: 1, offset: 80 }, end: { line: 9, column: 10, offset: 89 } };
    expect(toSourceTags({ ...paragraph('(PC, AJA)'), position })).toEqual({
      type: 'sourceTags',
      tags: [agency('PC'), agency('AJA')],
      children: [text('(PC, AJA)')],
      position,
    });
  });
});

describe('source tags in the pipeline', () => {
  it('should take several closing credit lines, in order', () => {
    const tree = parse('Headline\n\nThe story.\n\n(Reporting by Ann Poe)\n\n— AP', { from: 'text' });
    expect(tree.children.map((node) => node.type)).toEqual(['headline', 'paragraph', 'sourceTags', 'sourceTags']);
  });

  it('should not take a credit-like line in the middle of the article', () => {
    const tree = parse('Headline\n\n(PC, AJA)\n\nThe story goes on.', { from: 'text' });
    expect(tree.children.some((node) => node.type === 'sourceTags')).toBe(false);
  });

  it('should not take the only block of an article for a credit line', () => {
    expect(parse('Reuter', { from: 'text' }).children.map((node) => node.type)).toEqual(['paragraph']);
  });
});
