import { describe, expect, it } from 'vitest';
import { createDeck, createHeadline, isDeck, looksLikeHeadline } from '../../src/detect/headline.js';
import { parse } from '../../src/parse.js';
import { heading, paragraph, text } from '../helpers/build.js';

describe('looksLikeHeadline', () => {
  it.each([
    ['a BBC headline', 'Budget airline fined over refund delays'],
    ['an upper-case wire headline with a ticker', 'HARBOUR LIGHT MARINE <HLMC> FILES FOR OFFERING'],
    ['an upper-case headline ending in an abbreviation', 'ACME TOOL CORP.'],
    ['a headline ending in "U.S."', 'Exports rise to the U.S.'],
    ['a question', 'Is the four-day week here to stay?'],
    ['a headline with a comma', 'Quake rattles northern Chile, no damage reported'],
    ['a headline in quotes', '"We will rebuild," mayor vows'],
    ['a headline with a wire dash', 'ECONOMIC SPOTLIGHT - JAPAN'],
  ])('should accept %s', (_name, value) => {
    expect(looksLikeHeadline(value)).toBe(true);
  });

  it.each([
    ['a sentence', 'The last ferry of the season left Port Ellis on Saturday.'],
    ['a byline', 'By Jane Doe'],
    ['a paragraph opening with a dateline', 'PORTLAND, Ore., Feb 26 - Harbour Light Marine Corp said it filed.'],
    ['a dateline on its own', 'VIENNA, Nov. 3 (UPI) --'],
    ['a bullet', '- Shares fell'],
    ['a table row with a tab', 'Shr\t1.50 dlrs'],
    ['a text of more than 25 words', `${'word '.repeat(26).trim()}`],
    ['an empty text', ''],
  ])('should reject %s', (_name, value) => {
    expect(looksLikeHeadline(value)).toBe(false);
  });
});

describe('isDeck', () => {
  it('should accept a short block followed by the byline', () => {
    expect(isDeck(paragraph('A channel found by radar could ease water shortages'), paragraph('By Layla Haddad'))).toBe(
      true,
    );
  });

  it('should accept a heading-shaped line followed by prose', () => {
    expect(isDeck(paragraph('Traders warn of lost footfall'), paragraph('Councillors voted on Tuesday.'))).toBe(true);
  });

  it('should accept a heading-shaped line followed by a dateline on its own line', () => {
    expect(isDeck(paragraph('Negotiators return to the table'), paragraph('VIENNA, Nov. 3 (UPI) --'))).toBe(true);
  });

  it('should accept a Markdown ## heading right below the headline', () => {
    expect(isDeck(heading(2, 'Traders warn of lost footfall'), paragraph('Councillors voted on Tuesday.'))).toBe(true);
  });

  it('should reject prose followed by prose', () => {
    expect(isDeck(paragraph('Councillors voted on Tuesday.'), paragraph('The plan passed.'))).toBe(false);
  });

  it('should reject a heading-shaped line followed by another short line (a table)', () => {
    expect(isDeck(paragraph('Oper shr 52 cts'), paragraph('Revs 41.7 mln vs 36.2 mln'))).toBe(false);
  });

  it('should reject the byline and the dateline themselves', () => {
    expect(isDeck(paragraph('By Jane Doe'), paragraph('Text follows.'))).toBe(false);
    expect(isDeck(paragraph('WASHINGTON —'), paragraph('Text follows.'))).toBe(false);
  });

  it('should reject the last block', () => {
    expect(isDeck(paragraph('Traders warn of lost footfall'), undefined)).toBe(false);
  });
});

describe('createHeadline and createDeck', () => {
  const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } };

  it('should take the children and position of the block they come from', () => {
    const from = { ...paragraph('Test'), position };
    expect(createHeadline(from.children, from)).toEqual({ type: 'headline', children: [text('Test')], position });
    expect(createDeck(from.children, from)).toEqual({ type: 'deck', children: [text('Test')], position });
  });

  it('should leave out the position when the block has none', () => {
    expect(createHeadline([text('Test')], paragraph('Test'))).toEqual({ type: 'headline', children: [text('Test')] });
  });
});

describe('headline detection in the pipeline', () => {
  it('should take the first line of a text as its headline', () => {
    const tree = parse('Budget airline fined\n\nA budget airline has been fined.', { from: 'text' });
    expect(tree.children.map((node) => node.type)).toEqual(['headline', 'paragraph']);
  });

  it.each(['text', 'markdown'] as const)('should find the headline under a lint directive comment (%s)', (from) => {
    const heading = from === 'markdown' ? '# ' : '';
    const tree = parse(
      `<!-- copydesk-disable dash-style -->\n${heading}Budget airline fined\n\nA budget airline has been fined.`,
      {
        from,
      },
    );
    expect(tree.children.map((node) => node.type)).toEqual(['html', 'headline', 'paragraph']);
  });

  it('should find no headline when the text starts with prose', () => {
    const tree = parse('The ferry left on Saturday.\n\nIt will return in spring.', { from: 'text' });
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('should not take a one-block article for its own headline', () => {
    expect(parse('Short note', { from: 'text' }).children.map((node) => node.type)).toEqual(['paragraph']);
  });

  it('should take a Markdown # heading as the headline, keeping its phrasing', () => {
    const tree = parse('# Council backs *car-free* plan\n\nText.', { from: 'markdown' });
    expect(tree.children[0]).toMatchObject({
      type: 'headline',
      children: [text('Council backs '), { type: 'emphasis', children: [text('car-free')] }, text(' plan')],
    });
  });

  it('should find a deck between the headline and the byline', () => {
    const tree = parse('Scientists map hidden river\n\nA channel could ease shortages\n\nBy Layla Haddad\n\nText.', {
      from: 'text',
    });
    expect(tree.children.map((node) => node.type)).toEqual(['headline', 'deck', 'byline', 'paragraph']);
  });
});
