import { describe, expect, it } from 'vitest';
import { parseByline, toByline } from '../../src/detect/byline.js';
import { parse } from '../../src/parse.js';
import { paragraph, text } from '../helpers/build.js';

describe('parseByline', () => {
  it.each<[string, string, string[]]>([
    ['one author', 'By Jane Doe', ['Jane Doe']],
    ['two authors joined by "and"', 'By Hannah Lindqvist and Marcus Obi', ['Hannah Lindqvist', 'Marcus Obi']],
    ['two authors joined by "&"', 'By Hannah Lindqvist & Marcus Obi', ['Hannah Lindqvist', 'Marcus Obi']],
    ['three authors', 'By Ann Poe, Tom Hale and Sam Okafor', ['Ann Poe', 'Tom Hale', 'Sam Okafor']],
    ['an author with a job title', 'By Margaret Oyelaran, Health Correspondent', ['Margaret Oyelaran']],
    ['an author with a long title', 'By Jane Doe, Senior Political Editor', ['Jane Doe']],
    ['a staff byline', 'By Palestine Chronicle Staff', ['Palestine Chronicle Staff']],
    ['an agency byline with "The"', 'By The Associated Press', ['The Associated Press']],
    ['an agency byline', 'By Agence France-Presse', ['Agence France-Presse']],
    ['"Written by"', 'Written by Tomasz Wierzbicki', ['Tomasz Wierzbicki']],
    ['"Reported by"', 'Reported by Ines Carvalho', ['Ines Carvalho']],
    ['an upper-case byline', 'BY JANE DOE', ['JANE DOE']],
    ['a place after "in"', 'By Jane Doe in Washington', ['Jane Doe']],
    ['a date after a bar', 'By Jane Doe | March 3, 2024', ['Jane Doe']],
    ['name particles', 'By Ursula von der Leyen', ['Ursula von der Leyen']],
    ['initials', 'By J.R. Doe', ['J.R. Doe']],
    ['two upper-case authors joined by "AND"', 'BY JOHN SMITH AND JANE DOE', ['JOHN SMITH', 'JANE DOE']],
    ['the agency after a comma', 'By Jane Doe and John Roe, Reuters', ['Jane Doe', 'John Roe']],
    ['an agency of two words after a comma', 'By JANE DOE, Associated Press', ['JANE DOE']],
    ['a draft typed in lower case', 'by jane doe', ['jane doe']],
    ['lower-case names after a capital "By"', 'By jane doe and john roe', ['jane doe', 'john roe']],
    ['lower-case name particles', 'by ursula von der leyen', ['ursula von der leyen']],
    // The reader joins a byline's next line with a space: the affiliation typed there is no name.
    ['a desk and title on the next line', 'By Jane Doe Business reporter, BBC News', ['Jane Doe']],
    ['an agency on the next line', 'By MARIA GONZALEZ and TOM BAKER Associated Press', ['MARIA GONZALEZ', 'TOM BAKER']],
    ['a capitalised title on the next line', 'By Mary Anne Doe Senior Business Correspondent', ['Mary Anne Doe']],
    ['"The Associated Press" on the next line', 'By Jane Doe The Associated Press', ['Jane Doe']],
    ['a capitalised desk and title on the next line', 'By Chris Mason Political Editor', ['Chris Mason']],
    // British web pages set the writer's name and title with no "By".
    ['a name and title without "By"', 'Gwyn Topham Transport correspondent', ['Gwyn Topham']],
    ['a name, a comma and a title without "By"', 'Jane Smith, Political Editor', ['Jane Smith']],
    ['a capitalised desk and title without "By"', 'Chris Mason Political Editor', ['Chris Mason']],
    ['a title and outlet without "By"', 'Jane Doe Business reporter, BBC News', ['Jane Doe']],
    ['a title with the outlet in it', 'Laura Kuenssberg, BBC political editor', ['Laura Kuenssberg']],
  ])('should read %s', (_name, value, authors) => {
    expect(parseByline(value)).toEqual(authors);
  });

  it.each([
    ['"By contrast, …"', 'By contrast, the older plant ran at half capacity.'],
    ['"By Wednesday, …"', 'By Wednesday, the river had fallen.'],
    ['a year', 'By 2030 the city wants to be car-free'],
    ['"By the time …"', 'By the time the storm hit, roads were closed'],
    ['"By The time …" (capitalised, but not names)', 'By The time they arrived'],
    ['"By late afternoon"', 'By late afternoon'],
    ['a word starting with "By"', 'Bystanders said they heard a bang.'],
    ['"By" alone', 'By'],
    ['one lower-case word', 'by train'],
    ['lower-case prose', 'by car or train'],
    ['"by the numbers"', 'by the numbers'],
    ['a lower-case margin', 'by two points'],
    ['"by doing so"', 'by doing so'],
    ['names in mixed case', 'By Jane Doe and john roe'],
    ['a sentence', 'By raising rates, the bank hopes to slow inflation: analysts agree.'],
    ['a name alone, without "By"', 'Jane Doe'],
    ["a name with a title that is no journalist's", 'Jane Doe, chief executive'],
    ['a title alone', 'Sports Editor'],
    ['"Our Political Editor"', 'Our Political Editor'],
    ['an outlet and a title', 'Financial Times reporter'],
    ['"Letters to the editor"', 'Letters to the editor'],
    ['a sentence ending in a title', 'She was named the new editor.'],
  ])('should reject %s', (_name, value) => {
    expect(parseByline(value)).toBeUndefined();
  });
});

describe('toByline', () => {
  it('should make a byline node with the authors, the children and the position of the paragraph', () => {
    const position = { start: { line: 3, column: 1, offset: 10 }, end: { line: 3, column: 12, offset: 21 } };
    expect(toByline({ ...paragraph('By Jane Doe'), position })).toEqual({
      type: 'byline',
      authors: ['Jane Doe'],
      children: [text('By Jane Doe')],
      position,
    });
  });

  it('should return undefined for a paragraph that is not a byline', () => {
    expect(toByline(paragraph('By contrast, it fell.'))).toBeUndefined();
  });
});

describe('byline detection in the pipeline', () => {
  it('should find the byline right after the headline', () => {
    const tree = parse('Drought hits town\n\nBy Hannah Lindqvist and Marcus Obi\n\nWater ran low.', { from: 'text' });
    expect(tree.children[1]).toMatchObject({ type: 'byline', authors: ['Hannah Lindqvist', 'Marcus Obi'] });
  });

  it('should find a draft byline typed in lower case, in text and Markdown alike', () => {
    for (const from of ['text', 'markdown'] as const) {
      const tree = parse('Drought hits town\n\nby hannah lindqvist\n\nWater ran low.', { from });
      expect(tree.children[1]).toMatchObject({ type: 'byline', authors: ['hannah lindqvist'] });
    }
  });

  it('should find a byline on the first line of an article without a headline', () => {
    expect(parse('By Valley Courier Staff\n\nThe board met.', { from: 'text' }).children[0]).toMatchObject({
      type: 'byline',
      authors: ['Valley Courier Staff'],
    });
  });

  it('should find a byline without "By" under the headline and deck, and no deck in it', () => {
    const tree = parse(
      'Rail fares to rise by 4.6%\n\nCommuters face the biggest rise in a decade\n\n' +
        'Gwyn Topham Transport correspondent\n\nRail fares will rise in March.',
      { from: 'text' },
    );
    expect(tree.children.map((node) => node.type)).toEqual(['headline', 'deck', 'byline', 'paragraph']);
    expect(tree.children[2]).toMatchObject({ type: 'byline', authors: ['Gwyn Topham'] });
  });

  it('should not take a lead paragraph starting "By contrast" for a byline', () => {
    const tree = parse('Plant reopens\n\nBy contrast, the older plant ran at half capacity.', { from: 'text' });
    expect(tree.children.map((node) => node.type)).toEqual(['headline', 'paragraph']);
  });

  it('should not look for a byline deep in the body', () => {
    const body = 'One.\n\nTwo.\n\nThree.\n\nFour.\n\nBy Jane Doe\n\nFive.';
    expect(parse(`Headline here\n\n${body}`, { from: 'text' }).children.some((node) => node.type === 'byline')).toBe(
      false,
    );
  });
});
